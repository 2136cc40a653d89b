namespace OpenFlow.Protocol.Match;

/// <summary>
/// The OpenFlow basic OXM match fields (<c>enum oxm_ofb_match_fields</c>), the 7-bit <c>oxm_field</c> of an OXM header
/// whose class is <see cref="OxmClass.OpenFlowBasic"/>. Sizes, masks and prerequisites are in <see cref="OxmFieldInfo"/>.
/// </summary>
public enum OxmField : byte
{
    /// <summary><c>OFPXMT_OFB_IN_PORT</c> (0, <c>in_port</c>): Switch input port.</summary>
    InPort = 0,

    /// <summary><c>OFPXMT_OFB_IN_PHY_PORT</c> (1, <c>in_phy_port</c>): Switch physical input port.</summary>
    InPhyPort = 1,

    /// <summary><c>OFPXMT_OFB_METADATA</c> (2, <c>metadata</c>): Metadata passed between tables.</summary>
    Metadata = 2,

    /// <summary><c>OFPXMT_OFB_ETH_DST</c> (3, <c>eth_dst</c>): Ethernet destination address.</summary>
    EthDst = 3,

    /// <summary><c>OFPXMT_OFB_ETH_SRC</c> (4, <c>eth_src</c>): Ethernet source address.</summary>
    EthSrc = 4,

    /// <summary><c>OFPXMT_OFB_ETH_TYPE</c> (5, <c>eth_type</c>): Ethernet frame type.</summary>
    EthType = 5,

    /// <summary><c>OFPXMT_OFB_VLAN_VID</c> (6, <c>vlan_vid</c>): VLAN id, with OFPVID_PRESENT (0x1000).</summary>
    VlanVid = 6,

    /// <summary><c>OFPXMT_OFB_VLAN_PCP</c> (7, <c>vlan_pcp</c>): VLAN priority.</summary>
    VlanPcp = 7,

    /// <summary><c>OFPXMT_OFB_IP_DSCP</c> (8, <c>ip_dscp</c>): IP DSCP (6 bits in ToS field).</summary>
    IpDscp = 8,

    /// <summary><c>OFPXMT_OFB_IP_ECN</c> (9, <c>ip_ecn</c>): IP ECN (2 bits in ToS field).</summary>
    IpEcn = 9,

    /// <summary><c>OFPXMT_OFB_IP_PROTO</c> (10, <c>ip_proto</c>): IP protocol.</summary>
    IpProto = 10,

    /// <summary><c>OFPXMT_OFB_IPV4_SRC</c> (11, <c>ipv4_src</c>): IPv4 source address.</summary>
    Ipv4Src = 11,

    /// <summary><c>OFPXMT_OFB_IPV4_DST</c> (12, <c>ipv4_dst</c>): IPv4 destination address.</summary>
    Ipv4Dst = 12,

    /// <summary><c>OFPXMT_OFB_TCP_SRC</c> (13, <c>tcp_src</c>): TCP source port.</summary>
    TcpSrc = 13,

    /// <summary><c>OFPXMT_OFB_TCP_DST</c> (14, <c>tcp_dst</c>): TCP destination port.</summary>
    TcpDst = 14,

    /// <summary><c>OFPXMT_OFB_UDP_SRC</c> (15, <c>udp_src</c>): UDP source port.</summary>
    UdpSrc = 15,

    /// <summary><c>OFPXMT_OFB_UDP_DST</c> (16, <c>udp_dst</c>): UDP destination port.</summary>
    UdpDst = 16,

    /// <summary><c>OFPXMT_OFB_SCTP_SRC</c> (17, <c>sctp_src</c>): SCTP source port.</summary>
    SctpSrc = 17,

    /// <summary><c>OFPXMT_OFB_SCTP_DST</c> (18, <c>sctp_dst</c>): SCTP destination port.</summary>
    SctpDst = 18,

