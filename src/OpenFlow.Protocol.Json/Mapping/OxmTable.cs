using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// The OXM/NXM fields Ryu (os-ken <c>ofproto_v1_3.oxm_types</c> and <c>nicira_ext.oxm_types</c>) knows, by name
/// and by wire identity. One table drives both directions; adding a field is one line.
/// </summary>
internal static class OxmTable
{
    public const ushort Nxm0Class = 0x0000;
    public const ushort Nxm1Class = 0x0001;
    public const ushort BasicClass = 0x8000;
    public const ushort PacketRegsClass = 0x8001;
    public const ushort ExperimenterClass = 0xffff;
    public const uint OnfExperimenter = 0x4f4e4600;
    public const uint NiciraExperimenter = 0x00002320;
    public const uint NiciraNshExperimenter = 0x005ad650;

    private const OxmValueKind I = OxmValueKind.Integer;
    private const OxmValueKind Mac = OxmValueKind.Mac;
    private const OxmValueKind V4 = OxmValueKind.Ipv4;
    private const OxmValueKind V6 = OxmValueKind.Ipv6;

    private static readonly OxmEntry[] Entries = Build();
    private static readonly Dictionary<string, OxmEntry> ByName = IndexByName();

    /// <summary>Finds a field by Ryu name; <c>field_N</c> names an unknown non-experimenter field by its (class &lt;&lt; 7 | field) number.</summary>
    public static OxmEntry? Find(string name)
    {
        if (ByName.TryGetValue(name, out OxmEntry? entry))
        {
            return entry;
        }

        if (name.StartsWith("field_", StringComparison.Ordinal)
            && uint.TryParse(name.AsSpan(6).ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out uint number)
            && number <= 0x7fffff && (number >> 7) != ExperimenterClass)
        {
            return new OxmEntry(name, (ushort)(number >> 7), (byte)(number & 0x7f), 0, null, OxmValueKind.Unknown, 0);
        }

        return null;
    }

    /// <summary>Finds a field by wire identity; for ONF EXT-256 fields, <paramref name="expType"/> is the 16 bits after the experimenter id.</summary>
    public static OxmEntry? Find(ushort oxmClass, byte field, uint experimenter, ushort expType)
    {
        foreach (OxmEntry e in Entries)
        {
            if (e.OxmClass != oxmClass)
            {
                continue;
            }

            if (oxmClass != ExperimenterClass)
            {
                if (e.Field == field)
                {
                    return e;
                }
            }
            else if (e.Experimenter == experimenter)
            {
                if (experimenter == OnfExperimenter && field == 0)
                {
                    if (e.ExpType == expType)
                    {
                        return e;
                    }
                }
                else if (e.ExpType is null && e.Field == field)
                {
                    return e;
                }
            }
        }

        return null;
    }

    private static Dictionary<string, OxmEntry> IndexByName()
    {
        var index = new Dictionary<string, OxmEntry>(StringComparer.Ordinal);
        foreach (OxmEntry e in Entries)
        {
            index[e.Name] = e;
        }

        return index;
    }

    private static OxmEntry Basic(string name, byte field, OxmValueKind kind, int size) => new(name, BasicClass, field, 0, null, kind, size);

    private static OxmEntry Nx0(string name, byte field, OxmValueKind kind, int size) => new(name, Nxm0Class, field, 0, null, kind, size);

    private static OxmEntry Nx1(string name, byte field, OxmValueKind kind, int size) => new(name, Nxm1Class, field, 0, null, kind, size);

    private static OxmEntry Exp(string name, uint experimenter, byte field, int size) => new(name, ExperimenterClass, field, experimenter, null, I, size);

