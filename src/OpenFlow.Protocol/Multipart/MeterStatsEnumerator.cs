using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// Steps through the <c>ofp_meter_stats</c> entries of an <c>OFPMP_METER</c> reply by each entry's <c>len</c>. Throws <see cref="Errors.OpenFlowFormatException"/> (<c>OFPBRC_BAD_LEN</c>, field
/// <c>body.meter_stats[i].len</c>) for a length below 40, not a multiple of 8, or beyond the list.
/// </summary>
public ref struct MeterStatsEnumerator
{
    private readonly ReadOnlySpan<byte> _list;
    private readonly OfpType _messageType;
    private readonly int _baseOffset;
    private int _next;
    private int _index;
    private MeterStatsView _current;

    /// <summary>Creates an enumerator over the list.</summary>
    /// <param name="list">Exactly the bytes of the list.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="list"/> from the start of the message, for errors.</param>
    public MeterStatsEnumerator(ReadOnlySpan<byte> list, OfpType messageType, int offset)
    {
        _list = list;
        _messageType = messageType;
        _baseOffset = offset;
        _next = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The entry at the current position.</summary>
    public readonly MeterStatsView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly MeterStatsEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next entry.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        if (_next >= _list.Length)
        {
            return false;
        }

        int length = ListStep.Length(_list, _next, 4, MeterStatsView.MinLength, 8, _messageType, "body.meter_stats", ".len", _index, _baseOffset);
        _current = new MeterStatsView(_list.Slice(_next, length), _messageType, _baseOffset + _next);
        _next += length;
        _index++;
        return true;
    }
}
