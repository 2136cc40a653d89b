using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_PACKET_IN</c> (<c>struct ofp_packet_in</c>). The match (with its padding to 8) is checked when
/// the view is created, so <see cref="Data"/> is at a known offset.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 10   |            length             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           buffer_id                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |           total_len           |    reason     |   table_id    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         cookie (64 bits)                      |
/// +                                                               +
/// |                                                               |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  match (ofp_match: type, length, OXM TLVs, padded to 8) ...   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |          pad (2 bytes)        |  data (the packet) ...        |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct PacketInView
{
    /// <summary>Offset of the match.</summary>
    public const int MatchOffset = 24;

    /// <summary>Size of a packet-in with an empty match and no data.</summary>
    public const int MinLength = MatchOffset + MatchView.EmptySize + PadSize;

    private const int PadSize = 2;
    private const int BufferIdOffset = 8;
    private const int TotalLenOffset = 12;
    private const int ReasonOffset = 14;
    private const int TableIdOffset = 15;
    private const int CookieOffset = 16;

    private readonly ReadOnlySpan<byte> _message;
    private readonly MatchView _match;

    private PacketInView(ReadOnlySpan<byte> message, MatchView match)
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

    /// <summary>Where the switch buffered the packet, or <see cref="BufferId.NoBuffer"/>.</summary>
    public BufferId BufferId => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(BufferIdOffset)));

    /// <summary>The full length of the packet (<see cref="Data"/> may hold only its start).</summary>
    public ushort TotalLen => BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(TotalLenOffset));

    /// <summary>Why the packet was sent; a value outside <see cref="OfpPacketInReason"/> is surfaced as it is.</summary>
    public OfpPacketInReason Reason => (OfpPacketInReason)_message[ReasonOffset];

    /// <summary>The table that was looked up.</summary>
    public TableId TableId => new(_message[TableIdOffset]);

    /// <summary>The cookie of the flow entry that sent the packet (all ones for none).</summary>
    public Cookie Cookie => new(BinaryPrimitives.ReadUInt64BigEndian(_message.Slice(CookieOffset)));

    /// <summary>The pipeline fields of the packet (<c>in_port</c>, <c>metadata</c>, ...).</summary>
    public MatchView Match => _match;

    /// <summary>The input port from the match's <c>OXM_OF_IN_PORT</c>, or <see cref="PortNo.Any"/> when the match has none.</summary>
    public PortNo InPort => TryGetInPort(out PortNo port) ? port : PortNo.Any;

    /// <summary>Offset of <see cref="Data"/> from the start of the message.</summary>
    public int DataOffset => MatchOffset + _match.PaddedLength + PadSize;

    /// <summary>The packet (or its first bytes, up to <c>miss_send_len</c> or the output action's <c>max_len</c>).</summary>
    public ReadOnlySpan<byte> Data => _message.Slice(DataOffset);

    /// <summary>Reads a packet-in message, its match included.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed packet-in.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out PacketInView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!MessageChecks.TryCheck(message, OfpType.PacketIn, MinLength, exact: false, out error)
            || !MatchView.TryRead(message.Slice(MatchOffset), OfpType.PacketIn, MatchOffset, out MatchView match, out error))
        {
            return false;
        }

        int padOffset = MatchOffset + match.PaddedLength;
        if (message.Length - padOffset < PadSize)
        {
            error = MessageChecks.BadLength(OfpType.PacketIn, "pad", padOffset, "message ends before the 2 pad bytes after the match");
            return false;
        }

        view = new PacketInView(message, match);
        return true;
    }

    /// <summary>Reads a packet-in message, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static PacketInView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out PacketInView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>The input port from the match's <c>OXM_OF_IN_PORT</c>.</summary>
    /// <param name="port">The port, when the match has a well-formed <c>in_port</c>.</param>
    /// <returns>Whether it has one.</returns>
    public bool TryGetInPort(out PortNo port)
    {
        if (_match.TryGet(OxmField.InPort, out OxmView oxm) && !oxm.HasMask && oxm.Value.Length == 4)
        {
            port = new PortNo(BinaryPrimitives.ReadUInt32BigEndian(oxm.Value));
            return true;
        }

        port = default;
        return false;
    }
}
