using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_FLOW_MOD</c> (<c>struct ofp_flow_mod</c>). The match is checked when the view is created; the
/// instructions (everything after the padded match) are checked while enumerating <see cref="Instructions"/>.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 14   |            length             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         cookie (64 bits)                      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                       cookie_mask (64 bits)                   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |   table_id    |    command    |          idle_timeout         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |          hard_timeout         |            priority           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           buffer_id                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            out_port                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           out_group                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |             flags             |              pad              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  match (ofp_match, padded to 8) ...                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  instructions ...                                             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct FlowModView
{
    /// <summary>Offset of the match.</summary>
    public const int MatchOffset = 48;

    /// <summary>Size of a flow mod with an empty match and no instructions.</summary>
    public const int MinLength = MatchOffset + MatchView.EmptySize;

    private const int CookieOffset = 8;
    private const int CookieMaskOffset = 16;
    private const int TableIdOffset = 24;
    private const int CommandOffset = 25;
    private const int IdleTimeoutOffset = 26;
    private const int HardTimeoutOffset = 28;
    private const int PriorityOffset = 30;
    private const int BufferIdOffset = 32;
    private const int OutPortOffset = 36;
    private const int OutGroupOffset = 40;
    private const int FlagsOffset = 44;

    private readonly ReadOnlySpan<byte> _message;
    private readonly MatchView _match;

    private FlowModView(ReadOnlySpan<byte> message, MatchView match)
    {
        _message = message;
        _match = match;
    }

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The message length.</summary>
    public int Length => _message.Length;

    /// <summary>The cookie.</summary>
    public Cookie Cookie => new(BinaryPrimitives.ReadUInt64BigEndian(_message.Slice(CookieOffset)));

    /// <summary>The cookie mask.</summary>
    public Cookie CookieMask => new(BinaryPrimitives.ReadUInt64BigEndian(_message.Slice(CookieMaskOffset)));

    /// <summary>The table.</summary>
    public TableId TableId => new(_message[TableIdOffset]);

    /// <summary>The command; a value outside <see cref="OfpFlowModCommand"/> is surfaced as it is.</summary>
    public OfpFlowModCommand Command => (OfpFlowModCommand)_message[CommandOffset];

    /// <summary>The idle timeout, seconds.</summary>
    public ushort IdleTimeout => BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(IdleTimeoutOffset));

    /// <summary>The hard timeout, seconds.</summary>
    public ushort HardTimeout => BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(HardTimeoutOffset));

    /// <summary>The priority.</summary>
    public ushort Priority => BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(PriorityOffset));

    /// <summary>The buffered packet to apply the flow to, or <see cref="BufferId.NoBuffer"/>.</summary>
    public BufferId BufferId => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(BufferIdOffset)));

    /// <summary>The out port restriction of delete commands.</summary>
    public PortNo OutPort => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OutPortOffset)));

    /// <summary>The out group restriction of delete commands.</summary>
    public GroupId OutGroup => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OutGroupOffset)));

    /// <summary>The flags; unknown bits are kept.</summary>
    public OfpFlowModFlags Flags => (OfpFlowModFlags)BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(FlagsOffset));

    /// <summary>The match.</summary>
    public MatchView Match => _match;

    /// <summary>Offset of the instructions from the start of the message.</summary>
    public int InstructionsOffset => MatchOffset + _match.PaddedLength;

    /// <summary>The instructions.</summary>
    public InstructionListView Instructions => new(_message.Slice(InstructionsOffset), OfpType.FlowMod, InstructionsOffset);

    /// <summary>The fixed fields, for rewriting.</summary>
    public FlowModFields Fields
    {
        get
        {
            ReadFields(_message, out FlowModFields fields);
            return fields;
        }
    }

    /// <summary>
    /// Reads only the fixed fields of a flow mod that may be cut short after them: a truncated capture, or the first
    /// 64 bytes of a request echoed in an <c>OFPT_ERROR</c>. The match and instructions are not looked at.
    /// </summary>
    /// <param name="prefix">The start of a flow mod, header included.</param>
    /// <param name="fields">The fixed fields, when the first <see cref="MatchOffset"/> bytes are there.</param>
    /// <returns>False when fewer than <see cref="MatchOffset"/> bytes are given.</returns>
    public static bool TryReadFields(ReadOnlySpan<byte> prefix, out FlowModFields fields)
    {
        if (prefix.Length < MatchOffset)
        {
            fields = default;
            return false;
        }

        ReadFields(prefix, out fields);
        return true;
    }

    private static void ReadFields(ReadOnlySpan<byte> message, out FlowModFields fields) => fields = new FlowModFields
    {
        Cookie = new Cookie(BinaryPrimitives.ReadUInt64BigEndian(message.Slice(CookieOffset))),
        CookieMask = new Cookie(BinaryPrimitives.ReadUInt64BigEndian(message.Slice(CookieMaskOffset))),
        TableId = new TableId(message[TableIdOffset]),
        Command = (OfpFlowModCommand)message[CommandOffset],
        IdleTimeout = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(IdleTimeoutOffset)),
        HardTimeout = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(HardTimeoutOffset)),
        Priority = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(PriorityOffset)),
        BufferId = new BufferId(BinaryPrimitives.ReadUInt32BigEndian(message.Slice(BufferIdOffset))),
        OutPort = new PortNo(BinaryPrimitives.ReadUInt32BigEndian(message.Slice(OutPortOffset))),
        OutGroup = new GroupId(BinaryPrimitives.ReadUInt32BigEndian(message.Slice(OutGroupOffset))),
        Flags = (OfpFlowModFlags)BinaryPrimitives.ReadUInt16BigEndian(message.Slice(FlagsOffset)),
    };

    /// <summary>Reads a flow mod, its match included.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed flow mod.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out FlowModView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!MessageChecks.TryCheck(message, OfpType.FlowMod, MinLength, exact: false, out error)
            || !MatchView.TryRead(message.Slice(MatchOffset), OfpType.FlowMod, MatchOffset, out MatchView match, out error))
        {
            return false;
        }

        view = new FlowModView(message, match);
        return true;
    }

    /// <summary>Reads a flow mod, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static FlowModView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out FlowModView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
