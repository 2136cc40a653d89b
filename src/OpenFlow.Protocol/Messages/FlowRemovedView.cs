using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_FLOW_REMOVED</c> (<c>struct ofp_flow_removed</c>); the match (padded to 8) ends the message.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 11   |            length             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         cookie (64 bits)                      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |           priority            |    reason     |   table_id    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          duration_sec                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         duration_nsec                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |          idle_timeout         |          hard_timeout         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                      packet_count (64 bits)                   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                       byte_count (64 bits)                    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  match (ofp_match, padded to 8) ...                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct FlowRemovedView
{
    /// <summary>Offset of the match.</summary>
    public const int MatchOffset = 48;

    /// <summary>Size of a flow removed message with an empty match.</summary>
    public const int MinLength = MatchOffset + MatchView.EmptySize;

    private const int CookieOffset = 8;
    private const int PriorityOffset = 16;
    private const int ReasonOffset = 18;
    private const int TableIdOffset = 19;
    private const int DurationSecOffset = 20;
    private const int DurationNsecOffset = 24;
    private const int IdleTimeoutOffset = 28;
    private const int HardTimeoutOffset = 30;
    private const int PacketCountOffset = 32;
    private const int ByteCountOffset = 40;

    private readonly ReadOnlySpan<byte> _message;
    private readonly MatchView _match;

    private FlowRemovedView(ReadOnlySpan<byte> message, MatchView match)
    {
        _message = message;
        _match = match;
    }

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The flow's cookie.</summary>
    public Cookie Cookie => new(BinaryPrimitives.ReadUInt64BigEndian(_message.Slice(CookieOffset)));

    /// <summary>The flow's priority.</summary>
    public ushort Priority => BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(PriorityOffset));

    /// <summary>Why the flow was removed; a value outside <see cref="OfpFlowRemovedReason"/> is surfaced as it is.</summary>
    public OfpFlowRemovedReason Reason => (OfpFlowRemovedReason)_message[ReasonOffset];

    /// <summary>The flow's table.</summary>
    public TableId TableId => new(_message[TableIdOffset]);

    /// <summary>How long the flow was alive, whole seconds.</summary>
    public uint DurationSec => BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(DurationSecOffset));

    /// <summary>How long the flow was alive beyond <see cref="DurationSec"/>, nanoseconds.</summary>
    public uint DurationNsec => BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(DurationNsecOffset));

    /// <summary>The flow's idle timeout.</summary>
    public ushort IdleTimeout => BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(IdleTimeoutOffset));

    /// <summary>The flow's hard timeout.</summary>
    public ushort HardTimeout => BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(HardTimeoutOffset));

    /// <summary>Packets the flow matched.</summary>
    public ulong PacketCount => BinaryPrimitives.ReadUInt64BigEndian(_message.Slice(PacketCountOffset));

    /// <summary>Bytes the flow matched.</summary>
    public ulong ByteCount => BinaryPrimitives.ReadUInt64BigEndian(_message.Slice(ByteCountOffset));

    /// <summary>The flow's match.</summary>
    public MatchView Match => _match;

    /// <summary>The fixed fields, for rewriting.</summary>
    public FlowRemovedFields Fields => new()
    {
        Cookie = Cookie,
        Priority = Priority,
        Reason = Reason,
        TableId = TableId,
        DurationSec = DurationSec,
        DurationNsec = DurationNsec,
        IdleTimeout = IdleTimeout,
        HardTimeout = HardTimeout,
        PacketCount = PacketCount,
        ByteCount = ByteCount,
    };

    /// <summary>Reads a flow removed message, its match included.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed flow removed message.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out FlowRemovedView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!MessageChecks.TryCheck(message, OfpType.FlowRemoved, MinLength, exact: false, out error)
            || !MatchView.TryRead(message.Slice(MatchOffset), OfpType.FlowRemoved, MatchOffset, out MatchView match, out error))
        {
            return false;
        }

        if (MatchOffset + match.PaddedLength != message.Length)
        {
            error = MessageChecks.BadLength(OfpType.FlowRemoved, "match.length", MatchOffset + 2, "the match (padded to 8) must end the message");
            return false;
        }

        view = new FlowRemovedView(message, match);
        return true;
    }

    /// <summary>Reads a flow removed message, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static FlowRemovedView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out FlowRemovedView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
