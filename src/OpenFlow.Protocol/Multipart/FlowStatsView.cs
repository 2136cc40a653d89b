using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One entry of an <c>OFPMP_FLOW</c> reply (<c>struct ofp_flow_stats</c>), created by <see cref="FlowStatsEnumerator"/>,
/// which checks its length and match; the instructions are checked while enumerating <see cref="Instructions"/>.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |             length            |   table_id    |      pad      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          duration_sec                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         duration_nsec                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |            priority           |          idle_timeout         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |          hard_timeout         |             flags             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          pad2 (4 bytes)                       |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         cookie (64 bits)                      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                      packet_count (64 bits)                   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                       byte_count (64 bits)                    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  match (ofp_match, padded to 8) ...                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  instructions (to the end of length) ...                      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct FlowStatsView
{
    /// <summary>Offset of the match within the entry.</summary>
    public const int MatchOffset = 48;

    /// <summary>Size of an entry with an empty match and no instructions.</summary>
    public const int MinLength = MatchOffset + MatchView.EmptySize;

    private const int TableIdOffset = 2;
    private const int DurationSecOffset = 4;
    private const int DurationNsecOffset = 8;
    private const int PriorityOffset = 12;
    private const int IdleTimeoutOffset = 14;
    private const int HardTimeoutOffset = 16;
    private const int FlagsOffset = 18;
    private const int CookieOffset = 24;
    private const int PacketCountOffset = 32;
    private const int ByteCountOffset = 40;

    private readonly ReadOnlySpan<byte> _entry;
    private readonly OfpType _messageType;
    private readonly MatchView _match;

    private FlowStatsView(ReadOnlySpan<byte> entry, OfpType messageType, int offset, MatchView match)
    {
        _entry = entry;
        _messageType = messageType;
        Offset = offset;
        _match = match;
    }

    /// <summary>Offset of the entry from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The <c>length</c> field: the whole entry.</summary>
    public int Length => _entry.Length;

    /// <summary>The flow's table.</summary>
    public TableId TableId => new(_entry[TableIdOffset]);

    /// <summary>How long the flow has been alive, whole seconds.</summary>
    public uint DurationSec => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(DurationSecOffset));

    /// <summary>How long the flow has been alive beyond <see cref="DurationSec"/>, nanoseconds.</summary>
    public uint DurationNsec => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(DurationNsecOffset));

    /// <summary>The flow's priority.</summary>
    public ushort Priority => BinaryPrimitives.ReadUInt16BigEndian(_entry.Slice(PriorityOffset));

    /// <summary>The flow's idle timeout.</summary>
    public ushort IdleTimeout => BinaryPrimitives.ReadUInt16BigEndian(_entry.Slice(IdleTimeoutOffset));

    /// <summary>The flow's hard timeout.</summary>
    public ushort HardTimeout => BinaryPrimitives.ReadUInt16BigEndian(_entry.Slice(HardTimeoutOffset));

    /// <summary>The flow's flags; unknown bits are kept.</summary>
    public OfpFlowModFlags Flags => (OfpFlowModFlags)BinaryPrimitives.ReadUInt16BigEndian(_entry.Slice(FlagsOffset));

    /// <summary>The flow's cookie.</summary>
    public Cookie Cookie => new(BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(CookieOffset)));

    /// <summary>Packets the flow matched.</summary>
    public ulong PacketCount => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(PacketCountOffset));

    /// <summary>Bytes the flow matched.</summary>
    public ulong ByteCount => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(ByteCountOffset));

    /// <summary>The flow's match.</summary>
    public MatchView Match => _match;

    /// <summary>Offset of the instructions from the start of the message.</summary>
    public int InstructionsOffset => Offset + MatchOffset + _match.PaddedLength;

    /// <summary>The flow's instructions.</summary>
    public InstructionListView Instructions => new(_entry.Slice(MatchOffset + _match.PaddedLength), _messageType, InstructionsOffset);

    /// <summary>The fixed fields, for rewriting.</summary>
    public FlowStatsFields Fields => new()
    {
        TableId = TableId,
        DurationSec = DurationSec,
        DurationNsec = DurationNsec,
        Priority = Priority,
        IdleTimeout = IdleTimeout,
        HardTimeout = HardTimeout,
        Flags = Flags,
        Cookie = Cookie,
        PacketCount = PacketCount,
        ByteCount = ByteCount,
    };

    /// <summary>Reads one entry whose <c>length</c> field has been checked to be <paramref name="entry"/>'s length.</summary>
    internal static bool TryRead(ReadOnlySpan<byte> entry, OfpType messageType, int offset, out FlowStatsView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!MatchView.TryRead(entry.Slice(MatchOffset), messageType, offset + MatchOffset, out MatchView match, out error))
        {
            return false;
        }

        view = new FlowStatsView(entry, messageType, offset, match);
        return true;
    }
}
