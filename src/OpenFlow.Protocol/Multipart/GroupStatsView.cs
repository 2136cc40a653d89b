using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One entry of an <c>OFPMP_GROUP</c> reply (<c>struct ofp_group_stats</c>, 40 bytes and bucket counters), created by <see cref="GroupStatsEnumerator"/>, which checks its length.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |             length            |         pad (2 bytes)         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            group_id                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           ref_count                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         pad (4 bytes)                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                     packet_count (64 bits)                    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                      byte_count (64 bits)                     |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          duration_sec                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         duration_nsec                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |      bucket_stats (ofp_bucket_counter, 16 bytes each) ...     |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct GroupStatsView
{
    /// <summary>Size of <c>ofp_group_stats</c> without bucket counters.</summary>
    public const int MinLength = 40;

    private const int GroupIdOffset = 4;
    private const int RefCountOffset = 8;
    private const int PacketCountOffset = 16;
    private const int ByteCountOffset = 24;
    private const int DurationSecOffset = 32;
    private const int DurationNsecOffset = 36;

    private readonly ReadOnlySpan<byte> _entry;
    private readonly OfpType _messageType;

    internal GroupStatsView(ReadOnlySpan<byte> entry, OfpType messageType, int offset)
    {
        _entry = entry;
        _messageType = messageType;
        Offset = offset;
    }

    /// <summary>Offset of the structure from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The structure's bytes.</summary>
    public ReadOnlySpan<byte> Raw => _entry;

    /// <summary>The group.</summary>
    public GroupId GroupId => new(BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(GroupIdOffset)));

    /// <summary>Number of flows or groups that forward to this group.</summary>
    public uint RefCount => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(RefCountOffset));

    /// <summary>Number of packets processed by the group.</summary>
    public ulong PacketCount => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(PacketCountOffset));

    /// <summary>Number of bytes processed by the group.</summary>
    public ulong ByteCount => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(ByteCountOffset));

    /// <summary>Time the group has been alive, in seconds.</summary>
    public uint DurationSec => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(DurationSecOffset));

    /// <summary>Time the group has been alive beyond <see cref="DurationSec"/>, in nanoseconds.</summary>
    public uint DurationNsec => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(DurationNsecOffset));

    /// <summary>The <c>length</c> field.</summary>
    public int Length => _entry.Length;

    /// <summary>The bucket counters, one per bucket (checked while enumerating).</summary>
    public BucketCounterEnumerator BucketStats => new(_entry.Slice(MinLength), _messageType, Offset + MinLength);
}
