using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// The fixed IPv6 header as a value, for building packets (see <see cref="Ipv6View"/> for the layout).
/// <c>new Ipv6Header()</c> starts with a hop limit of 64.
/// </summary>
public readonly record struct Ipv6Header
{
    /// <summary>Size of the header in bytes.</summary>
    public const int Size = Ipv6View.Size;

    /// <summary>Creates a header with a hop limit of 64 and all other fields zero.</summary>
    public Ipv6Header() => HopLimit = 64;

    /// <summary>The traffic class.</summary>
    public byte TrafficClass { get; init; }

    /// <summary>The flow label, 0..0xfffff.</summary>
    public uint FlowLabel { get; init; }

    /// <summary>The payload length: bytes after this header.</summary>
    public ushort PayloadLength { get; init; }

    /// <summary>The type of the next header.</summary>
    public IpProtocol NextHeader { get; init; }

    /// <summary>The hop limit.</summary>
    public byte HopLimit { get; init; }

    /// <summary>The source address.</summary>
    public Ipv6Address Source { get; init; }

    /// <summary>The destination address.</summary>
    public Ipv6Address Destination { get; init; }

    /// <summary>Writes the 40-byte header.</summary>
    /// <param name="destination">At least <see cref="Size"/> bytes.</param>
    /// <returns>The bytes written, <see cref="Size"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too small.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="FlowLabel"/> has more than 20 bits.</exception>
    public int Write(Span<byte> destination)
    {
        PacketChecks.Range(FlowLabel, 0x000f_ffff, nameof(FlowLabel));
        PacketChecks.Space(destination, Size);
        BinaryPrimitives.WriteUInt32BigEndian(destination, 0x6000_0000u | ((uint)TrafficClass << 20) | FlowLabel);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(4), PayloadLength);
        destination[6] = NextHeader.Value;
        destination[7] = HopLimit;
        Source.Write(destination.Slice(8));
        Destination.Write(destination.Slice(24));
        return Size;
    }
}
