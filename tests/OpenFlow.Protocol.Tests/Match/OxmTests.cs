using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Match;

public class OxmTests
{
    public static TheoryData<OxmField, string> Unmasked => OxmVectors.Unmasked;

    public static TheoryData<OxmField, string> Masked => OxmVectors.Masked;

    [Theory]
    [MemberData(nameof(Unmasked))]
    public void WriteOxm_BytesOverload_MatchesVector(OxmField field, string hex)
    {
        byte[] expected = Hex.Parse(hex);
        int length = OxmFieldInfo.GetValueLength(field);

        byte[] written = Write((ref OpenFlowWriter w) => w.WriteOxm(field, expected.AsSpan(4, length)));

        Assert.Equal(expected, written);
    }

    [Theory]
    [MemberData(nameof(Masked))]
    public void WriteOxm_MaskedBytesOverload_MatchesVector(OxmField field, string hex)
    {
        byte[] expected = Hex.Parse(hex);
        int length = OxmFieldInfo.GetValueLength(field);

        byte[] written = Write((ref OpenFlowWriter w) => w.WriteOxm(field, expected.AsSpan(4, length), expected.AsSpan(4 + length, length)));

        Assert.Equal(expected, written);
    }

    [Theory]
    [MemberData(nameof(Unmasked))]
    public void WriteOxm_TypedOverload_MatchesVector(OxmField field, string hex)
    {
        byte[] expected = Hex.Parse(hex);
        ReadOnlySpan<byte> value = expected.AsSpan(4);

        byte[] written = OxmFieldInfo.GetValueKind(field) switch
        {
            OxmValueKind.Mac => Write((ref OpenFlowWriter w) => w.WriteOxm(field, MacAddress.Read(expected.AsSpan(4)))),
            OxmValueKind.Ipv4 => Write((ref OpenFlowWriter w) => w.WriteOxm(field, Ipv4Address.Read(expected.AsSpan(4)))),
            OxmValueKind.Ipv6 => Write((ref OpenFlowWriter w) => w.WriteOxm(field, Ipv6Address.Read(expected.AsSpan(4)))),
            _ => Write((ref OpenFlowWriter w) => w.WriteOxm(field, Number(expected.AsSpan(4)))),
        };

        Assert.Equal(expected, written);
        Assert.Equal(expected, Write((ref OpenFlowWriter w) => w.WriteOxm(OxmSpec.FromBytes(field, expected.AsSpan(4)))));
    }

    [Theory]
    [MemberData(nameof(Masked))]
    public void WriteOxm_TypedMaskedOverload_MatchesVector(OxmField field, string hex)
    {
        byte[] expected = Hex.Parse(hex);
        int n = OxmFieldInfo.GetValueLength(field);

        byte[] written = OxmFieldInfo.GetValueKind(field) switch
        {
            OxmValueKind.Mac => Write((ref OpenFlowWriter w) => w.WriteOxm(field, MacAddress.Read(expected.AsSpan(4)), MacAddress.Read(expected.AsSpan(4 + n)))),
            OxmValueKind.Ipv4 => Write((ref OpenFlowWriter w) => w.WriteOxm(field, Ipv4Address.Read(expected.AsSpan(4)), Ipv4Address.Read(expected.AsSpan(4 + n)))),
            OxmValueKind.Ipv6 => Write((ref OpenFlowWriter w) => w.WriteOxm(field, Ipv6Address.Read(expected.AsSpan(4)), Ipv6Address.Read(expected.AsSpan(4 + n)))),
            _ => Write((ref OpenFlowWriter w) => w.WriteOxm(field, Number(expected.AsSpan(4, n)), Number(expected.AsSpan(4 + n, n)))),
        };

        Assert.Equal(expected, written);
    }

    [Theory]
    [MemberData(nameof(Unmasked))]
    public void Read_UnmaskedVector_SurfacesFieldValueAndConsumesAll(OxmField field, string hex)
    {
        byte[] tlv = Hex.Parse(hex);
        byte[] match = MatchBytes.Wrap(tlv);

        MatchView view = MatchView.Read(match, OfpType.FlowMod, 48);

        Assert.Equal(match.Length, view.PaddedLength);
        Assert.Equal(4 + tlv.Length, view.Length);
        int count = 0;
        foreach (OxmView oxm in view)
        {
            count++;
            Assert.Equal(OxmClass.OpenFlowBasic, oxm.Class);
            Assert.True(oxm.IsOpenFlowBasic);
            Assert.Equal(field, oxm.Field);
            Assert.False(oxm.HasMask);
            Assert.Equal(52, oxm.Offset);
            Assert.Equal(tlv.Length, oxm.Length);
            Assert.Equal(tlv.AsSpan(4).ToArray(), oxm.Value.ToArray());
            Assert.True(oxm.Mask.IsEmpty);
            AssertTypedValue(field, tlv.AsSpan(4), oxm);
        }

        Assert.Equal(1, count);
        Assert.True(view.TryGet(field, out OxmView found));
        Assert.Equal(tlv, found.Bytes.ToArray());
    }

