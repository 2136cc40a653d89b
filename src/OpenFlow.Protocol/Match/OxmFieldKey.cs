using System;

namespace OpenFlow.Protocol.Match;

/// <summary>
/// The wire identity of any OXM/NXM field: class, 7-bit field code and, for class 0xffff, the experimenter id.
/// Basic fields are also <see cref="OxmField"/>; this key names the extension fields that Open vSwitch and ONF add
/// (<see cref="Reg"/>, <see cref="XReg"/>, <see cref="CtState"/>, <see cref="TunId"/>, ...). Describe a key with
/// <see cref="NxmFieldInfo"/>.
/// </summary>
/// <param name="Class">The 16-bit OXM class.</param>
/// <param name="Field">The 7-bit field code.</param>
/// <param name="ExperimenterId">The experimenter id for <see cref="OxmClass.Experimenter"/>; zero otherwise.</param>
public readonly record struct OxmFieldKey(OxmClass Class, byte Field, uint ExperimenterId = 0)
{
    /// <summary>ONF's experimenter id (<c>ONF_EXPERIMENTER_ID</c>, 0x4f4e4600), used by <c>tcp_flags</c>, <c>actset_output</c>, <c>pbb_uca</c>.</summary>
    public const uint OnfExperimenterId = 0x4f4e4600;

    /// <summary>Nicira's experimenter id (<c>NX_EXPERIMENTER_ID</c>, 0x00002320), used by <c>dp_hash</c>.</summary>
    public const uint NiciraExperimenterId = 0x00002320;

    /// <summary>The experimenter id of Open vSwitch's NSH fields (<c>NX_NSH_EXPERIMENTER_ID</c>, 0x005ad650).</summary>
    public const uint NiciraNshExperimenterId = 0x005ad650;

    /// <summary>NXM_OF_IN_PORT (<c>in_port_nxm</c>): the 16-bit input port.</summary>
    public static OxmFieldKey InPortNxm => Nxm0(0);

    /// <summary>NXM_NX_TUN_ID (<c>tunnel_id_nxm</c>, ovs <c>tun_id</c>): the 64-bit tunnel id.</summary>
    public static OxmFieldKey TunId => Nxm1(16);

    /// <summary>NXM_NX_TUN_IPV4_SRC (<c>tun_ipv4_src</c>).</summary>
    public static OxmFieldKey TunIpv4Src => Nxm1(31);

    /// <summary>NXM_NX_TUN_IPV4_DST (<c>tun_ipv4_dst</c>).</summary>
    public static OxmFieldKey TunIpv4Dst => Nxm1(32);

    /// <summary>NXM_NX_PKT_MARK (<c>pkt_mark</c>): 32-bit packet mark.</summary>
    public static OxmFieldKey PktMark => Nxm1(33);

    /// <summary>NXM_NX_TCP_FLAGS (<c>tcp_flags_nxm</c>): 12 TCP flag bits in 16.</summary>
    public static OxmFieldKey TcpFlagsNxm => Nxm1(34);

    /// <summary>ONF EXT-109 <c>tcp_flags</c> (experimenter OXM, ONF field 42).</summary>
    public static OxmFieldKey TcpFlags => new(OxmClass.Experimenter, 42, OnfExperimenterId);

    /// <summary>ONF EXT-233 <c>actset_output</c> (experimenter OXM, ONF field 43).</summary>
    public static OxmFieldKey ActsetOutput => new(OxmClass.Experimenter, 43, OnfExperimenterId);

    /// <summary>NXM_NX_CONJ_ID (<c>conj_id</c>): the conjunction id that matched.</summary>
    public static OxmFieldKey ConjId => Nxm1(37);

    /// <summary>NXM_NX_CT_STATE (<c>ct_state</c>): connection tracking state bits.</summary>
    public static OxmFieldKey CtState => Nxm1(105);

    /// <summary>NXM_NX_CT_ZONE (<c>ct_zone</c>): connection tracking zone.</summary>
    public static OxmFieldKey CtZone => Nxm1(106);

    /// <summary>NXM_NX_CT_MARK (<c>ct_mark</c>): 32-bit connection mark.</summary>
    public static OxmFieldKey CtMark => Nxm1(107);

    /// <summary>NXM_NX_CT_LABEL (<c>ct_label</c>): 128-bit connection label.</summary>
    public static OxmFieldKey CtLabel => Nxm1(108);

    /// <summary>NXM_NX_CT_NW_PROTO (<c>ct_nw_proto</c>): IP protocol of the original direction.</summary>
    public static OxmFieldKey CtNwProto => Nxm1(119);

    /// <summary>NXM_NX_CT_NW_SRC (<c>ct_nw_src</c>): IPv4 source of the original direction.</summary>
    public static OxmFieldKey CtNwSrc => Nxm1(120);

    /// <summary>NXM_NX_CT_NW_DST (<c>ct_nw_dst</c>): IPv4 destination of the original direction.</summary>
    public static OxmFieldKey CtNwDst => Nxm1(121);

    /// <summary>NXM_NX_CT_IPV6_SRC (<c>ct_ipv6_src</c>).</summary>
    public static OxmFieldKey CtIpv6Src => Nxm1(122);

    /// <summary>NXM_NX_CT_IPV6_DST (<c>ct_ipv6_dst</c>).</summary>
    public static OxmFieldKey CtIpv6Dst => Nxm1(123);

    /// <summary>NXM_NX_CT_TP_SRC (<c>ct_tp_src</c>): transport source port of the original direction.</summary>
    public static OxmFieldKey CtTpSrc => Nxm1(124);

    /// <summary>NXM_NX_CT_TP_DST (<c>ct_tp_dst</c>): transport destination port of the original direction.</summary>
    public static OxmFieldKey CtTpDst => Nxm1(125);

    /// <summary>An NXM class 0 field (<c>NXM_OF_*</c>).</summary>
    /// <param name="field">The field code.</param>
    public static OxmFieldKey Nxm0(byte field) => new(OxmClass.Nxm0, field);

    /// <summary>An NXM class 1 field (<c>NXM_NX_*</c>).</summary>
    /// <param name="field">The field code.</param>
    public static OxmFieldKey Nxm1(byte field) => new(OxmClass.Nxm1, field);

    /// <summary>An OpenFlow basic field.</summary>
    /// <param name="field">The field.</param>
    public static OxmFieldKey Basic(OxmField field) => new(OxmClass.OpenFlowBasic, (byte)field);

    /// <summary>The 32-bit register <c>reg0</c>-<c>reg15</c> (<c>NXM_NX_REG0</c>..., NXM class 1, fields 0-15).</summary>
    /// <param name="index">0 to 15.</param>
    public static OxmFieldKey Reg(int index) =>
        (uint)index < 16 ? Nxm1((byte)index) : throw new ArgumentOutOfRangeException(nameof(index), "Registers are reg0 to reg15.");

    /// <summary>The 64-bit register <c>xreg0</c>-<c>xreg7</c> (<c>OFPXMC_PACKET_REGS</c>, fields 0-7).</summary>
    /// <param name="index">0 to 7.</param>
    public static OxmFieldKey XReg(int index) =>
        (uint)index < 8 ? new(OxmClass.PacketRegs, (byte)index) : throw new ArgumentOutOfRangeException(nameof(index), "Packet registers are xreg0 to xreg7.");

    /// <summary>The 128-bit register <c>xxreg0</c>-<c>xxreg3</c> (<c>NXM_NX_XXREG0</c>..., NXM class 1, fields 111-114).</summary>
    /// <param name="index">0 to 3.</param>
    public static OxmFieldKey XXReg(int index) =>
        (uint)index < 4 ? Nxm1((byte)(111 + index)) : throw new ArgumentOutOfRangeException(nameof(index), "Extended registers are xxreg0 to xxreg3.");

    /// <summary>Whether this is an OpenFlow basic field.</summary>
    public bool IsOpenFlowBasic => Class == OxmClass.OpenFlowBasic;

    /// <summary>The header of a TLV of this field with the given payload length (experimenter id included in the length).</summary>
    /// <param name="hasMask">Whether a mask follows.</param>
    /// <param name="payloadLength">The <c>oxm_length</c>.</param>
    public OxmHeader Header(bool hasMask, byte payloadLength) => new((ushort)Class, Field, hasMask, payloadLength);
}
