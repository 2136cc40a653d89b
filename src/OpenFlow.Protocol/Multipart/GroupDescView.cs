using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One entry of an <c>OFPMP_GROUP_DESC</c> reply (<c>struct ofp_group_desc</c>, 8 bytes and buckets), created by <see cref="GroupDescEnumerator"/>, which checks its length.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |        length       |         type        |         pad         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            group_id                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |            buckets (ofp_bucket, see BucketView) ...           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct GroupDescView
{
    /// <summary>Size of <c>ofp_group_desc</c> without buckets.</summary>
    public const int MinLength = 8;

    private const int GroupTypeOffset = 2;
    private const int GroupIdOffset = 4;

    private readonly ReadOnlySpan<byte> _entry;
    private readonly OfpType _messageType;

    internal GroupDescView(ReadOnlySpan<byte> entry, OfpType messageType, int offset)
    {
        _entry = entry;
        _messageType = messageType;
        Offset = offset;
    }

    /// <summary>Offset of the structure from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The structure's bytes.</summary>
    public ReadOnlySpan<byte> Raw => _entry;

    /// <summary>The group type; a value outside <see cref="OfpGroupType"/> is surfaced as it is.</summary>
    public OfpGroupType GroupType => (OfpGroupType)_entry[GroupTypeOffset];

    /// <summary>The group.</summary>
    public GroupId GroupId => new(BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(GroupIdOffset)));

    /// <summary>The <c>length</c> field.</summary>
    public int Length => _entry.Length;

    /// <summary>The buckets (each checked while enumerating).</summary>
    public BucketEnumerator Buckets => new(_entry.Slice(MinLength), _messageType, Offset + MinLength);
}
