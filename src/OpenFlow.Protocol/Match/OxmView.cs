using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Match;

/// <summary>
/// One OXM TLV of a match or a set-field action: header, value and optional mask (OpenFlow 1.3.5, 7.2.3.2).
/// <code>
/// +--------------------------------+-------------+-+---------------+
/// |           oxm_class            |  oxm_field  |M|  oxm_length   |
/// +--------------------------------+-------------+-+---------------+
/// |  experimenter id (only when oxm_class = 0xffff, 4 bytes)       |
/// +----------------------------------------------------------------+
/// |  value (oxm_length bytes, or half of what follows when M=1)    |
/// +----------------------------------------------------------------+
/// |  mask (only when M=1, as long as the value)                    |
/// +----------------------------------------------------------------+
/// </code>
/// Created by <see cref="OxmEnumerator"/>, <see cref="MatchView.TryGet"/> or a set-field action, which have checked
/// the lengths: for a basic field the payload is exactly the field's size (twice with a mask). Classes other than
/// <see cref="OxmClass.OpenFlowBasic"/> are surfaced raw.
/// </summary>
public readonly ref struct OxmView
{
    private readonly ReadOnlySpan<byte> _tlv;

    internal OxmView(ReadOnlySpan<byte> tlv, int offset)
    {
        _tlv = tlv;
        Offset = offset;
    }

    /// <summary>Byte offset of the TLV's first byte from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>Length of the whole TLV in bytes, header included.</summary>
    public int Length => _tlv.Length;

    /// <summary>The whole TLV as on the wire.</summary>
    public ReadOnlySpan<byte> Bytes => _tlv;

    /// <summary>The 32-bit OXM header.</summary>
    public OxmHeader Header => _tlv.Length >= OxmHeader.Size ? OxmHeader.Read(_tlv) : default;

    /// <summary>The OXM class; any 16-bit value may appear.</summary>
    public OxmClass Class => Header.Class;

    /// <summary>The 7-bit field code, whatever the class.</summary>
    public byte FieldCode => Header.FieldCode;

    /// <summary>Whether this is an OpenFlow basic field (class 0x8000); only then is <see cref="Field"/> meaningful.</summary>
    public bool IsOpenFlowBasic => Class == OxmClass.OpenFlowBasic;

    /// <summary>The basic field (<see cref="FieldCode"/> as an <see cref="OxmField"/>); meaningful when <see cref="IsOpenFlowBasic"/>.</summary>
    public OxmField Field => (OxmField)FieldCode;

    /// <summary>Whether a mask follows the value.</summary>
    public bool HasMask => Header.HasMask;

    /// <summary>Everything after the 4-byte header (experimenter id, value, mask).</summary>
    public ReadOnlySpan<byte> Payload => _tlv.Length >= OxmHeader.Size ? _tlv.Slice(OxmHeader.Size) : default;

    /// <summary>The experimenter id, the first four payload bytes of an <see cref="OxmClass.Experimenter"/> TLV; zero otherwise.</summary>
    public uint ExperimenterId => Class == OxmClass.Experimenter && Payload.Length >= 4 ? BinaryPrimitives.ReadUInt32BigEndian(Payload) : 0;

    /// <summary>The value (after the experimenter id for class 0xffff).</summary>
    public ReadOnlySpan<byte> Value
    {
        get
        {
            ReadOnlySpan<byte> body = Body;
            return HasMask ? body.Slice(0, body.Length / 2) : body;
        }
    }

    /// <summary>The mask, as long as the value; empty when <see cref="HasMask"/> is false.</summary>
    public ReadOnlySpan<byte> Mask
    {
        get
        {
            ReadOnlySpan<byte> body = Body;
            return HasMask ? body.Slice(body.Length / 2) : default;
        }
    }

    private ReadOnlySpan<byte> Body
    {
        get
        {
            ReadOnlySpan<byte> payload = Payload;
            if (Class == OxmClass.Experimenter)
            {
                return payload.Length >= 4 ? payload.Slice(4) : default;
            }

            return payload;
        }
    }

    /// <summary>The value as an 8-bit number (<c>ip_proto</c>, <c>vlan_pcp</c>, ...).</summary>
    public byte AsUInt8() => (byte)ReadNumber(Value);

    /// <summary>The value as a 16-bit number (<c>eth_type</c>, <c>tcp_src</c>, <c>vlan_vid</c>, ...).</summary>
    public ushort AsUInt16() => (ushort)ReadNumber(Value);

    /// <summary>The value as a 32-bit number (<c>in_port</c>, <c>mpls_label</c>, the 3-byte <c>pbb_isid</c>, ...).</summary>
    public uint AsUInt32() => (uint)ReadNumber(Value);

    /// <summary>The value as a 64-bit number (<c>metadata</c>, <c>tunnel_id</c>; any value of up to 8 bytes).</summary>
    public ulong AsUInt64() => ReadNumber(Value);

    /// <summary>The value as a MAC address (<c>eth_dst</c>, <c>arp_sha</c>, <c>ipv6_nd_sll</c>, ...).</summary>
    public MacAddress AsMac() => new(ReadNumber(Value) & 0xffff_ffff_ffffUL);

    /// <summary>The value as an IPv4 address (<c>ipv4_src</c>, <c>arp_tpa</c>, ...).</summary>
    public Ipv4Address AsIpv4() => new((uint)ReadNumber(Value));

    /// <summary>The value as an IPv6 address (<c>ipv6_src</c>, <c>ipv6_nd_target</c>, ...).</summary>
    public Ipv6Address AsIpv6() => ReadIpv6(Value);

    /// <summary>The mask as an 8-bit number; all ones when there is no mask.</summary>
    public byte MaskAsUInt8() => (byte)ReadMaskNumber();

    /// <summary>The mask as a 16-bit number; all ones when there is no mask.</summary>
    public ushort MaskAsUInt16() => (ushort)ReadMaskNumber();

    /// <summary>The mask as a 32-bit number; all ones (over the value's width) when there is no mask.</summary>
    public uint MaskAsUInt32() => (uint)ReadMaskNumber();

    /// <summary>The mask as a 64-bit number; all ones (over the value's width) when there is no mask.</summary>
    public ulong MaskAsUInt64() => ReadMaskNumber();

    /// <summary>The mask as a MAC address; <c>ff:ff:ff:ff:ff:ff</c> when there is no mask.</summary>
    public MacAddress MaskAsMac() => new(ReadMaskNumber() & 0xffff_ffff_ffffUL);

    /// <summary>The mask as an IPv4 address; <c>255.255.255.255</c> when there is no mask.</summary>
    public Ipv4Address MaskAsIpv4() => new((uint)ReadMaskNumber());

    /// <summary>The mask as an IPv6 address; all ones when there is no mask.</summary>
    public Ipv6Address MaskAsIpv6() => HasMask ? ReadIpv6(Mask) : new Ipv6Address(ulong.MaxValue, ulong.MaxValue);

    private ulong ReadMaskNumber()
    {
        if (HasMask)
        {
            return ReadNumber(Mask);
        }

        int bytes = Value.Length;
        return bytes >= 8 ? ulong.MaxValue : (1UL << (8 * bytes)) - 1;
    }

    // Big-endian number of any width; a value longer than 8 bytes yields its last 8 bytes.
    internal static ulong ReadNumber(ReadOnlySpan<byte> bytes)
    {
        ulong value = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            value = (value << 8) | bytes[i];
        }

        return value;
    }

    private static Ipv6Address ReadIpv6(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= Ipv6Address.Size ? Ipv6Address.Read(bytes) : new Ipv6Address(0, ReadNumber(bytes));
}
