using System;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Match;

/// <summary>
/// One table describing the 40 OpenFlow basic OXM fields (OpenFlow 1.3.5, 7.2.3.7 and table 12): the name used by
/// the spec and Ryu (<c>eth_dst</c>), the value size in bytes, how many low bits of it are meaningful, whether a mask
/// is allowed, how the value is presented, and the prerequisite. Reading it allocates nothing.
/// </summary>
public static class OxmFieldInfo
{
    /// <summary>How many basic fields OpenFlow 1.3.5 defines (codes 0 to 39).</summary>
    public const int FieldCount = 40;

    private static readonly Entry[] Table =
    [
        new("in_port", 4, 32, false, OxmValueKind.Number, default), // 0
        new("in_phy_port", 4, 32, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.InPort, 0, 0, 0, "in_port present")), // 1
        new("metadata", 8, 64, true, OxmValueKind.Number, default), // 2
        new("eth_dst", 6, 48, true, OxmValueKind.Mac, default), // 3
        new("eth_src", 6, 48, true, OxmValueKind.Mac, default), // 4
        new("eth_type", 2, 16, false, OxmValueKind.Number, default), // 5
        new("vlan_vid", 2, 13, true, OxmValueKind.Number, default), // 6
        new("vlan_pcp", 1, 3, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.VlanVid, 0x1000, 0x1000, 0x1000, "vlan_vid!=NONE (OFPVID_PRESENT set)")), // 7
        new("ip_dscp", 1, 6, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x0800, 0x86dd, "eth_type=0x0800 or eth_type=0x86dd")), // 8
        new("ip_ecn", 1, 2, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x0800, 0x86dd, "eth_type=0x0800 or eth_type=0x86dd")), // 9
        new("ip_proto", 1, 8, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x0800, 0x86dd, "eth_type=0x0800 or eth_type=0x86dd")), // 10
        new("ipv4_src", 4, 32, true, OxmValueKind.Ipv4, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x0800, 0x0800, "eth_type=0x0800")), // 11
        new("ipv4_dst", 4, 32, true, OxmValueKind.Ipv4, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x0800, 0x0800, "eth_type=0x0800")), // 12
        new("tcp_src", 2, 16, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.IpProto, 0xff, 6, 6, "ip_proto=6")), // 13
        new("tcp_dst", 2, 16, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.IpProto, 0xff, 6, 6, "ip_proto=6")), // 14
        new("udp_src", 2, 16, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.IpProto, 0xff, 17, 17, "ip_proto=17")), // 15
        new("udp_dst", 2, 16, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.IpProto, 0xff, 17, 17, "ip_proto=17")), // 16
        new("sctp_src", 2, 16, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.IpProto, 0xff, 132, 132, "ip_proto=132")), // 17
        new("sctp_dst", 2, 16, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.IpProto, 0xff, 132, 132, "ip_proto=132")), // 18
        new("icmpv4_type", 1, 8, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.IpProto, 0xff, 1, 1, "ip_proto=1")), // 19
        new("icmpv4_code", 1, 8, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.IpProto, 0xff, 1, 1, "ip_proto=1")), // 20
        new("arp_op", 2, 16, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x0806, 0x0806, "eth_type=0x0806")), // 21
        new("arp_spa", 4, 32, true, OxmValueKind.Ipv4, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x0806, 0x0806, "eth_type=0x0806")), // 22
        new("arp_tpa", 4, 32, true, OxmValueKind.Ipv4, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x0806, 0x0806, "eth_type=0x0806")), // 23
        new("arp_sha", 6, 48, true, OxmValueKind.Mac, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x0806, 0x0806, "eth_type=0x0806")), // 24
        new("arp_tha", 6, 48, true, OxmValueKind.Mac, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x0806, 0x0806, "eth_type=0x0806")), // 25
        new("ipv6_src", 16, 128, true, OxmValueKind.Ipv6, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x86dd, 0x86dd, "eth_type=0x86dd")), // 26
        new("ipv6_dst", 16, 128, true, OxmValueKind.Ipv6, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x86dd, 0x86dd, "eth_type=0x86dd")), // 27
        new("ipv6_flabel", 4, 20, true, OxmValueKind.Number, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x86dd, 0x86dd, "eth_type=0x86dd")), // 28
        new("icmpv6_type", 1, 8, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.IpProto, 0xff, 58, 58, "ip_proto=58")), // 29
        new("icmpv6_code", 1, 8, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.IpProto, 0xff, 58, 58, "ip_proto=58")), // 30
        new("ipv6_nd_target", 16, 128, false, OxmValueKind.Ipv6, new OxmPrerequisite(OxmField.Icmpv6Type, 0xff, 135, 136, "icmpv6_type=135 or icmpv6_type=136")), // 31
        new("ipv6_nd_sll", 6, 48, false, OxmValueKind.Mac, new OxmPrerequisite(OxmField.Icmpv6Type, 0xff, 135, 135, "icmpv6_type=135")), // 32
        new("ipv6_nd_tll", 6, 48, false, OxmValueKind.Mac, new OxmPrerequisite(OxmField.Icmpv6Type, 0xff, 136, 136, "icmpv6_type=136")), // 33
        new("mpls_label", 4, 20, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x8847, 0x8848, "eth_type=0x8847 or eth_type=0x8848")), // 34
        new("mpls_tc", 1, 3, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x8847, 0x8848, "eth_type=0x8847 or eth_type=0x8848")), // 35
        new("mpls_bos", 1, 1, false, OxmValueKind.Number, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x8847, 0x8848, "eth_type=0x8847 or eth_type=0x8848")), // 36
        new("pbb_isid", 3, 24, true, OxmValueKind.Number, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x88e7, 0x88e7, "eth_type=0x88e7")), // 37
        new("tunnel_id", 8, 64, true, OxmValueKind.Number, default), // 38
        new("ipv6_exthdr", 2, 9, true, OxmValueKind.Number, new OxmPrerequisite(OxmField.EthType, 0xffff, 0x86dd, 0x86dd, "eth_type=0x86dd")), // 39
    ];

    /// <summary>Whether <paramref name="field"/> is one of the 40 fields OpenFlow 1.3.5 defines.</summary>
    /// <param name="field">A field code.</param>
    public static bool IsDefined(OxmField field) => (uint)field < FieldCount;

    /// <summary>The field's name as in the spec and Ryu (<c>in_port</c>, <c>eth_dst</c>, <c>ipv6_exthdr</c>).</summary>
    /// <param name="field">A defined field.</param>
    public static string GetName(OxmField field) => Get(field).Name;

    /// <summary>The size of the field's value on the wire, in bytes (a mask has the same size).</summary>
    /// <param name="field">A defined field.</param>
    public static int GetValueLength(OxmField field) => Get(field).Length;

    /// <summary>How many low bits of the value are meaningful (13 for <c>vlan_vid</c>, 6 for <c>ip_dscp</c>, 20 for <c>mpls_label</c>).</summary>
    /// <param name="field">A defined field.</param>
    public static int GetValueBits(OxmField field) => Get(field).Bits;

    /// <summary>Whether the field may carry a mask (OpenFlow 1.3.5 table 12).</summary>
    /// <param name="field">A defined field.</param>
    public static bool IsMaskable(OxmField field) => Get(field).Maskable;

    /// <summary>Whether the value is a number, a MAC address, an IPv4 address or an IPv6 address.</summary>
    /// <param name="field">A defined field.</param>
    public static OxmValueKind GetValueKind(OxmField field) => Get(field).Kind;

    /// <summary>What must be matched earlier for the field to be allowed; <see cref="OxmPrerequisite.Exists"/> is false when nothing is.</summary>
    /// <param name="field">A defined field.</param>
    public static OxmPrerequisite GetPrerequisite(OxmField field) => Get(field).Prerequisite;

    /// <summary>Finds a field by its spec name (<c>"tcp_dst"</c>); allocates nothing.</summary>
    /// <param name="name">The name, lower case as in the spec.</param>
    /// <param name="field">The field, when the name is one.</param>
    public static bool TryGetField(ReadOnlySpan<char> name, out OxmField field)
    {
        field = name switch
        {
            "in_port" => OxmField.InPort,
            "in_phy_port" => OxmField.InPhyPort,
            "metadata" => OxmField.Metadata,
            "eth_dst" => OxmField.EthDst,
            "eth_src" => OxmField.EthSrc,
            "eth_type" => OxmField.EthType,
            "vlan_vid" => OxmField.VlanVid,
            "vlan_pcp" => OxmField.VlanPcp,
            "ip_dscp" => OxmField.IpDscp,
            "ip_ecn" => OxmField.IpEcn,
            "ip_proto" => OxmField.IpProto,
            "ipv4_src" => OxmField.Ipv4Src,
            "ipv4_dst" => OxmField.Ipv4Dst,
            "tcp_src" => OxmField.TcpSrc,
            "tcp_dst" => OxmField.TcpDst,
            "udp_src" => OxmField.UdpSrc,
            "udp_dst" => OxmField.UdpDst,
            "sctp_src" => OxmField.SctpSrc,
            "sctp_dst" => OxmField.SctpDst,
            "icmpv4_type" => OxmField.Icmpv4Type,
            "icmpv4_code" => OxmField.Icmpv4Code,
            "arp_op" => OxmField.ArpOp,
            "arp_spa" => OxmField.ArpSpa,
            "arp_tpa" => OxmField.ArpTpa,
            "arp_sha" => OxmField.ArpSha,
            "arp_tha" => OxmField.ArpTha,
            "ipv6_src" => OxmField.Ipv6Src,
            "ipv6_dst" => OxmField.Ipv6Dst,
            "ipv6_flabel" => OxmField.Ipv6Flabel,
            "icmpv6_type" => OxmField.Icmpv6Type,
            "icmpv6_code" => OxmField.Icmpv6Code,
            "ipv6_nd_target" => OxmField.Ipv6NdTarget,
            "ipv6_nd_sll" => OxmField.Ipv6NdSll,
            "ipv6_nd_tll" => OxmField.Ipv6NdTll,
            "mpls_label" => OxmField.MplsLabel,
            "mpls_tc" => OxmField.MplsTc,
            "mpls_bos" => OxmField.MplsBos,
            "pbb_isid" => OxmField.PbbIsid,
            "tunnel_id" => OxmField.TunnelId,
            "ipv6_exthdr" => OxmField.Ipv6Exthdr,
            _ => (OxmField)0xff,
        };
        return IsDefined(field);
    }

    /// <summary>Finds a field by its spec name (<c>"tcp_dst"</c>); allocates nothing.</summary>
    /// <param name="name">The name, lower case as in the spec.</param>
    /// <param name="field">The field, when the name is one.</param>
    public static bool TryGetField(string? name, out OxmField field)
    {
        if (name is null)
        {
            field = (OxmField)0xff;
            return false;
        }

        return TryGetField(name.AsSpan(), out field);
    }

    private static ref readonly Entry Get(OxmField field)
    {
        if (!IsDefined(field))
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(field), "Not an OpenFlow 1.3 basic OXM field (codes 0 to 39).");
        }

        return ref Table[(int)field];
    }

    /// <summary>The table entry of a field the caller has checked with <see cref="IsDefined"/>.</summary>
    internal static ref readonly Entry GetDefined(OxmField field) => ref Table[(int)field];

    internal readonly struct Entry
    {
        public Entry(string name, byte length, byte bits, bool maskable, OxmValueKind kind, OxmPrerequisite prerequisite)
        {
            Name = name;
            Length = length;
            Bits = bits;
            Maskable = maskable;
            Kind = kind;
            Prerequisite = prerequisite;
        }

        public string Name { get; }

        public byte Length { get; }

        public byte Bits { get; }

        public bool Maskable { get; }

        public OxmValueKind Kind { get; }

        public OxmPrerequisite Prerequisite { get; }
    }
}
