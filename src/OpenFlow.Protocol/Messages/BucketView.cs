using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// One bucket of a group (<c>struct ofp_bucket</c>), in a group mod or a group description reply; created by
/// <see cref="BucketEnumerator"/>, which checks its length. The actions are checked while enumerating <see cref="Actions"/>.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |              len              |             weight            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           watch_port                          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          watch_group                          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          pad (4 bytes)                        |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  actions (to the end of len) ...                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct BucketView
{
    /// <summary>Size of <c>ofp_bucket</c> without actions.</summary>
    public const int HeaderSize = 16;

    private const int WeightOffset = 2;
    private const int WatchPortOffset = 4;
    private const int WatchGroupOffset = 8;

    private readonly ReadOnlySpan<byte> _bucket;
    private readonly OfpType _messageType;

    internal BucketView(ReadOnlySpan<byte> bucket, OfpType messageType, int offset, int index)
    {
        _bucket = bucket;
        _messageType = messageType;
        Offset = offset;
        Index = index;
    }

    /// <summary>Offset of the bucket from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>Position of the bucket in its list.</summary>
    public int Index { get; }

    /// <summary>The bytes of the bucket (<see cref="Length"/> of them).</summary>
    public ReadOnlySpan<byte> Raw => _bucket;

    /// <summary>The <c>len</c> field: the bucket's length in bytes, actions included.</summary>
    public int Length => _bucket.Length;

    /// <summary>Relative weight of the bucket (select groups only).</summary>
    public ushort Weight => BinaryPrimitives.ReadUInt16BigEndian(_bucket.Slice(WeightOffset));

    /// <summary>The port whose liveness decides whether the bucket is live (fast failover groups only).</summary>
    public PortNo WatchPort => new(BinaryPrimitives.ReadUInt32BigEndian(_bucket.Slice(WatchPortOffset)));

    /// <summary>The group whose liveness decides whether the bucket is live (fast failover groups only).</summary>
    public GroupId WatchGroup => new(BinaryPrimitives.ReadUInt32BigEndian(_bucket.Slice(WatchGroupOffset)));

    /// <summary>The bucket's action set (checked while enumerating).</summary>
    public ActionListView Actions => new(_bucket.Slice(HeaderSize), _messageType, Offset + HeaderSize, "buckets", Index);
}
