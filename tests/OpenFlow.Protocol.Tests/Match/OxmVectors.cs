using OpenFlow.Protocol.Match;
using Xunit;

namespace OpenFlow.Protocol.Tests.Match;

/// <summary>
/// One annotated TLV per OpenFlow basic field, unmasked and (where table 12 allows) masked. Headers are
/// class 0x8000 | field &lt;&lt; 9 | hasmask &lt;&lt; 8 | length, worked out by hand from OpenFlow 1.3.5 7.2.3.2.
/// </summary>
internal static class OxmVectors
{
    public static TheoryData<OxmField, string> Unmasked => new()
    {
        { OxmField.InPort, "8000 00 04 # in_port, len 4\n 00000001 # port 1" },
        { OxmField.InPhyPort, "8000 02 04 # in_phy_port\n 00000002" },
        { OxmField.Metadata, "8000 04 08 # metadata\n 0123456789abcdef" },
        { OxmField.EthDst, "8000 06 06 # eth_dst\n f20ba47df8ea" },
        { OxmField.EthSrc, "8000 08 06 # eth_src\n 010203040506" },
        { OxmField.EthType, "8000 0a 02 # eth_type\n 0800" },
        { OxmField.VlanVid, "8000 0c 02 # vlan_vid\n 1064 # OFPVID_PRESENT | 100" },
        { OxmField.VlanPcp, "8000 0e 01 # vlan_pcp\n 05" },
        { OxmField.IpDscp, "8000 10 01 # ip_dscp\n 2e # EF" },
        { OxmField.IpEcn, "8000 12 01 # ip_ecn\n 03" },
        { OxmField.IpProto, "8000 14 01 # ip_proto\n 06" },
        { OxmField.Ipv4Src, "8000 16 04 # ipv4_src\n c0a80001 # 192.168.0.1" },
        { OxmField.Ipv4Dst, "8000 18 04 # ipv4_dst\n c0a80201 # 192.168.2.1" },
        { OxmField.TcpSrc, "8000 1a 02 # tcp_src\n 0050 # 80" },
        { OxmField.TcpDst, "8000 1c 02 # tcp_dst\n 01bb # 443" },
        { OxmField.UdpSrc, "8000 1e 02 # udp_src\n 0035 # 53" },
        { OxmField.UdpDst, "8000 20 02 # udp_dst\n 0044 # 68" },
        { OxmField.SctpSrc, "8000 22 02 # sctp_src\n 0b59" },
        { OxmField.SctpDst, "8000 24 02 # sctp_dst\n 0b5a" },
        { OxmField.Icmpv4Type, "8000 26 01 # icmpv4_type\n 08" },
        { OxmField.Icmpv4Code, "8000 28 01 # icmpv4_code\n 00" },
        { OxmField.ArpOp, "8000 2a 02 # arp_op\n 0001" },
        { OxmField.ArpSpa, "8000 2c 04 # arp_spa\n 0a000001" },
        { OxmField.ArpTpa, "8000 2e 04 # arp_tpa\n 0a000002" },
        { OxmField.ArpSha, "8000 30 06 # arp_sha\n 001122334455" },
        { OxmField.ArpTha, "8000 32 06 # arp_tha\n 66778899aabb" },
        { OxmField.Ipv6Src, "8000 34 10 # ipv6_src\n 20010db8000000000000000000000001" },
        { OxmField.Ipv6Dst, "8000 36 10 # ipv6_dst\n fe800000000000000000000000000002" },
        { OxmField.Ipv6Flabel, "8000 38 04 # ipv6_flabel\n 000abcde" },
        { OxmField.Icmpv6Type, "8000 3a 01 # icmpv6_type\n 87 # 135 neighbour solicitation" },
        { OxmField.Icmpv6Code, "8000 3c 01 # icmpv6_code\n 00" },
        { OxmField.Ipv6NdTarget, "8000 3e 10 # ipv6_nd_target\n 20010db80000000000000000000000ff" },
        { OxmField.Ipv6NdSll, "8000 40 06 # ipv6_nd_sll\n 0a0b0c0d0e0f" },
        { OxmField.Ipv6NdTll, "8000 42 06 # ipv6_nd_tll\n 0f0e0d0c0b0a" },
        { OxmField.MplsLabel, "8000 44 04 # mpls_label\n 000fffff # 20 bits" },
        { OxmField.MplsTc, "8000 46 01 # mpls_tc\n 07" },
        { OxmField.MplsBos, "8000 48 01 # mpls_bos\n 01" },
        { OxmField.PbbIsid, "8000 4a 03 # pbb_isid, 3 bytes\n abcdef" },
        { OxmField.TunnelId, "8000 4c 08 # tunnel_id\n 000000000000c350 # 50000" },
        { OxmField.Ipv6Exthdr, "8000 4e 02 # ipv6_exthdr\n 01ff # 9 bits" },
    };

    public static TheoryData<OxmField, string> Masked => new()
    {
        { OxmField.Metadata, "8000 05 10 # metadata/mask\n 0123456789abcdef # value\n ffffffff00000000 # mask" },
        { OxmField.EthDst, "8000 07 0c # eth_dst/mask\n 010000000000 # value\n 010000000000 # mask: multicast bit" },
        { OxmField.EthSrc, "8000 09 0c # eth_src/mask\n 001122000000\n ffffff000000 # OUI" },
        { OxmField.VlanVid, "8000 0d 04 # vlan_vid/mask\n 1000 # present\n 1000 # any VLAN" },
        { OxmField.Ipv4Src, "8000 17 08 # ipv4_src/mask\n 0a000000\n ff000000 # /8" },
        { OxmField.Ipv4Dst, "8000 19 08 # ipv4_dst/mask\n c0a80200\n ffffff00 # /24" },
        { OxmField.ArpSpa, "8000 2d 08 # arp_spa/mask\n 0a000000\n ffff0000" },
        { OxmField.ArpTpa, "8000 2f 08 # arp_tpa/mask\n 0a010000\n ffff0000" },
        { OxmField.ArpSha, "8000 31 0c # arp_sha/mask\n 001122334455\n ffffffffff00" },
        { OxmField.ArpTha, "8000 33 0c # arp_tha/mask\n 66778899aabb\n ffffff000000" },
        { OxmField.Ipv6Src, "8000 35 20 # ipv6_src/mask\n 20010db8000000000000000000000000\n ffffffff000000000000000000000000 # /32" },
        { OxmField.Ipv6Dst, "8000 37 20 # ipv6_dst/mask\n fe800000000000000000000000000000\n ffc00000000000000000000000000000 # /10" },
        { OxmField.Ipv6Flabel, "8000 39 08 # ipv6_flabel/mask\n 00012345\n 000fff00" },
        { OxmField.PbbIsid, "8000 4b 06 # pbb_isid/mask\n 123456\n ffff00" },
        { OxmField.TunnelId, "8000 4d 10 # tunnel_id/mask\n 0000000000001000\n 000000000000ff00" },
        { OxmField.Ipv6Exthdr, "8000 4f 04 # ipv6_exthdr/mask\n 0004 # ESP\n 0004" },
    };
}
