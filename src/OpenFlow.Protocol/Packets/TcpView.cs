using System;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// A zero-copy view of a TCP header (RFC 9293) and its payload.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |          Source Port          |       Destination Port        |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                        Sequence Number                        |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                    Acknowledgment Number                      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  Data |     |N|C|E|U|A|P|R|S|F|                               |
/// | Offset| Rsv |S|W|C|R|C|S|S|Y|I|            Window             |
/// |       |     | |R|E|G|K|H|T|N|N|                               |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |           Checksum            |         Urgent Pointer        |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                    Options (Data Offset-5 words)              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct TcpView
{
    /// <summary>Size of a header without options.</summary>
    public const int MinLength = 20;

    /// <summary>Size of a header with the most options (data offset 15).</summary>
    public const int MaxLength = 60;

    private const int SourcePortOffset = 0;
    private const int DestinationPortOffset = 2;
    private const int SequenceOffset = 4;
    private const int AcknowledgmentOffset = 8;
    private const int DataOffsetFlagsOffset = 12;
    private const int WindowOffset = 14;
    private const int ChecksumOffset = 16;
    private const int UrgentPointerOffset = 18;

    private readonly ReadOnlySpan<byte> _data;

    private TcpView(ReadOnlySpan<byte> data) => _data = data;

    /// <summary>Creates a view when <paramref name="source"/> holds a whole TCP header, options included.</summary>
    /// <param name="source">The segment: header, options, data.</param>
    /// <param name="view">The view, when the header is whole.</param>
    /// <param name="error">
    /// Why not, otherwise default: <see cref="PacketErrorReason.Truncated"/> (required 20, or data offset × 4 once known),
    /// <see cref="PacketErrorReason.BadHeaderLength"/> for a data offset below 5.
    /// </param>
    public static bool TryRead(ReadOnlySpan<byte> source, out TcpView view, out PacketError error)
    {
        view = default;
        if (source.Length < MinLength)
        {
            error = new PacketError(PacketLayer.Tcp, PacketErrorReason.Truncated, MinLength, source.Length, 0);
            return false;
        }

        int headerLength = (source[DataOffsetFlagsOffset] >> 4) * 4;
        if (headerLength < MinLength)
        {
            error = new PacketError(PacketLayer.Tcp, PacketErrorReason.BadHeaderLength, MinLength, headerLength, 0);
            return false;
        }

        if (source.Length < headerLength)
        {
            error = new PacketError(PacketLayer.Tcp, PacketErrorReason.Truncated, headerLength, source.Length, 0);
            return false;
        }

        view = new TcpView(source);
        error = default;
        return true;
    }

    /// <summary>The source port.</summary>
    public ushort SourcePort => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(SourcePortOffset));

    /// <summary>The destination port.</summary>
    public ushort DestinationPort => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(DestinationPortOffset));

    /// <summary>The sequence number.</summary>
    public uint SequenceNumber => BinaryPrimitives.ReadUInt32BigEndian(_data.Slice(SequenceOffset));

    /// <summary>The acknowledgment number.</summary>
    public uint AcknowledgmentNumber => BinaryPrimitives.ReadUInt32BigEndian(_data.Slice(AcknowledgmentOffset));

    /// <summary>The data offset: the header length in 32-bit words (5..15).</summary>
    public byte DataOffset => (byte)(_data[DataOffsetFlagsOffset] >> 4);

    /// <summary>The header length in bytes (data offset × 4).</summary>
    public int HeaderLength => DataOffset * 4;

    /// <summary>The nine control bits.</summary>
    public TcpFlags Flags => (TcpFlags)(BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(DataOffsetFlagsOffset)) & 0x01ff);

    /// <summary>Whether NS is set.</summary>
    public bool Ns => (_data[DataOffsetFlagsOffset] & 0x01) != 0;

    /// <summary>Whether CWR is set.</summary>
    public bool Cwr => (_data[DataOffsetFlagsOffset + 1] & 0x80) != 0;

    /// <summary>Whether ECE is set.</summary>
    public bool Ece => (_data[DataOffsetFlagsOffset + 1] & 0x40) != 0;

    /// <summary>Whether URG is set.</summary>
    public bool Urg => (_data[DataOffsetFlagsOffset + 1] & 0x20) != 0;

    /// <summary>Whether ACK is set.</summary>
    public bool Ack => (_data[DataOffsetFlagsOffset + 1] & 0x10) != 0;

    /// <summary>Whether PSH is set.</summary>
    public bool Psh => (_data[DataOffsetFlagsOffset + 1] & 0x08) != 0;

    /// <summary>Whether RST is set.</summary>
    public bool Rst => (_data[DataOffsetFlagsOffset + 1] & 0x04) != 0;

    /// <summary>Whether SYN is set.</summary>
    public bool Syn => (_data[DataOffsetFlagsOffset + 1] & 0x02) != 0;

    /// <summary>Whether FIN is set.</summary>
    public bool Fin => (_data[DataOffsetFlagsOffset + 1] & 0x01) != 0;

    /// <summary>The window size.</summary>
    public ushort Window => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(WindowOffset));

    /// <summary>The checksum as on the wire.</summary>
    public ushort Checksum => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(ChecksumOffset));

    /// <summary>The urgent pointer.</summary>
    public ushort UrgentPointer => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(UrgentPointerOffset));

    /// <summary>The whole header, options included.</summary>
    public ReadOnlySpan<byte> Header => _data.Slice(0, HeaderLength);

    /// <summary>The options (data offset × 4 − 20 bytes).</summary>
    public ReadOnlySpan<byte> Options => _data.Slice(MinLength, HeaderLength - MinLength);

    /// <summary>The data after the header (as much as the view was given).</summary>
    public ReadOnlySpan<byte> Payload => _data.Slice(HeaderLength);

    /// <summary>Copies the header fields into an owned value (options as their length; read them from <see cref="Options"/>).</summary>
    public TcpHeader ToHeader() => new()
    {
        SourcePort = SourcePort,
        DestinationPort = DestinationPort,
        SequenceNumber = SequenceNumber,
        AcknowledgmentNumber = AcknowledgmentNumber,
        Flags = Flags,
        Window = Window,
        Checksum = Checksum,
        UrgentPointer = UrgentPointer,
        OptionsLength = HeaderLength - MinLength,
    };
}
