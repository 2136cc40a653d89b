using System;
using System.Buffers.Binary;
using System.Globalization;

namespace OpenFlow.Protocol.Primitives;

/// <summary>An IPv4 address held as a 32-bit number in host order (<c>10.0.0.1</c> is 0x0a000001).</summary>
/// <param name="Value">The address; the first octet is the most significant byte.</param>
public readonly record struct Ipv4Address(uint Value)
{
    /// <summary>Size on the wire in bytes.</summary>
    public const int Size = 4;

    /// <summary><c>0.0.0.0</c>.</summary>
    public static Ipv4Address Any => default;

    /// <summary><c>255.255.255.255</c>.</summary>
    public static Ipv4Address Broadcast => new(0xffffffff);

    /// <summary>Reads four bytes in network order.</summary>
    /// <param name="source">At least four bytes.</param>
    public static Ipv4Address Read(ReadOnlySpan<byte> source) => new(BinaryPrimitives.ReadUInt32BigEndian(source));

    /// <summary>Writes four bytes in network order.</summary>
    /// <param name="destination">At least four bytes.</param>
    public void Write(Span<byte> destination) => BinaryPrimitives.WriteUInt32BigEndian(destination, Value);

    /// <summary>Parses dotted-quad text such as <c>10.10.10.1</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="address">The address, when the text is one.</param>
    public static bool TryParse(ReadOnlySpan<char> text, out Ipv4Address address)
    {
        address = default;
        uint value = 0;
        int octets = 0;
        int i = 0;
        while (octets < 4)
        {
            int start = i;
            uint octet = 0;
            while (i < text.Length && text[i] is >= '0' and <= '9' && i - start < 3)
            {
                octet = (octet * 10) + (uint)(text[i] - '0');
                i++;
            }

            if (i == start || octet > 255)
            {
                return false;
            }

            value = (value << 8) | octet;
            octets++;
            if (octets < 4)
            {
                if (i >= text.Length || text[i] != '.')
                {
                    return false;
                }

                i++;
            }
        }

        if (i != text.Length)
        {
            return false;
        }

        address = new Ipv4Address(value);
        return true;
    }

    /// <summary>Parses dotted-quad text, throwing <see cref="FormatException"/> when the text is not an address.</summary>
    /// <param name="text">The text to parse.</param>
    public static Ipv4Address Parse(string text) =>
        TryParse(text.AsSpan(), out Ipv4Address address) ? address : throw new FormatException($"'{text}' is not an IPv4 address.");

    /// <summary>The address as dotted-quad text.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}.{1}.{2}.{3}", Value >> 24, (Value >> 16) & 0xff, (Value >> 8) & 0xff, Value & 0xff);
}