    [Theory]
    [MemberData(nameof(Masked))]
    public void Read_MaskedVector_SurfacesValueAndMask(OxmField field, string hex)
    {
        byte[] tlv = Hex.Parse(hex);
        int n = OxmFieldInfo.GetValueLength(field);

        MatchView view = MatchView.Read(MatchBytes.Wrap(tlv), OfpType.FlowMod, 0);

        Assert.True(view.TryGet(field, out OxmView oxm));
        Assert.True(oxm.HasMask);
        Assert.Equal(tlv.AsSpan(4, n).ToArray(), oxm.Value.ToArray());
        Assert.Equal(tlv.AsSpan(4 + n, n).ToArray(), oxm.Mask.ToArray());
        switch (OxmFieldInfo.GetValueKind(field))
        {
            case OxmValueKind.Mac:
                Assert.Equal(MacAddress.Read(tlv.AsSpan(4 + n)), oxm.MaskAsMac());
                break;
            case OxmValueKind.Ipv4:
                Assert.Equal(Ipv4Address.Read(tlv.AsSpan(4 + n)), oxm.MaskAsIpv4());
                break;
            case OxmValueKind.Ipv6:
                Assert.Equal(Ipv6Address.Read(tlv.AsSpan(4 + n)), oxm.MaskAsIpv6());
                break;
            default:
                Assert.Equal(Number(tlv.AsSpan(4 + n, n)), oxm.MaskAsUInt64());
                break;
        }

        Assert.True(OxmSpec.TryFromView(oxm, out OxmSpec spec));
        Assert.Equal(tlv, Write((ref OpenFlowWriter w) => w.WriteOxm(spec)));
    }

    [Fact]
    public void TypedGetters_PbbIsidThreeBytes_ReadAsUInt32()
    {
        MatchView view = MatchView.Read(MatchBytes.Wrap(Hex.Parse("80004a03 abcdef")), OfpType.FlowMod, 0);

        Assert.True(view.TryGet(OxmField.PbbIsid, out OxmView oxm));
        Assert.Equal(0xabcdefu, oxm.AsUInt32());
        Assert.Equal(0xffffffu, oxm.MaskAsUInt32());
    }

    [Fact]
    public void MaskGetters_Unmasked_AreAllOnesOverTheValueWidth()
    {
        MatchView view = MatchView.Read(MatchBytes.Wrap(Hex.Parse("80000c02 1064")), OfpType.FlowMod, 0);

        Assert.True(view.TryGet(OxmField.VlanVid, out OxmView oxm));
        Assert.Equal((ushort)0x1064, oxm.AsUInt16());
        Assert.Equal((byte)0x64, oxm.AsUInt8());
        Assert.Equal((ushort)0xffff, oxm.MaskAsUInt16());
        Assert.Equal(0xffffUL, oxm.MaskAsUInt64());
    }

