using System;
using System.Buffers.Binary;
using System.Globalization;

namespace OpenFlow.Protocol.Primitives;

/// <summary>A 48-bit Ethernet MAC address, held in the low 48 bits of a <see cref="ulong"/> (network order: first octet highest).</summary>
public readonly record struct MacAddress
{
    /// <summary>Size on the wire in bytes.</summary>
    public const int Size = 6;

    private const ulong Mask48 = 0xffff_ffff_ffffUL;

    /// <summary>Creates an address from its 48-bit value; higher bits must be zero.</summary>
    /// <param name="value">The address, first octet in bits 47..40.</param>
    public MacAddress(ulong value)
    {
        if ((value & ~Mask48) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "A MAC address has 48 bits.");
        }

        Value = value;
    }

    /// <summary>The address as a 48-bit number.</summary>
    public ulong Value { get; }

    /// <summary><c>ff:ff:ff:ff:ff:ff</c>.</summary>
    public static MacAddress Broadcast => new(Mask48);

    /// <summary><c>00:00:00:00:00:00</c>.</summary>
    public static MacAddress Zero => default;

    /// <summary>Whether the group bit (the low bit of the first octet) is set: multicast or broadcast.</summary>
    public bool IsMulticast => (Value & 0x0100_0000_0000UL) != 0;

    /// <summary>Reads six bytes in network order.</summary>
    /// <param name="source">At least six bytes.</param>
    public static MacAddress Read(ReadOnlySpan<byte> source) =>
        new(((ulong)BinaryPrimitives.ReadUInt16BigEndian(source) << 32) | BinaryPrimitives.ReadUInt32BigEndian(source.Slice(2)));

    /// <summary>Writes six bytes in network order.</summary>
    /// <param name="destination">At least six bytes.</param>
    public void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)(Value >> 32));
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(2), (uint)Value);
    }

    /// <summary>Parses <c>aa:bb:cc:dd:ee:ff</c> (colons or dashes).</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="address">The address, when the text is one.</param>
    public static bool TryParse(ReadOnlySpan<char> text, out MacAddress address)
    {
        address = default;
        if (text.Length != 17)
        {
            return false;
        }

        ulong value = 0;
        for (int i = 0; i < 6; i++)
        {
            int hi = HexDigit(text[i * 3]);
            int lo = HexDigit(text[(i * 3) + 1]);
            if (hi < 0 || lo < 0 || (i < 5 && text[(i * 3) + 2] is not (':' or '-')))
            {
                return false;
            }

            value = (value << 8) | (uint)((hi << 4) | lo);
        }

        address = new MacAddress(value);
        return true;
    }

    /// <summary>Parses <c>aa:bb:cc:dd:ee:ff</c>, throwing <see cref="FormatException"/> when the text is not an address.</summary>
    /// <param name="text">The text to parse.</param>
    public static MacAddress Parse(string text) =>
        TryParse(text.AsSpan(), out MacAddress address) ? address : throw new FormatException($"'{text}' is not a MAC address.");

    /// <summary>The address as <c>aa:bb:cc:dd:ee:ff</c>.</summary>
    public override string ToString()
    {
        Span<char> chars = stackalloc char[17];
        for (int i = 0; i < 6; i++)
        {
            byte octet = (byte)(Value >> (40 - (8 * i)));
            chars[i * 3] = "0123456789abcdef"[octet >> 4];
            chars[(i * 3) + 1] = "0123456789abcdef"[octet & 0xf];
            if (i < 5)
            {
                chars[(i * 3) + 2] = ':';
            }
        }

        return chars.ToString();
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
