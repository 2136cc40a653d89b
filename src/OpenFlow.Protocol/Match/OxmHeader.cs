using System;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Match;

/// <summary>
/// The 32-bit header of an OXM TLV (OpenFlow 1.3.5, 7.2.3.2).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |           oxm_class           |  oxm_field  |M|  oxm_length   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// <c>oxm_length</c> counts the payload after the header: value and, when <c>M</c> (hasmask) is set, a mask of the same size.
/// </summary>
/// <param name="Value">The header as a 32-bit number.</param>
public readonly record struct OxmHeader(uint Value)
{
    /// <summary>Size of the header in bytes.</summary>
    public const int Size = 4;

    /// <summary>Creates a header from its parts.</summary>
    /// <param name="oxmClass">The class (<see cref="OxmClass"/> or any 16-bit value).</param>
    /// <param name="field">The 7-bit field code.</param>
    /// <param name="hasMask">Whether a mask follows the value.</param>
    /// <param name="length">The payload length in bytes.</param>
    public OxmHeader(ushort oxmClass, byte field, bool hasMask, byte length)
        : this(((uint)oxmClass << 16) | ((uint)(field & 0x7f) << 9) | (hasMask ? 0x100u : 0u) | length)
    {
    }

    /// <summary>The OXM class (top 16 bits).</summary>
    public OxmClass Class => (OxmClass)(Value >> 16);

    /// <summary>The 7-bit field code.</summary>
    public byte FieldCode => (byte)((Value >> 9) & 0x7f);

    /// <summary>Whether the payload carries a mask after the value.</summary>
    public bool HasMask => (Value & 0x100) != 0;

    /// <summary>The payload length in bytes (value plus mask, after the 4-byte header).</summary>
    public int PayloadLength => (int)(Value & 0xff);

    /// <summary>Reads a header from the first four bytes of <paramref name="source"/>.</summary>
    /// <param name="source">At least four bytes.</param>
    public static OxmHeader Read(ReadOnlySpan<byte> source) => new(BinaryPrimitives.ReadUInt32BigEndian(source));

    /// <summary>Writes the header into the first four bytes of <paramref name="destination"/>.</summary>
    /// <param name="destination">At least four bytes.</param>
    public void Write(Span<byte> destination) => BinaryPrimitives.WriteUInt32BigEndian(destination, Value);
}
