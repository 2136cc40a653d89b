using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// A zero-copy view of an IPv4 header (RFC 791) and its payload.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |Version|  IHL  |    DSCP   |ECN|          Total Length         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |         Identification        |Flags|      Fragment Offset    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  Time to Live |    Protocol   |         Header Checksum       |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                       Source Address                          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                    Destination Address                        |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                    Options (IHL-5 words)                      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
/// <remarks>
/// <see cref="TryRead"/> checks that the version is 4, IHL is at least 5, the header (options included) is present and
/// the total length covers the header. The payload is cut at the total length (dropping Ethernet padding); when fewer
/// bytes are held than the total length says, <see cref="IsPayloadTruncated"/> is true and the payload is what is held.
/// </remarks>
public readonly ref struct Ipv4View
{
    /// <summary>Size of a header without options.</summary>
    public const int MinLength = 20;

    /// <summary>Size of a header with the most options (IHL 15).</summary>
    public const int MaxLength = 60;

    private const int VersionIhlOffset = 0;
    private const int TosOffset = 1;
    private const int TotalLengthOffset = 2;
    private const int IdentificationOffset = 4;
    private const int FlagsFragmentOffset = 6;
    private const int TtlOffset = 8;
    private const int ProtocolOffset = 9;
    private const int ChecksumOffset = 10;
    private const int SourceOffset = 12;
    private const int DestinationOffset = 16;

    private readonly ReadOnlySpan<byte> _data;

    private Ipv4View(ReadOnlySpan<byte> data) => _data = data;

    /// <summary>Creates a view when <paramref name="source"/> holds a whole, consistent IPv4 header.</summary>
    /// <param name="source">The bytes after the EtherType 0x0800.</param>
    /// <param name="view">The view, when the header is whole.</param>
    /// <param name="error">
    /// Why not, otherwise default: <see cref="PacketErrorReason.Truncated"/> (required 20, or IHL × 4 once known),
    /// <see cref="PacketErrorReason.BadVersion"/>, <see cref="PacketErrorReason.BadHeaderLength"/>, <see cref="PacketErrorReason.BadTotalLength"/>.
    /// </param>
    public static bool TryRead(ReadOnlySpan<byte> source, out Ipv4View view, out PacketError error)
    {
        view = default;
        if (source.Length < MinLength)
        {
            error = new PacketError(PacketLayer.Ipv4, PacketErrorReason.Truncated, MinLength, source.Length, 0);
            return false;
        }

        if (source[VersionIhlOffset] >> 4 != 4)
        {
            error = new PacketError(PacketLayer.Ipv4, PacketErrorReason.BadVersion, 0, 0, 0);
            return false;
        }

        int headerLength = (source[VersionIhlOffset] & 0x0f) * 4;
        if (headerLength < MinLength)
        {
            error = new PacketError(PacketLayer.Ipv4, PacketErrorReason.BadHeaderLength, MinLength, headerLength, 0);
            return false;
        }

        if (source.Length < headerLength)
        {
            error = new PacketError(PacketLayer.Ipv4, PacketErrorReason.Truncated, headerLength, source.Length, 0);
            return false;
        }

        int totalLength = BinaryPrimitives.ReadUInt16BigEndian(source.Slice(TotalLengthOffset));
        if (totalLength < headerLength)
        {
            error = new PacketError(PacketLayer.Ipv4, PacketErrorReason.BadTotalLength, headerLength, totalLength, 0);
            return false;
        }

        view = new Ipv4View(source);
        error = default;
        return true;
    }

    /// <summary>The version (always 4 in a view).</summary>
    public byte Version => (byte)(_data[VersionIhlOffset] >> 4);

    /// <summary>The internet header length in 32-bit words (5..15).</summary>
    public byte Ihl => (byte)(_data[VersionIhlOffset] & 0x0f);

    /// <summary>The header length in bytes (IHL × 4).</summary>
    public int HeaderLength => Ihl * 4;

    /// <summary>The differentiated services code point (6 bits).</summary>
    public byte Dscp => (byte)(_data[TosOffset] >> 2);

    /// <summary>The explicit congestion notification bits (2 bits).</summary>
    public byte Ecn => (byte)(_data[TosOffset] & 0x03);

    /// <summary>The total length field: header and payload in bytes.</summary>
    public ushort TotalLength => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(TotalLengthOffset));

    /// <summary>The identification field.</summary>
    public ushort Identification => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(IdentificationOffset));

    /// <summary>The three flag bits.</summary>
    public Ipv4Flags Flags => (Ipv4Flags)(_data[FlagsFragmentOffset] >> 5);

    /// <summary>Whether the DF (don't fragment) flag is set.</summary>
    public bool DontFragment => (_data[FlagsFragmentOffset] & 0x40) != 0;

    /// <summary>Whether the MF (more fragments) flag is set.</summary>
    public bool MoreFragments => (_data[FlagsFragmentOffset] & 0x20) != 0;

    /// <summary>The fragment offset in 8-byte units (13 bits).</summary>
    public ushort FragmentOffset => (ushort)(BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(FlagsFragmentOffset)) & 0x1fff);

    /// <summary>Whether the packet is a fragment (MF set or a non-zero fragment offset).</summary>
    public bool IsFragment => MoreFragments || FragmentOffset != 0;

    /// <summary>The time to live.</summary>
    public byte TimeToLive => _data[TtlOffset];

    /// <summary>The protocol of the payload.</summary>
    public IpProtocol Protocol => new(_data[ProtocolOffset]);

    /// <summary>The header checksum as on the wire.</summary>
    public ushort HeaderChecksum => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(ChecksumOffset));

    /// <summary>The source address.</summary>
    public Ipv4Address Source => Ipv4Address.Read(_data.Slice(SourceOffset));

    /// <summary>The destination address.</summary>
    public Ipv4Address Destination => Ipv4Address.Read(_data.Slice(DestinationOffset));

    /// <summary>The whole header, options included.</summary>
    public ReadOnlySpan<byte> Header => _data.Slice(0, HeaderLength);

    /// <summary>The options (IHL × 4 − 20 bytes; empty without options).</summary>
    public ReadOnlySpan<byte> Options => _data.Slice(MinLength, HeaderLength - MinLength);

    /// <summary>The payload: from the end of the header to the total length, or to the end of the bytes held when fewer.</summary>
    public ReadOnlySpan<byte> Payload => _data.Slice(HeaderLength, Math.Min(TotalLength, _data.Length) - HeaderLength);

    /// <summary>Whether the total length says more than the bytes held (PacketIn data cut at <c>miss_send_len</c>).</summary>
    public bool IsPayloadTruncated => TotalLength > _data.Length;

    /// <summary>Whether the header checksum is correct.</summary>
    public bool IsHeaderChecksumValid => Checksums.VerifyIpv4Header(Header);

    /// <summary>Copies the header fields into an owned value (options as their length; read them from <see cref="Options"/>).</summary>
    public Ipv4Header ToHeader() => new()
    {
        Dscp = Dscp,
        Ecn = Ecn,
        TotalLength = TotalLength,
        Identification = Identification,
        Flags = Flags,
        FragmentOffset = FragmentOffset,
        TimeToLive = TimeToLive,
        Protocol = Protocol,
        HeaderChecksum = HeaderChecksum,
        Source = Source,
        Destination = Destination,
        OptionsLength = HeaderLength - MinLength,
    };
}