    [Fact]
    public void OxmFieldInfo_Table_MatchesSpecTable12()
    {
        string[] names =
        [
            "in_port", "in_phy_port", "metadata", "eth_dst", "eth_src", "eth_type", "vlan_vid", "vlan_pcp", "ip_dscp", "ip_ecn",
            "ip_proto", "ipv4_src", "ipv4_dst", "tcp_src", "tcp_dst", "udp_src", "udp_dst", "sctp_src", "sctp_dst", "icmpv4_type",
            "icmpv4_code", "arp_op", "arp_spa", "arp_tpa", "arp_sha", "arp_tha", "ipv6_src", "ipv6_dst", "ipv6_flabel", "icmpv6_type",
            "icmpv6_code", "ipv6_nd_target", "ipv6_nd_sll", "ipv6_nd_tll", "mpls_label", "mpls_tc", "mpls_bos", "pbb_isid", "tunnel_id", "ipv6_exthdr",
        ];
        int[] lengths = [4, 4, 8, 6, 6, 2, 2, 1, 1, 1, 1, 4, 4, 2, 2, 2, 2, 2, 2, 1, 1, 2, 4, 4, 6, 6, 16, 16, 4, 1, 1, 16, 6, 6, 4, 1, 1, 3, 8, 2];
        OxmField[] maskable =
        [
            OxmField.Metadata, OxmField.EthDst, OxmField.EthSrc, OxmField.VlanVid, OxmField.Ipv4Src, OxmField.Ipv4Dst, OxmField.ArpSpa,
            OxmField.ArpTpa, OxmField.ArpSha, OxmField.ArpTha, OxmField.Ipv6Src, OxmField.Ipv6Dst, OxmField.Ipv6Flabel, OxmField.PbbIsid,
            OxmField.TunnelId, OxmField.Ipv6Exthdr,
        ];

        Assert.Equal(40, OxmFieldInfo.FieldCount);
        for (int i = 0; i < names.Length; i++)
        {
            var field = (OxmField)i;
            Assert.Equal(names[i], OxmFieldInfo.GetName(field));
            Assert.Equal(lengths[i], OxmFieldInfo.GetValueLength(field));
            Assert.Equal(Array.IndexOf(maskable, field) >= 0, OxmFieldInfo.IsMaskable(field));
            Assert.True(OxmFieldInfo.TryGetField(names[i], out OxmField byName));
            Assert.Equal(field, byName);
        }

        Assert.False(OxmFieldInfo.IsDefined((OxmField)40));
        Assert.False(OxmFieldInfo.TryGetField("tun_ipv4_src", out _));
        Assert.False(OxmFieldInfo.TryGetField((string?)null, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => OxmFieldInfo.GetName((OxmField)40));
    }

    [Fact]
    public void OxmFieldInfo_Prerequisites_FollowSpecTable()
    {
        OxmPrerequisite tcp = OxmFieldInfo.GetPrerequisite(OxmField.TcpSrc);
        Assert.True(tcp.Exists);
        Assert.Equal(OxmField.IpProto, tcp.Field);
        Assert.True(tcp.IsSatisfiedBy(6));
        Assert.False(tcp.IsSatisfiedBy(17));

        OxmPrerequisite ipProto = OxmFieldInfo.GetPrerequisite(OxmField.IpProto);
        Assert.True(ipProto.IsSatisfiedBy(0x0800));
        Assert.True(ipProto.IsSatisfiedBy(0x86dd));
        Assert.False(ipProto.IsSatisfiedBy(0x0806));

        Assert.True(OxmFieldInfo.GetPrerequisite(OxmField.VlanPcp).IsSatisfiedBy(0x1005));
        Assert.False(OxmFieldInfo.GetPrerequisite(OxmField.VlanPcp).IsSatisfiedBy(0x0000));
        Assert.Equal(OxmField.Icmpv6Type, OxmFieldInfo.GetPrerequisite(OxmField.Ipv6NdTarget).Field);
        Assert.False(OxmFieldInfo.GetPrerequisite(OxmField.InPort).Exists);
        Assert.Equal(string.Empty, OxmFieldInfo.GetPrerequisite(OxmField.Metadata).Description);
    }

    [Fact]
    public void OxmHeader_Parts_RoundTrip()
    {
        var header = new OxmHeader(0x8000, 6, true, 4);

        Assert.Equal(0x80000d04u, header.Value);
        Assert.Equal(OxmClass.OpenFlowBasic, header.Class);
        Assert.Equal(6, header.FieldCode);
        Assert.True(header.HasMask);
        Assert.Equal(4, header.PayloadLength);
    }

    internal static ulong Number(ReadOnlySpan<byte> bytes)
    {
        ulong value = 0;
        foreach (byte b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    internal static byte[] Write(WriteAction write)
    {
        byte[] buffer = new byte[65536];
        buffer.AsSpan().Fill(0xff);
        var writer = new OpenFlowWriter(buffer);
        write(ref writer);
        Assert.False(writer.Overflowed);
        return writer.Written.ToArray();
    }

    internal delegate void WriteAction(ref OpenFlowWriter writer);

    private static void AssertTypedValue(OxmField field, ReadOnlySpan<byte> value, OxmView oxm)
    {
        switch (OxmFieldInfo.GetValueKind(field))
        {
            case OxmValueKind.Mac:
                Assert.Equal(MacAddress.Read(value), oxm.AsMac());
                break;
            case OxmValueKind.Ipv4:
                Assert.Equal(Ipv4Address.Read(value), oxm.AsIpv4());
                break;
            case OxmValueKind.Ipv6:
                Assert.Equal(Ipv6Address.Read(value), oxm.AsIpv6());
                break;
            default:
                ulong expected = Number(value);
                Assert.Equal(expected, oxm.AsUInt64());
                switch (value.Length)
                {
                    case 1:
                        Assert.Equal((byte)expected, oxm.AsUInt8());
                        break;
                    case 2:
                        Assert.Equal((ushort)expected, oxm.AsUInt16());
                        Assert.Equal((ushort)expected, BinaryPrimitives.ReadUInt16BigEndian(value));
                        break;
                    case 3:
                    case 4:
                        Assert.Equal((uint)expected, oxm.AsUInt32());
                        break;
                }

                break;
        }
    }
}
