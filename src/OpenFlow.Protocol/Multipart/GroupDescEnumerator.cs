using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// Steps through the <c>ofp_group_desc</c> entries of an <c>OFPMP_GROUP_DESC</c> reply by each entry's <c>length</c>. Throws <see cref="Errors.OpenFlowFormatException"/> (<c>OFPBRC_BAD_LEN</c>, field
/// <c>body.group_desc[i].length</c>) for a length below 8, not a multiple of 8, or beyond the list.
/// </summary>
public ref struct GroupDescEnumerator
{
    private readonly ReadOnlySpan<byte> _list;
    private readonly OfpType _messageType;
    private readonly int _baseOffset;
    private int _next;
    private int _index;
    private GroupDescView _current;

    /// <summary>Creates an enumerator over the list.</summary>
    /// <param name="list">Exactly the bytes of the list.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="list"/> from the start of the message, for errors.</param>
    public GroupDescEnumerator(ReadOnlySpan<byte> list, OfpType messageType, int offset)
    {
        _list = list;
        _messageType = messageType;
        _baseOffset = offset;
        _next = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The entry at the current position.</summary>
    public readonly GroupDescView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly GroupDescEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next entry.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        if (_next >= _list.Length)
        {
            return false;
        }

        int length = ListStep.Length(_list, _next, 0, GroupDescView.MinLength, 8, _messageType, "body.group_desc", ".length", _index, _baseOffset);
        _current = new GroupDescView(_list.Slice(_next, length), _messageType, _baseOffset + _next);
        _next += length;
        _index++;
        return true;
    }
}
