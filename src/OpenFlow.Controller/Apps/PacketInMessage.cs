using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Apps;

/// <summary>
/// A received <c>OFPT_PACKET_IN</c> (<c>struct ofp_packet_in</c>), read by the controller until the codec's
/// <c>PacketInView</c> is available. Valid only while the bytes it points into are.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                ofp_header (type = 10, 8 bytes)                |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           buffer_id                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |           total_len           |    reason     |   table_id    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         cookie (64)                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |          ofp_match (type, length, OXM fields, padded to 8)    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |           pad (2)             |  data (the packet, cut at miss_send_len) ...
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct PacketInMessage
{
    /// <summary>Size of the fixed part before the match.</summary>
    public const int FixedLength = 24;

    /// <summary>Smallest PacketIn: fixed part, empty match (8 bytes), 2 bytes of pad.</summary>
    public const int MinLength = FixedLength + MatchView.EmptySize + 2;

    private const int BufferIdOffset = 8;
    private const int TotalLenOffset = 12;
    private const int ReasonOffset = 14;
    private const int TableIdOffset = 15;
    private const int CookieOffset = 16;
    private const int MatchOffset = 24;

    private readonly ReadOnlySpan<byte> _message;
    private readonly int _dataOffset;

    private PacketInMessage(ReadOnlySpan<byte> message, int dataOffset)
    {
        _message = message;
        _dataOffset = dataOffset;
    }

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>Where the switch buffered the packet, or <see cref="BufferId.NoBuffer"/>.</summary>
    public BufferId BufferId => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(BufferIdOffset)));

    /// <summary>The full length of the packet (the data may be shorter).</summary>
    public ushort TotalLength => BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(TotalLenOffset));

    /// <summary>Why the packet was sent (<c>OFPR_NO_MATCH</c> = 0, <c>OFPR_ACTION</c> = 1, <c>OFPR_INVALID_TTL</c> = 2).</summary>
    public byte Reason => _message[ReasonOffset];

    /// <summary>The table that was looked up.</summary>
    public TableId TableId => new(_message[TableIdOffset]);

    /// <summary>The cookie of the flow entry that sent the packet.</summary>
    public Cookie Cookie => new(BinaryPrimitives.ReadUInt64BigEndian(_message.Slice(CookieOffset)));

    /// <summary>The pipeline fields (in_port and others) as a match.</summary>
    public MatchView Match => MatchView.Read(_message.Slice(MatchOffset, _dataOffset - 2 - MatchOffset), OfpType.PacketIn, MatchOffset);

    /// <summary>The ingress port from the match's <c>OXM_OF_IN_PORT</c>, or <see cref="PortNo.Any"/> if absent.</summary>
    public PortNo InPort => Match.TryGet(OxmField.InPort, out OxmView oxm) ? new PortNo(oxm.AsUInt32()) : PortNo.Any;

    /// <summary>The packet (Ethernet frame), possibly cut at <c>miss_send_len</c>.</summary>
    public ReadOnlySpan<byte> Data => _message.Slice(_dataOffset);

    /// <summary>Reads a PacketIn.</summary>
    /// <param name="message">The whole message.</param>
    /// <param name="view">The view.</param>
    /// <param name="error">What is wrong.</param>
    /// <returns>Whether the message is a well-formed PacketIn.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out PacketInMessage view, out OpenFlowFormatError error)
    {
        view = default;
        if (message.Length < MinLength || message[OfpHeader.TypeOffset] != (byte)OfpType.PacketIn ||
            BinaryPrimitives.ReadUInt16BigEndian(message.Slice(OfpHeader.LengthOffset)) != message.Length)
        {
            error = new OpenFlowFormatError(OfpType.PacketIn, "length", OfpHeader.LengthOffset, "shorter than a PacketIn or not the message length", OfpErrorType.BadRequest, (ushort)OfpBadRequestCode.BadLen);
            return false;
        }

        if (!MatchView.TryRead(message.Slice(MatchOffset), OfpType.PacketIn, MatchOffset, out MatchView match, out error))
        {
            return false;
        }

        int dataOffset = MatchOffset + match.PaddedLength + 2;
        if (dataOffset > message.Length)
        {
            error = new OpenFlowFormatError(OfpType.PacketIn, "match.length", MatchOffset + 2, "the match runs past the message", OfpErrorType.BadMatch, (ushort)OfpBadMatchCode.BadLen);
            return false;
        }

        view = new PacketInMessage(message, dataOffset);
        error = default;
        return true;
    }

    /// <summary>Reads a PacketIn; throws <see cref="OpenFlowFormatException"/> when malformed.</summary>
    /// <param name="message">The whole message.</param>
    /// <returns>The view.</returns>
    public static PacketInMessage Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out PacketInMessage view, out OpenFlowFormatError error))
        {
            throw new OpenFlowFormatException(error);
        }

        return view;
    }
}