    /// <summary><c>OFPXMT_OFB_ICMPV4_TYPE</c> (19, <c>icmpv4_type</c>): ICMP type.</summary>
    Icmpv4Type = 19,

    /// <summary><c>OFPXMT_OFB_ICMPV4_CODE</c> (20, <c>icmpv4_code</c>): ICMP code.</summary>
    Icmpv4Code = 20,

    /// <summary><c>OFPXMT_OFB_ARP_OP</c> (21, <c>arp_op</c>): ARP opcode.</summary>
    ArpOp = 21,

    /// <summary><c>OFPXMT_OFB_ARP_SPA</c> (22, <c>arp_spa</c>): ARP source IPv4 address.</summary>
    ArpSpa = 22,

    /// <summary><c>OFPXMT_OFB_ARP_TPA</c> (23, <c>arp_tpa</c>): ARP target IPv4 address.</summary>
    ArpTpa = 23,

    /// <summary><c>OFPXMT_OFB_ARP_SHA</c> (24, <c>arp_sha</c>): ARP source hardware address.</summary>
    ArpSha = 24,

    /// <summary><c>OFPXMT_OFB_ARP_THA</c> (25, <c>arp_tha</c>): ARP target hardware address.</summary>
    ArpTha = 25,

    /// <summary><c>OFPXMT_OFB_IPV6_SRC</c> (26, <c>ipv6_src</c>): IPv6 source address.</summary>
    Ipv6Src = 26,

    /// <summary><c>OFPXMT_OFB_IPV6_DST</c> (27, <c>ipv6_dst</c>): IPv6 destination address.</summary>
    Ipv6Dst = 27,

    /// <summary><c>OFPXMT_OFB_IPV6_FLABEL</c> (28, <c>ipv6_flabel</c>): IPv6 Flow Label.</summary>
    Ipv6Flabel = 28,

    /// <summary><c>OFPXMT_OFB_ICMPV6_TYPE</c> (29, <c>icmpv6_type</c>): ICMPv6 type.</summary>
    Icmpv6Type = 29,

    /// <summary><c>OFPXMT_OFB_ICMPV6_CODE</c> (30, <c>icmpv6_code</c>): ICMPv6 code.</summary>
    Icmpv6Code = 30,

    /// <summary><c>OFPXMT_OFB_IPV6_ND_TARGET</c> (31, <c>ipv6_nd_target</c>): Target address for neighbour discovery.</summary>
    Ipv6NdTarget = 31,

    /// <summary><c>OFPXMT_OFB_IPV6_ND_SLL</c> (32, <c>ipv6_nd_sll</c>): Source link-layer address for neighbour discovery.</summary>
    Ipv6NdSll = 32,

    /// <summary><c>OFPXMT_OFB_IPV6_ND_TLL</c> (33, <c>ipv6_nd_tll</c>): Target link-layer address for neighbour discovery.</summary>
    Ipv6NdTll = 33,

    /// <summary><c>OFPXMT_OFB_MPLS_LABEL</c> (34, <c>mpls_label</c>): MPLS label.</summary>
    MplsLabel = 34,

    /// <summary><c>OFPXMT_OFB_MPLS_TC</c> (35, <c>mpls_tc</c>): MPLS TC.</summary>
    MplsTc = 35,

    /// <summary><c>OFPXMT_OFB_MPLS_BOS</c> (36, <c>mpls_bos</c>): MPLS BoS bit.</summary>
    MplsBos = 36,

    /// <summary><c>OFPXMT_OFB_PBB_ISID</c> (37, <c>pbb_isid</c>): PBB I-SID.</summary>
    PbbIsid = 37,

    /// <summary><c>OFPXMT_OFB_TUNNEL_ID</c> (38, <c>tunnel_id</c>): Logical Port Metadata.</summary>
    TunnelId = 38,

    /// <summary><c>OFPXMT_OFB_IPV6_EXTHDR</c> (39, <c>ipv6_exthdr</c>): IPv6 Extension Header pseudo-field.</summary>
    Ipv6Exthdr = 39,
}
