using System;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// Steps through a list of <c>ofp_bucket</c> structures by each bucket's <c>len</c>. Throws
/// <see cref="Errors.OpenFlowFormatException"/> (<c>OFPBRC_BAD_LEN</c>, field <c>buckets[i].len</c>) for a length below
/// 16, not a multiple of 8, or beyond the list.
/// </summary>
public ref struct BucketEnumerator
{
    private readonly ReadOnlySpan<byte> _buckets;
    private readonly OfpType _messageType;
    private readonly int _baseOffset;
    private int _next;
    private int _index;
    private BucketView _current;

    /// <summary>Creates an enumerator over a list of buckets.</summary>
    /// <param name="buckets">Exactly the bytes of the list.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="buckets"/> from the start of the message, for errors.</param>
    public BucketEnumerator(ReadOnlySpan<byte> buckets, OfpType messageType, int offset)
    {
        _buckets = buckets;
        _messageType = messageType;
        _baseOffset = offset;
        _next = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The bucket at the current position.</summary>
    public readonly BucketView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly BucketEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next bucket.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        if (_next >= _buckets.Length)
        {
            return false;
        }

        int length = ListStep.Length(_buckets, _next, 0, BucketView.HeaderSize, 8, _messageType, "buckets", ".len", _index, _baseOffset);
        _current = new BucketView(_buckets.Slice(_next, length), _messageType, _baseOffset + _next, _index);
        _next += length;
        _index++;
        return true;
    }
}
