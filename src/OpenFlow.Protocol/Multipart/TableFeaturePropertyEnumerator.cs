using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// Steps through the properties of a table features entry: each takes its <c>length</c> rounded up to 8 (the
/// padding after the last one may be cut short). Throws <see cref="Errors.OpenFlowFormatException"/>
/// (<c>OFPBRC_BAD_LEN</c>, field <c>properties[i].length</c>) for a length below 4 (12 for experimenter properties)
/// or beyond the list.
/// </summary>
public ref struct TableFeaturePropertyEnumerator
{
    private readonly ReadOnlySpan<byte> _list;
    private readonly OfpType _messageType;
    private readonly int _baseOffset;
    private int _next;
    private int _index;
    private TableFeaturePropertyView _current;

    /// <summary>Creates an enumerator over the list.</summary>
    /// <param name="list">Exactly the bytes of the list.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="list"/> from the start of the message, for errors.</param>
    public TableFeaturePropertyEnumerator(ReadOnlySpan<byte> list, OfpType messageType, int offset)
    {
        _list = list;
        _messageType = messageType;
        _baseOffset = offset;
        _next = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The property at the current position.</summary>
    public readonly TableFeaturePropertyView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly TableFeaturePropertyEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next property.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        if (_next >= _list.Length)
        {
            return false;
        }

        int min = TableFeaturePropertyView.HeaderSize;
        if (_list.Length - _next >= 2
            && TableFeaturePropertyView.KindOf((OfpTableFeaturePropType)BinaryPrimitives.ReadUInt16BigEndian(_list.Slice(_next))) == TableFeaturePropKind.Experimenter)
        {
            min = TableFeaturePropertyView.ExperimenterSize;
        }

        int length = ListStep.Length(_list, _next, 2, min, 1, _messageType, "properties", ".length", _index, _baseOffset);
        _current = new TableFeaturePropertyView(_list.Slice(_next, length), _messageType, _baseOffset + _next);
        _next += Math.Min(Padding.RoundUpTo8(length), _list.Length - _next);
        _index++;
        return true;
    }
}