    private static OxmEntry[] Build()
    {
        var list = new List<OxmEntry>
        {
            Basic("in_port", 0, I, 4), Basic("in_phy_port", 1, I, 4), Basic("metadata", 2, I, 8),
            Basic("eth_dst", 3, Mac, 6), Basic("eth_src", 4, Mac, 6), Basic("eth_type", 5, I, 2),
            Basic("vlan_vid", 6, I, 2), Basic("vlan_pcp", 7, I, 1), Basic("ip_dscp", 8, I, 1),
            Basic("ip_ecn", 9, I, 1), Basic("ip_proto", 10, I, 1), Basic("ipv4_src", 11, V4, 4),
            Basic("ipv4_dst", 12, V4, 4), Basic("tcp_src", 13, I, 2), Basic("tcp_dst", 14, I, 2),
            Basic("udp_src", 15, I, 2), Basic("udp_dst", 16, I, 2), Basic("sctp_src", 17, I, 2),
            Basic("sctp_dst", 18, I, 2), Basic("icmpv4_type", 19, I, 1), Basic("icmpv4_code", 20, I, 1),
            Basic("arp_op", 21, I, 2), Basic("arp_spa", 22, V4, 4), Basic("arp_tpa", 23, V4, 4),
            Basic("arp_sha", 24, Mac, 6), Basic("arp_tha", 25, Mac, 6), Basic("ipv6_src", 26, V6, 16),
            Basic("ipv6_dst", 27, V6, 16), Basic("ipv6_flabel", 28, I, 4), Basic("icmpv6_type", 29, I, 1),
            Basic("icmpv6_code", 30, I, 1), Basic("ipv6_nd_target", 31, V6, 16), Basic("ipv6_nd_sll", 32, Mac, 6),
            Basic("ipv6_nd_tll", 33, Mac, 6), Basic("mpls_label", 34, I, 4), Basic("mpls_tc", 35, I, 1),
            Basic("mpls_bos", 36, I, 1), Basic("pbb_isid", 37, I, 3), Basic("tunnel_id", 38, I, 8),
            Basic("ipv6_exthdr", 39, I, 2),

            // ONF extensions: EXT-256 in its old form (exp_type 2560 after the experimenter id), then EXT-109/233.
            new("pbb_uca", ExperimenterClass, 0, OnfExperimenter, 2560, I, 1),
            Exp("tcp_flags", OnfExperimenter, 42, 2),
            Exp("actset_output", OnfExperimenter, 43, 4),

            // Nicira extended match, class 0 (NXM_OF_*) and class 1 (NXM_NX_*).
            Nx0("in_port_nxm", 0, I, 2), Nx0("eth_dst_nxm", 1, Mac, 6), Nx0("eth_src_nxm", 2, Mac, 6),
            Nx0("eth_type_nxm", 3, I, 2), Nx0("vlan_tci", 4, I, 2), Nx0("nw_tos", 5, I, 1),
            Nx0("ip_proto_nxm", 6, I, 1), Nx0("ipv4_src_nxm", 7, V4, 4), Nx0("ipv4_dst_nxm", 8, V4, 4),
            Nx0("tcp_src_nxm", 9, I, 2), Nx0("tcp_dst_nxm", 10, I, 2), Nx0("udp_src_nxm", 11, I, 2),
            Nx0("udp_dst_nxm", 12, I, 2), Nx0("icmpv4_type_nxm", 13, I, 1), Nx0("icmpv4_code_nxm", 14, I, 1),
            Nx0("arp_op_nxm", 15, I, 2), Nx0("arp_spa_nxm", 16, V4, 4), Nx0("arp_tpa_nxm", 17, V4, 4),
            Nx1("tunnel_id_nxm", 16, I, 8), Nx1("arp_sha_nxm", 17, Mac, 6), Nx1("arp_tha_nxm", 18, Mac, 6),
            Nx1("ipv6_src_nxm", 19, V6, 16), Nx1("ipv6_dst_nxm", 20, V6, 16), Nx1("icmpv6_type_nxm", 21, I, 1),
            Nx1("icmpv6_code_nxm", 22, I, 1), Nx1("nd_target", 23, V6, 16), Nx1("nd_sll", 24, Mac, 6),
            Nx1("nd_tll", 25, Mac, 6), Nx1("ip_frag", 26, I, 1), Nx1("ipv6_label", 27, I, 4),
            Nx1("ip_ecn_nxm", 28, I, 1), Nx1("nw_ttl", 29, I, 1), Nx1("mpls_ttl", 30, I, 1),
            Nx1("tun_ipv4_src", 31, V4, 4), Nx1("tun_ipv4_dst", 32, V4, 4), Nx1("pkt_mark", 33, I, 4),
            Nx1("tcp_flags_nxm", 34, I, 2), Nx1("conj_id", 37, I, 4), Nx1("tun_gbp_id", 38, I, 2),
            Nx1("tun_gbp_flags", 39, I, 1), Nx1("tun_flags", 104, I, 2), Nx1("ct_state", 105, I, 4),
            Nx1("ct_zone", 106, I, 2), Nx1("ct_mark", 107, I, 4), Nx1("ct_label", 108, I, 16),
            Nx1("tun_ipv6_src", 109, V6, 16), Nx1("tun_ipv6_dst", 110, V6, 16), Nx1("_recirc_id", 36, I, 4),
            Exp("_dp_hash", NiciraExperimenter, 0, 4),
            Exp("nsh_flags", NiciraNshExperimenter, 1, 1), Exp("nsh_mdtype", NiciraNshExperimenter, 2, 1),
            Exp("nsh_np", NiciraNshExperimenter, 3, 1), Exp("nsh_spi", NiciraNshExperimenter, 4, 4),
            Exp("nsh_si", NiciraNshExperimenter, 5, 1), Exp("nsh_c1", NiciraNshExperimenter, 6, 4),
            Exp("nsh_c2", NiciraNshExperimenter, 7, 4), Exp("nsh_c3", NiciraNshExperimenter, 8, 4),
            Exp("nsh_c4", NiciraNshExperimenter, 9, 4), Exp("nsh_ttl", NiciraNshExperimenter, 10, 1),
        };

        for (byte r = 0; r < 16; r++)
        {
            list.Add(Nx1("reg" + r.ToString(CultureInfo.InvariantCulture), r, I, 4));
        }

        for (byte r = 0; r < 4; r++)
        {
            list.Add(Nx1("xxreg" + r.ToString(CultureInfo.InvariantCulture), (byte)(111 + r), I, 16));
        }

        for (byte r = 0; r < 8; r++)
        {
            list.Add(new OxmEntry("xreg" + r.ToString(CultureInfo.InvariantCulture), PacketRegsClass, r, 0, null, I, 8));
        }

        return list.ToArray();
    }
}
