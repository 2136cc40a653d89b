using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// Steps through the <c>ofp_bucket_counter</c> entries of a group statistics entry. Throws <see cref="Errors.OpenFlowFormatException"/> (<c>OFPBRC_BAD_LEN</c>, field
/// <c>bucket_stats[i]</c>) when the list ends inside an entry (the <c>ofp_bucket_counter</c> entries are 16 bytes each).
/// </summary>
public ref struct BucketCounterEnumerator
{
    private readonly ReadOnlySpan<byte> _list;
    private readonly OfpType _messageType;
    private readonly int _baseOffset;
    private int _next;
    private int _index;
    private BucketCounterView _current;

    /// <summary>Creates an enumerator over the list.</summary>
    /// <param name="list">Exactly the bytes of the list.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="list"/> from the start of the message, for errors.</param>
    public BucketCounterEnumerator(ReadOnlySpan<byte> list, OfpType messageType, int offset)
    {
        _list = list;
        _messageType = messageType;
        _baseOffset = offset;
        _next = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The entry at the current position.</summary>
    public readonly BucketCounterView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly BucketCounterEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next entry.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        if (_next >= _list.Length)
        {
            return false;
        }

        int length = BucketCounterView.Size;
        ListStep.Fixed(_list, _next, length, _messageType, "bucket_stats", _index, _baseOffset);
        _current = new BucketCounterView(_list.Slice(_next, length), _baseOffset + _next);
        _next += length;
        _index++;
        return true;
    }
}
