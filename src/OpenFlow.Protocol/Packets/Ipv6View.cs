using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// A zero-copy view of the fixed 40-byte IPv6 header (RFC 8200) and its payload. Extension headers are not parsed:
/// they are the start of <see cref="Payload"/> (see <see cref="PacketSlicer"/> for skipping the common ones).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |Version| Traffic Class |           Flow Label                  |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |         Payload Length        |  Next Header  |   Hop Limit   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                  Source Address (16 bytes)                    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                Destination Address (16 bytes)                 |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct Ipv6View
{
    /// <summary>Size of the fixed header in bytes.</summary>
    public const int Size = 40;

    private const int PayloadLengthOffset = 4;
    private const int NextHeaderOffset = 6;
    private const int HopLimitOffset = 7;
    private const int SourceOffset = 8;
    private const int DestinationOffset = 24;

    private readonly ReadOnlySpan<byte> _data;

    private Ipv6View(ReadOnlySpan<byte> data) => _data = data;

    /// <summary>Creates a view when <paramref name="source"/> holds the 40-byte header with version 6.</summary>
    /// <param name="source">The bytes after the EtherType 0x86dd.</param>
    /// <param name="view">The view, when the header is whole.</param>
    /// <param name="error">Why not (<see cref="PacketErrorReason.Truncated"/>, <see cref="PacketErrorReason.BadVersion"/>), otherwise default.</param>
    public static bool TryRead(ReadOnlySpan<byte> source, out Ipv6View view, out PacketError error)
    {
        view = default;
        if (source.Length < Size)
        {
            error = new PacketError(PacketLayer.Ipv6, PacketErrorReason.Truncated, Size, source.Length, 0);
            return false;
        }

        if (source[0] >> 4 != 6)
        {
            error = new PacketError(PacketLayer.Ipv6, PacketErrorReason.BadVersion, 0, 0, 0);
            return false;
        }

        view = new Ipv6View(source);
        error = default;
        return true;
    }

    /// <summary>The version (always 6 in a view).</summary>
    public byte Version => (byte)(_data[0] >> 4);

    /// <summary>The traffic class (DSCP in the high 6 bits, ECN in the low 2).</summary>
    public byte TrafficClass => (byte)(BinaryPrimitives.ReadUInt16BigEndian(_data) >> 4);

    /// <summary>The 20-bit flow label.</summary>
    public uint FlowLabel => BinaryPrimitives.ReadUInt32BigEndian(_data) & 0x000f_ffff;

    /// <summary>The payload length field: bytes after the fixed header, extension headers included.</summary>
    public ushort PayloadLength => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(PayloadLengthOffset));

    /// <summary>The type of the header after the fixed header.</summary>
    public IpProtocol NextHeader => new(_data[NextHeaderOffset]);

    /// <summary>The hop limit.</summary>
    public byte HopLimit => _data[HopLimitOffset];

    /// <summary>The source address.</summary>
    public Ipv6Address Source => Ipv6Address.Read(_data.Slice(SourceOffset));

    /// <summary>The destination address.</summary>
    public Ipv6Address Destination => Ipv6Address.Read(_data.Slice(DestinationOffset));

    /// <summary>The 40 header bytes.</summary>
    public ReadOnlySpan<byte> Header => _data.Slice(0, Size);

    /// <summary>The payload: <see cref="PayloadLength"/> bytes after the header, or fewer when fewer are held.</summary>
    public ReadOnlySpan<byte> Payload => _data.Slice(Size, Math.Min(PayloadLength, _data.Length - Size));

    /// <summary>Whether the payload length says more than the bytes held.</summary>
    public bool IsPayloadTruncated => PayloadLength > _data.Length - Size;

    /// <summary>Copies the header fields into an owned value.</summary>
    public Ipv6Header ToHeader() => new()
    {
        TrafficClass = TrafficClass,
        FlowLabel = FlowLabel,
        PayloadLength = PayloadLength,
        NextHeader = NextHeader,
        HopLimit = HopLimit,
        Source = Source,
        Destination = Destination,
    };
}
