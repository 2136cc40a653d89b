using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One update of an ONF flow monitor reply (ONF EXT-187): <c>onf_flow_update_full</c> for added, deleted and modified
/// flows, <c>onf_flow_update_abbrev</c> for the controller's own changes. Created by <see cref="OnfFlowUpdateEnumerator"/>,
/// which checks its length and match length. Other events are surfaced with their raw bytes.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |             length            |             event             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// | full:   reason                |           priority            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |          idle_timeout         |          hard_timeout         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |           match_len           |   table_id    |      pad      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         cookie (64 bits)                      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  oxm_fields (match_len, zeros to 8), instructions ...         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// | abbrev: xid (after length and event)                          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct OnfFlowUpdateView
{
    /// <summary>Size of <c>onf_flow_update_header</c>.</summary>
    public const int HeaderSize = 4;

    /// <summary>Size of <c>onf_flow_update_full</c> without OXM fields and instructions.</summary>
    public const int FullSize = 24;

    /// <summary>Size of <c>onf_flow_update_abbrev</c>.</summary>
    public const int AbbrevSize = 8;

    /// <summary>Offset of the 16-bit <c>match_len</c> field of a full update.</summary>
    public const int MatchLenOffset = 12;

    private const int EventOffset = 2;
    private const int ReasonOffset = 4;
    private const int PriorityOffset = 6;
    private const int IdleTimeoutOffset = 8;
    private const int HardTimeoutOffset = 10;
    private const int TableIdOffset = 14;
    private const int CookieOffset = 16;
    private const int XidOffset = 4;

    private readonly ReadOnlySpan<byte> _update;
    private readonly OfpType _messageType;

    internal OnfFlowUpdateView(ReadOnlySpan<byte> update, OfpType messageType, int offset)
    {
        _update = update;
        _messageType = messageType;
        Offset = offset;
    }

    /// <summary>Offset of the update from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The update's bytes.</summary>
    public ReadOnlySpan<byte> Raw => _update;

    /// <summary>The <c>length</c> field.</summary>
    public int Length => _update.Length;

    /// <summary>The event; a value outside <see cref="OnfFlowUpdateEvent"/> is surfaced as it is.</summary>
    public OnfFlowUpdateEvent Event => (OnfFlowUpdateEvent)BinaryPrimitives.ReadUInt16BigEndian(_update.Slice(EventOffset));

    /// <summary>Whether this is an <c>onf_flow_update_full</c> (added, deleted or modified).</summary>
    public bool IsFull => Event is OnfFlowUpdateEvent.Added or OnfFlowUpdateEvent.Deleted or OnfFlowUpdateEvent.Modified;

    /// <summary>Why a flow was deleted (an <c>OFPRR_*</c> value; full updates only, else 0).</summary>
    public ushort Reason => Full16(ReasonOffset);

    /// <summary>The flow's priority (full updates only).</summary>
    public ushort Priority => Full16(PriorityOffset);

    /// <summary>The flow's idle timeout (full updates only).</summary>
    public ushort IdleTimeout => Full16(IdleTimeoutOffset);

    /// <summary>The flow's hard timeout (full updates only).</summary>
    public ushort HardTimeout => Full16(HardTimeoutOffset);

    /// <summary>The length of the OXM fields, padding excluded (full updates only).</summary>
    public int MatchLen => Full16(MatchLenOffset);

    /// <summary>The flow's table (full updates only).</summary>
    public TableId TableId => new(IsFull ? _update[TableIdOffset] : (byte)0);

    /// <summary>The flow's cookie (full updates only).</summary>
    public Cookie Cookie => new(IsFull ? BinaryPrimitives.ReadUInt64BigEndian(_update.Slice(CookieOffset)) : 0);

    /// <summary>The OXM fields' bytes (full updates only).</summary>
    public ReadOnlySpan<byte> OxmFieldBytes => IsFull ? _update.Slice(FullSize, MatchLen) : default;

    /// <summary>The OXM fields (checked while enumerating; full updates only).</summary>
    public OxmEnumerator OxmFields => new(OxmFieldBytes, _messageType, Offset + FullSize);

    /// <summary>The flow's instructions, after the padded OXM fields (full updates only; checked while enumerating).</summary>
    public InstructionListView Instructions
    {
        get
        {
            int start = FullSize + Padding.RoundUpTo8(MatchLen);
            return IsFull ? new InstructionListView(_update.Slice(start), _messageType, Offset + start) : new InstructionListView(default, _messageType, Offset);
        }
    }

    /// <summary>The xid of the controller's own request (<see cref="OnfFlowUpdateEvent.Abbrev"/> only, else 0).</summary>
    public Xid AbbrevXid => new(Event == OnfFlowUpdateEvent.Abbrev ? BinaryPrimitives.ReadUInt32BigEndian(_update.Slice(XidOffset)) : 0);

    private ushort Full16(int offset) => IsFull ? BinaryPrimitives.ReadUInt16BigEndian(_update.Slice(offset)) : (ushort)0;
}
