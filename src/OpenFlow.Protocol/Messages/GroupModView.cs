using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_GROUP_MOD</c> (<c>struct ofp_group_mod</c>, 16 bytes and buckets).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 15   |            length             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |            command            |     type      |      pad      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            group_id                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  buckets (ofp_bucket, see BucketView) ...                     |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct GroupModView
{
    /// <summary>Size of <c>ofp_group_mod</c> without buckets.</summary>
    public const int MinLength = 16;

    /// <summary>Offset of the first bucket.</summary>
    public const int BucketsOffset = 16;

    private const int CommandOffset = 8;
    private const int TypeOffset = 10;
    private const int GroupIdOffset = 12;

    private readonly ReadOnlySpan<byte> _message;

    private GroupModView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The command; a value outside <see cref="OfpGroupModCommand"/> is surfaced as it is.</summary>
    public OfpGroupModCommand Command => (OfpGroupModCommand)BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(CommandOffset));

    /// <summary>The group type; a value outside <see cref="OfpGroupType"/> is surfaced as it is.</summary>
    public OfpGroupType GroupType => (OfpGroupType)_message[TypeOffset];

    /// <summary>The group.</summary>
    public GroupId GroupId => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(GroupIdOffset)));

    /// <summary>The bytes of the bucket list.</summary>
    public ReadOnlySpan<byte> BucketBytes => _message.Slice(BucketsOffset);

    /// <summary>The buckets (each checked while enumerating).</summary>
    public BucketEnumerator Buckets => new(_message.Slice(BucketsOffset), OfpType.GroupMod, BucketsOffset);

    /// <summary>Reads a group mod message.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the fixed fields are well formed.</param>
    /// <param name="error">What is wrong, when they are not.</param>
    /// <returns>Whether the message is a group mod with its fixed fields.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out GroupModView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheck(message, OfpType.GroupMod, MinLength, exact: false, out error))
        {
            view = default;
            return false;
        }

        view = new GroupModView(message);
        return true;
    }

    /// <summary>Reads a group mod message, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static GroupModView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out GroupModView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
