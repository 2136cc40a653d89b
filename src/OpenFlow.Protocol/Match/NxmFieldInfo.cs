using System;
using System.Globalization;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Match;

/// <summary>
/// One table of every OXM/NXM field that Open vSwitch users meet in OpenFlow 1.3, named as Ryu/os-ken names them
/// (<c>ofproto_v1_3.oxm_types</c> and <c>nicira_ext.oxm_types</c>): the 40 basic fields (from <see cref="OxmFieldInfo"/>),
/// the NXM class 0 fields (<c>in_port_nxm</c>, <c>vlan_tci</c>, ...), NXM class 1 (<c>reg0</c>-<c>reg15</c>,
/// <c>xxreg0</c>-<c>xxreg3</c>, <c>tunnel_id_nxm</c>, <c>tun_ipv4_src</c>, <c>pkt_mark</c>, <c>conj_id</c>,
/// <c>ct_state</c>, <c>ct_zone</c>, <c>ct_mark</c>, <c>ct_label</c>, ...), the packet registers <c>xreg0</c>-<c>xreg7</c>
/// and the experimenter fields of ONF (<c>tcp_flags</c>, <c>actset_output</c>, <c>pbb_uca</c>) and Open vSwitch
/// (<c>_dp_hash</c>, <c>nsh_*</c>). Open vSwitch's conntrack tuple fields (<c>ct_nw_proto</c>, <c>ct_nw_src</c>, ...,
/// <c>ct_tp_dst</c>) are included under their Open vSwitch names; Ryu has no name for them.
/// Looking up allocates nothing.
/// </summary>
public static class NxmFieldInfo
{
    private const OxmValueKind N = OxmValueKind.Number;
    private const OxmValueKind Mac = OxmValueKind.Mac;
    private const OxmValueKind V4 = OxmValueKind.Ipv4;
    private const OxmValueKind V6 = OxmValueKind.Ipv6;

    private static readonly OxmFieldDescription[] Table = Build();

    /// <summary>Every described field, basic fields first.</summary>
    public static ReadOnlySpan<OxmFieldDescription> All => Table;

    /// <summary>Finds a field by its wire identity.</summary>
    /// <param name="key">Class, field code and experimenter id.</param>
    /// <param name="description">The field, when known.</param>
    /// <param name="experimenterType">For ONF EXT-256 (<c>pbb_uca</c>), the 16 bits after the experimenter id.</param>
    public static bool TryGet(OxmFieldKey key, out OxmFieldDescription description, ushort experimenterType = 0)
    {
        bool ext256 = key.Class == OxmClass.Experimenter && key.ExperimenterId == OxmFieldKey.OnfExperimenterId && key.Field == 0;
        foreach (OxmFieldDescription d in Table)
        {
            if (d.Key == key && (!ext256 || d.ExperimenterType == experimenterType))
            {
                description = d;
                return true;
            }
        }

        description = default;
        return false;
    }

    /// <summary>Finds the field of an OXM TLV as read (its header, and experimenter id and type when present).</summary>
    /// <param name="oxm">A TLV from a match, a set-field action or a Nicira action.</param>
    /// <param name="description">The field, when known.</param>
    public static bool TryGet(OxmView oxm, out OxmFieldDescription description)
    {
        ReadOnlySpan<byte> payload = oxm.Payload;
        ushort expType = oxm.Class == OxmClass.Experimenter && payload.Length >= 6 ? (ushort)((payload[4] << 8) | payload[5]) : (ushort)0;
        return TryGet(new OxmFieldKey(oxm.Class, oxm.FieldCode, oxm.ExperimenterId), out description, expType);
    }

    /// <summary>Finds a field by name (<c>"reg3"</c>, <c>"ct_state"</c>, <c>"eth_dst"</c>); allocates nothing.</summary>
    /// <param name="name">The name.</param>
    /// <param name="description">The field, when the name is one.</param>
    public static bool TryGet(ReadOnlySpan<char> name, out OxmFieldDescription description)
    {
        foreach (OxmFieldDescription d in Table)
        {
            if (name.SequenceEqual(d.Name.AsSpan()))
            {
                description = d;
                return true;
            }
        }

        description = default;
        return false;
    }

    /// <summary>Finds a field by its wire identity, throwing for an unknown one (caller mistakes on the write path).</summary>
    /// <param name="key">The field.</param>
    public static OxmFieldDescription Get(OxmFieldKey key)
    {
        if (!TryGet(key, out OxmFieldDescription d))
        {
            ThrowHelper.ThrowArgument("No known OXM/NXM field has this class and field code; write it with WriteRawOxm.", nameof(key));
        }

        return d;
    }

    private static OxmFieldDescription Nx0(string name, byte field, bool maskable, OxmValueKind kind, byte size) => new(name, OxmFieldKey.Nxm0(field), 0, size, maskable, kind);

    private static OxmFieldDescription Nx1(string name, byte field, bool maskable, OxmValueKind kind, byte size) => new(name, OxmFieldKey.Nxm1(field), 0, size, maskable, kind);

    private static OxmFieldDescription Exp(string name, uint experimenter, byte field, bool maskable, byte size) =>
        new(name, new OxmFieldKey(OxmClass.Experimenter, field, experimenter), 0, size, maskable, N);

