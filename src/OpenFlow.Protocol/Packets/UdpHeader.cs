using System;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Packets;

/// <summary>A UDP header as a value, for building datagrams (see <see cref="UdpView"/> for the layout).</summary>
/// <param name="SourcePort">The source port.</param>
/// <param name="DestinationPort">The destination port.</param>
/// <param name="Length">The length: header and data in bytes (the frame builders set it).</param>
/// <param name="Checksum">The checksum, written as given (the frame builders compute it).</param>
public readonly record struct UdpHeader(ushort SourcePort, ushort DestinationPort, ushort Length = 0, ushort Checksum = 0)
{
    /// <summary>Size of the header in bytes.</summary>
    public const int Size = UdpView.Size;

    /// <summary>Writes the 8-byte header.</summary>
    /// <param name="destination">At least <see cref="Size"/> bytes.</param>
    /// <returns>The bytes written, <see cref="Size"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too small.</exception>
    public int Write(Span<byte> destination)
    {
        PacketChecks.Space(destination, Size);
        BinaryPrimitives.WriteUInt16BigEndian(destination, SourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(2), DestinationPort);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(4), Length);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(6), Checksum);
        return Size;
    }
}
