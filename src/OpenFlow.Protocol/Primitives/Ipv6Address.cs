using System;
using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace OpenFlow.Protocol.Primitives;

/// <summary>An IPv6 address held as two 64-bit halves in host order (<see cref="High"/> holds bytes 0..7 of the wire form).</summary>
/// <param name="High">The first eight bytes of the address.</param>
/// <param name="Low">The last eight bytes of the address.</param>
public readonly record struct Ipv6Address(ulong High, ulong Low)
{
    /// <summary>Size on the wire in bytes.</summary>
    public const int Size = 16;

    /// <summary><c>::</c>.</summary>
    public static Ipv6Address Any => default;

    /// <summary>Reads sixteen bytes in network order.</summary>
    /// <param name="source">At least sixteen bytes.</param>
    public static Ipv6Address Read(ReadOnlySpan<byte> source) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(source), BinaryPrimitives.ReadUInt64BigEndian(source.Slice(8)));

    /// <summary>Writes sixteen bytes in network order.</summary>
    /// <param name="destination">At least sixteen bytes.</param>
    public void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, High);
        BinaryPrimitives.WriteUInt64BigEndian(destination.Slice(8), Low);
    }

    /// <summary>Parses IPv6 text (<c>2001:db8::1</c>, <c>::ffff:10.0.0.1</c>).</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="address">The address, when the text is one.</param>
    public static bool TryParse(string text, out Ipv6Address address)
    {
        address = default;
        if (!IPAddress.TryParse(text, out IPAddress? ip) || ip.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        address = Read(ip.GetAddressBytes());
        return true;
    }

    /// <summary>Parses IPv6 text, throwing <see cref="FormatException"/> when the text is not an IPv6 address.</summary>
    /// <param name="text">The text to parse.</param>
    public static Ipv6Address Parse(string text) =>
        TryParse(text, out Ipv6Address address) ? address : throw new FormatException($"'{text}' is not an IPv6 address.");

    /// <summary>The address in its canonical text form (RFC 5952).</summary>
    public override string ToString()
    {
        byte[] bytes = new byte[Size];
        Write(bytes);
        return new IPAddress(bytes).ToString();
    }
}