    private static OxmFieldDescription[] Build()
    {
        var list = new System.Collections.Generic.List<OxmFieldDescription>(160);
        for (int f = 0; f < OxmFieldInfo.FieldCount; f++)
        {
            var field = (OxmField)f;
            list.Add(new OxmFieldDescription(OxmFieldInfo.GetName(field), OxmFieldKey.Basic(field), 0, (byte)OxmFieldInfo.GetValueLength(field), OxmFieldInfo.IsMaskable(field), OxmFieldInfo.GetValueKind(field)));
        }

        uint onf = OxmFieldKey.OnfExperimenterId;
        uint nsh = OxmFieldKey.NiciraNshExperimenterId;
        list.AddRange(
        [
            // ONF extensions: EXT-256 in its old form (type 2560 after the experimenter id), EXT-109, EXT-233.
            new OxmFieldDescription("pbb_uca", new OxmFieldKey(OxmClass.Experimenter, 0, onf), 2560, 1, false, N),
            Exp("tcp_flags", onf, 42, true, 2),
            Exp("actset_output", onf, 43, false, 4),

            // NXM class 0 (NXM_OF_*).
            Nx0("in_port_nxm", 0, false, N, 2), Nx0("eth_dst_nxm", 1, true, Mac, 6), Nx0("eth_src_nxm", 2, true, Mac, 6),
            Nx0("eth_type_nxm", 3, false, N, 2), Nx0("vlan_tci", 4, true, N, 2), Nx0("nw_tos", 5, false, N, 1),
            Nx0("ip_proto_nxm", 6, false, N, 1), Nx0("ipv4_src_nxm", 7, true, V4, 4), Nx0("ipv4_dst_nxm", 8, true, V4, 4),
            Nx0("tcp_src_nxm", 9, true, N, 2), Nx0("tcp_dst_nxm", 10, true, N, 2), Nx0("udp_src_nxm", 11, true, N, 2),
            Nx0("udp_dst_nxm", 12, true, N, 2), Nx0("icmpv4_type_nxm", 13, false, N, 1), Nx0("icmpv4_code_nxm", 14, false, N, 1),
            Nx0("arp_op_nxm", 15, false, N, 2), Nx0("arp_spa_nxm", 16, true, V4, 4), Nx0("arp_tpa_nxm", 17, true, V4, 4),

            // NXM class 1 (NXM_NX_*).
            Nx1("tunnel_id_nxm", 16, true, N, 8), Nx1("arp_sha_nxm", 17, true, Mac, 6), Nx1("arp_tha_nxm", 18, true, Mac, 6),
            Nx1("ipv6_src_nxm", 19, true, V6, 16), Nx1("ipv6_dst_nxm", 20, true, V6, 16), Nx1("icmpv6_type_nxm", 21, false, N, 1),
            Nx1("icmpv6_code_nxm", 22, false, N, 1), Nx1("nd_target", 23, true, V6, 16), Nx1("nd_sll", 24, true, Mac, 6),
            Nx1("nd_tll", 25, true, Mac, 6), Nx1("ip_frag", 26, true, N, 1), Nx1("ipv6_label", 27, true, N, 4),
            Nx1("ip_ecn_nxm", 28, false, N, 1), Nx1("nw_ttl", 29, false, N, 1), Nx1("mpls_ttl", 30, false, N, 1),
            Nx1("tun_ipv4_src", 31, true, V4, 4), Nx1("tun_ipv4_dst", 32, true, V4, 4), Nx1("pkt_mark", 33, true, N, 4),
            Nx1("tcp_flags_nxm", 34, true, N, 2), Nx1("conj_id", 37, false, N, 4), Nx1("tun_gbp_id", 38, true, N, 2),
            Nx1("tun_gbp_flags", 39, true, N, 1), Nx1("tun_flags", 104, true, N, 2), Nx1("ct_state", 105, true, N, 4),
            Nx1("ct_zone", 106, false, N, 2), Nx1("ct_mark", 107, true, N, 4), Nx1("ct_label", 108, true, N, 16),
            Nx1("tun_ipv6_src", 109, true, V6, 16), Nx1("tun_ipv6_dst", 110, true, V6, 16), Nx1("_recirc_id", 36, false, N, 4),

            // Open vSwitch's conntrack original-direction tuple (no Ryu names).
            Nx1("ct_nw_proto", 119, false, N, 1), Nx1("ct_nw_src", 120, true, V4, 4), Nx1("ct_nw_dst", 121, true, V4, 4),
            Nx1("ct_ipv6_src", 122, true, V6, 16), Nx1("ct_ipv6_dst", 123, true, V6, 16), Nx1("ct_tp_src", 124, true, N, 2),
            Nx1("ct_tp_dst", 125, true, N, 2),

            // Experimenter fields of Open vSwitch: dp_hash, NSH.
            Exp("_dp_hash", OxmFieldKey.NiciraExperimenterId, 0, true, 4),
            Exp("nsh_flags", nsh, 1, true, 1), Exp("nsh_mdtype", nsh, 2, false, 1), Exp("nsh_np", nsh, 3, false, 1),
            Exp("nsh_spi", nsh, 4, false, 4), Exp("nsh_si", nsh, 5, false, 1), Exp("nsh_c1", nsh, 6, true, 4),
            Exp("nsh_c2", nsh, 7, true, 4), Exp("nsh_c3", nsh, 8, true, 4), Exp("nsh_c4", nsh, 9, true, 4),
            Exp("nsh_ttl", nsh, 10, false, 1),
        ]);

        for (int r = 0; r < 16; r++)
        {
            list.Add(Nx1("reg" + r.ToString(CultureInfo.InvariantCulture), (byte)r, true, N, 4));
        }

        for (int r = 0; r < 4; r++)
        {
            list.Add(Nx1("xxreg" + r.ToString(CultureInfo.InvariantCulture), (byte)(111 + r), true, N, 16));
        }

        for (int r = 0; r < 8; r++)
        {
            list.Add(new OxmFieldDescription("xreg" + r.ToString(CultureInfo.InvariantCulture), OxmFieldKey.XReg(r), 0, 8, true, N));
        }

        return list.ToArray();
    }
}
