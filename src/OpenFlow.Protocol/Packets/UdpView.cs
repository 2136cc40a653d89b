using System;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// A zero-copy view of a UDP header (RFC 768) and its payload.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |          Source Port          |       Destination Port        |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |             Length            |           Checksum            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct UdpView
{
    /// <summary>Size of the header in bytes.</summary>
    public const int Size = 8;

    private const int SourcePortOffset = 0;
    private const int DestinationPortOffset = 2;
    private const int LengthOffset = 4;
    private const int ChecksumOffset = 6;

    private readonly ReadOnlySpan<byte> _data;

    private UdpView(ReadOnlySpan<byte> data) => _data = data;

    /// <summary>Creates a view when <paramref name="source"/> holds the 8-byte header. The length field is not checked.</summary>
    /// <param name="source">The datagram: header and data.</param>
    /// <param name="view">The view, when the header is whole.</param>
    /// <param name="error">Why not (<see cref="PacketErrorReason.Truncated"/>), otherwise default.</param>
    public static bool TryRead(ReadOnlySpan<byte> source, out UdpView view, out PacketError error)
    {
        if (source.Length < Size)
        {
            view = default;
            error = new PacketError(PacketLayer.Udp, PacketErrorReason.Truncated, Size, source.Length, 0);
            return false;
        }

        view = new UdpView(source);
        error = default;
        return true;
    }

    /// <summary>The source port.</summary>
    public ushort SourcePort => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(SourcePortOffset));

    /// <summary>The destination port.</summary>
    public ushort DestinationPort => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(DestinationPortOffset));

    /// <summary>The length field: header and data in bytes.</summary>
    public ushort Length => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(LengthOffset));

    /// <summary>The checksum as on the wire (zero over IPv4: none computed).</summary>
    public ushort Checksum => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(ChecksumOffset));

    /// <summary>The 8 header bytes.</summary>
    public ReadOnlySpan<byte> Header => _data.Slice(0, Size);

    /// <summary>
    /// The data after the header: up to <see cref="Length"/> when that is between 8 and the bytes held, otherwise all the bytes
    /// held (a length field beyond them: data cut short; below 8: malformed or an IPv6 jumbogram).
    /// </summary>
    public ReadOnlySpan<byte> Payload
    {
        get
        {
            int length = Length;
            return length >= Size && length <= _data.Length ? _data.Slice(Size, length - Size) : _data.Slice(Size);
        }
    }

    /// <summary>Copies the header fields into an owned value.</summary>
    public UdpHeader ToHeader() => new(SourcePort, DestinationPort, Length, Checksum);
}
