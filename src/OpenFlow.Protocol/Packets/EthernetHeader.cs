using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Packets;

/// <summary>An Ethernet II header as a value, for building frames (see <see cref="EthernetView"/> for the layout).</summary>
/// <param name="Destination">The destination MAC address.</param>
/// <param name="Source">The source MAC address.</param>
/// <param name="EtherType">The EtherType of what follows (0x8100 when a VLAN tag follows).</param>
public readonly record struct EthernetHeader(MacAddress Destination, MacAddress Source, EtherType EtherType)
{
    /// <summary>Size of the header in bytes.</summary>
    public const int Size = EthernetView.Size;

    /// <summary>Writes the 14-byte header.</summary>
    /// <param name="destination">At least <see cref="Size"/> bytes.</param>
    /// <returns>The bytes written, <see cref="Size"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Size"/>.</exception>
    public int Write(Span<byte> destination)
    {
        PacketChecks.Space(destination, Size);
        Destination.Write(destination);
        Source.Write(destination.Slice(6));
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(12), EtherType.Value);
        return Size;
    }
}
