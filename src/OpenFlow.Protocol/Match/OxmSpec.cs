using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Match;

/// <summary>
/// One OpenFlow basic match field to write: the field, its value (up to 16 bytes, held as a 128-bit number) and an
/// optional mask. Small enough for lists in a <see cref="Span{T}"/>; written by
/// <see cref="Wire.OpenFlowWriter.WriteMatch(ReadOnlySpan{OxmSpec}, bool)"/> and set-field actions, which check the
/// value width, the mask and (in a match) the prerequisites.
/// </summary>
public readonly record struct OxmSpec
{
    private OxmSpec(OxmField field, bool hasMask, ulong valueHigh, ulong valueLow, ulong maskHigh, ulong maskLow)
    {
        Field = field;
        HasMask = hasMask;
        ValueHigh = valueHigh;
        ValueLow = valueLow;
        MaskHigh = maskHigh;
        MaskLow = maskLow;
    }

    /// <summary>A field with a numeric value (<c>in_port</c>, <c>eth_type</c>, <c>tcp_dst</c>, <c>metadata</c>, ...).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value, right-aligned in the field's size.</param>
    public OxmSpec(OxmField field, ulong value)
        : this(field, false, 0, value, 0, 0)
    {
    }

    /// <summary>A masked field with a numeric value (<c>metadata</c>, <c>vlan_vid</c>, <c>tunnel_id</c>, ...).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <param name="mask">The mask; 1-bits are matched.</param>
    public OxmSpec(OxmField field, ulong value, ulong mask)
        : this(field, true, 0, value, 0, mask)
    {
    }

    /// <summary>The field.</summary>
    public OxmField Field { get; }

    /// <summary>Whether a mask is written.</summary>
    public bool HasMask { get; }

    /// <summary>Bits 127..64 of the value (only 16-byte IPv6 values use them).</summary>
    public ulong ValueHigh { get; }

    /// <summary>Bits 63..0 of the value.</summary>
    public ulong ValueLow { get; }

    /// <summary>Bits 127..64 of the mask.</summary>
    public ulong MaskHigh { get; }

    /// <summary>Bits 63..0 of the mask.</summary>
    public ulong MaskLow { get; }

    /// <summary>A field holding a MAC address (<c>eth_dst</c>, <c>arp_sha</c>, <c>ipv6_nd_tll</c>, ...).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The address.</param>
    public static OxmSpec Mac(OxmField field, MacAddress value) => new(field, false, 0, value.Value, 0, 0);

    /// <summary>A masked field holding a MAC address.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The address.</param>
    /// <param name="mask">The mask.</param>
    public static OxmSpec Mac(OxmField field, MacAddress value, MacAddress mask) => new(field, true, 0, value.Value, 0, mask.Value);

    /// <summary>A field holding an IPv4 address (<c>ipv4_src</c>, <c>arp_tpa</c>, ...).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The address.</param>
    public static OxmSpec Ipv4(OxmField field, Ipv4Address value) => new(field, false, 0, value.Value, 0, 0);

    /// <summary>A masked field holding an IPv4 address (a prefix: <c>255.255.255.0</c>).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The address.</param>
    /// <param name="mask">The mask.</param>
    public static OxmSpec Ipv4(OxmField field, Ipv4Address value, Ipv4Address mask) => new(field, true, 0, value.Value, 0, mask.Value);

    /// <summary>A field holding an IPv6 address (<c>ipv6_src</c>, <c>ipv6_nd_target</c>, ...).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The address.</param>
    public static OxmSpec Ipv6(OxmField field, Ipv6Address value) => new(field, false, value.High, value.Low, 0, 0);

    /// <summary>A masked field holding an IPv6 address.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The address.</param>
    /// <param name="mask">The mask.</param>
    public static OxmSpec Ipv6(OxmField field, Ipv6Address value, Ipv6Address mask) => new(field, true, value.High, value.Low, mask.High, mask.Low);

    /// <summary>A field from its big-endian value bytes (at most 16).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value bytes.</param>
    public static OxmSpec FromBytes(OxmField field, ReadOnlySpan<byte> value)
    {
        Split(value, nameof(value), out ulong high, out ulong low);
        return new OxmSpec(field, false, high, low, 0, 0);
    }

    /// <summary>A masked field from its big-endian value and mask bytes (at most 16 each).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value bytes.</param>
    /// <param name="mask">The mask bytes.</param>
    public static OxmSpec FromBytes(OxmField field, ReadOnlySpan<byte> value, ReadOnlySpan<byte> mask)
    {
        Split(value, nameof(value), out ulong high, out ulong low);
        Split(mask, nameof(mask), out ulong maskHigh, out ulong maskLow);
        return new OxmSpec(field, true, high, low, maskHigh, maskLow);
    }

    /// <summary>Converts a read OpenFlow basic TLV back into a spec.</summary>
    /// <param name="oxm">A TLV from a match or a set-field action.</param>
    /// <param name="spec">The spec, when the TLV is a known basic field.</param>
    /// <returns>False for other classes and unknown fields.</returns>
    public static bool TryFromView(OxmView oxm, out OxmSpec spec)
    {
        spec = default;
        if (!oxm.IsOpenFlowBasic || !OxmFieldInfo.IsDefined(oxm.Field) || oxm.Value.Length != OxmFieldInfo.GetValueLength(oxm.Field))
        {
            return false;
        }

        Split(oxm.Value, nameof(oxm), out ulong high, out ulong low);
        if (!oxm.HasMask)
        {
            spec = new OxmSpec(oxm.Field, false, high, low, 0, 0);
            return true;
        }

        Split(oxm.Mask, nameof(oxm), out ulong maskHigh, out ulong maskLow);
        spec = new OxmSpec(oxm.Field, true, high, low, maskHigh, maskLow);
        return true;
    }

    /// <summary>The value as a number (its low 64 bits).</summary>
    public ulong AsUInt64() => ValueLow;

    /// <summary>The value as a MAC address (its low 48 bits).</summary>
    public MacAddress AsMac() => new(ValueLow & 0xffff_ffff_ffffUL);

    /// <summary>The value as an IPv4 address (its low 32 bits).</summary>
    public Ipv4Address AsIpv4() => new((uint)ValueLow);

    /// <summary>The value as an IPv6 address.</summary>
    public Ipv6Address AsIpv6() => new(ValueHigh, ValueLow);

    /// <summary>Writes the value as 16 big-endian bytes (right-aligned: a field of size n is the last n bytes).</summary>
    /// <param name="destination">At least 16 bytes.</param>
    internal void WriteValue16(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, ValueHigh);
        BinaryPrimitives.WriteUInt64BigEndian(destination.Slice(8), ValueLow);
    }

    /// <summary>Writes the mask as 16 big-endian bytes.</summary>
    /// <param name="destination">At least 16 bytes.</param>
    internal void WriteMask16(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, MaskHigh);
        BinaryPrimitives.WriteUInt64BigEndian(destination.Slice(8), MaskLow);
    }

    private static void Split(ReadOnlySpan<byte> bytes, string paramName, out ulong high, out ulong low)
    {
        if (bytes.Length > 16)
        {
            Wire.ThrowHelper.ThrowArgument("An OXM value or mask has at most 16 bytes.", paramName);
        }

        int lowBytes = Math.Min(bytes.Length, 8);
        low = OxmView.ReadNumber(bytes.Slice(bytes.Length - lowBytes));
        high = OxmView.ReadNumber(bytes.Slice(0, bytes.Length - lowBytes));
    }
}
