using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// Steps through the OXM ids of a table feature property: 4 bytes each, 8 for the experimenter class. Throws
/// <see cref="Errors.OpenFlowFormatException"/> (<c>OFPBRC_BAD_LEN</c>, field <c>oxm_ids[i]</c>) when the list ends inside an id.
/// </summary>
public ref struct OxmIdEnumerator
{
    private readonly ReadOnlySpan<byte> _list;
    private readonly OfpType _messageType;
    private readonly int _baseOffset;
    private int _next;
    private int _index;
    private OxmIdView _current;

    /// <summary>Creates an enumerator over the list.</summary>
    /// <param name="list">Exactly the bytes of the list.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="list"/> from the start of the message, for errors.</param>
    public OxmIdEnumerator(ReadOnlySpan<byte> list, OfpType messageType, int offset)
    {
        _list = list;
        _messageType = messageType;
        _baseOffset = offset;
        _next = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The id at the current position.</summary>
    public readonly OxmIdView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly OxmIdEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next id.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        if (_next >= _list.Length)
        {
            return false;
        }

        ListStep.Fixed(_list, _next, OxmHeader.Size, _messageType, "oxm_ids", _index, _baseOffset);
        int length = BinaryPrimitives.ReadUInt16BigEndian(_list.Slice(_next)) == (ushort)OxmClass.Experimenter ? 8 : OxmHeader.Size;
        ListStep.Fixed(_list, _next, length, _messageType, "oxm_ids", _index, _baseOffset);
        _current = new OxmIdView(_list.Slice(_next, length), _baseOffset + _next);
        _next += length;
        _index++;
        return true;
    }
}
