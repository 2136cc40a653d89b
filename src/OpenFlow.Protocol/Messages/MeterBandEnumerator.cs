using System;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// Steps through a list of meter bands by each band's <c>len</c>. Throws <see cref="Errors.OpenFlowFormatException"/>
/// (<c>OFPBRC_BAD_LEN</c>, field <c>bands[i].len</c>) for a length below 16, not a multiple of 8, or beyond the list.
/// </summary>
public ref struct MeterBandEnumerator
{
    private readonly ReadOnlySpan<byte> _bands;
    private readonly OfpType _messageType;
    private readonly int _baseOffset;
    private int _next;
    private int _index;
    private MeterBandView _current;

    /// <summary>Creates an enumerator over a list of meter bands.</summary>
    /// <param name="bands">Exactly the bytes of the list.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="bands"/> from the start of the message, for errors.</param>
    public MeterBandEnumerator(ReadOnlySpan<byte> bands, OfpType messageType, int offset)
    {
        _bands = bands;
        _messageType = messageType;
        _baseOffset = offset;
        _next = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The band at the current position.</summary>
    public readonly MeterBandView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly MeterBandEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next band.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        if (_next >= _bands.Length)
        {
            return false;
        }

        int length = ListStep.Length(_bands, _next, 2, MeterBandView.Size, 8, _messageType, "bands", ".len", _index, _baseOffset);
        _current = new MeterBandView(_bands.Slice(_next, length), _baseOffset + _next);
        _next += length;
        _index++;
        return true;
    }
}
