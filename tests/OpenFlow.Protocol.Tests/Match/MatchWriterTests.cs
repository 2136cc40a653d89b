using System;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Match;

public class MatchWriterTests
{
    [Fact]
    public void WriteMatch_NaptFlow_MatchesVectorAndPadsWithZeros()
    {
        byte[] expected = Hex.Parse(
            """
            0001 0025          # type OXM, length 37
            8000 0004 00000001 # in_port 1
            8000 0a02 0800     # eth_type IPv4
            8000 1401 06       # ip_proto TCP
            8000 1804 0a000001 # ipv4_dst 10.0.0.1
            8000 1c02 0050     # tcp_dst 80
            000000             # padding to 40
            """);
        OxmSpec[] fields =
        [
            new(OxmField.InPort, 1),
            new(OxmField.EthType, 0x0800),
            new(OxmField.IpProto, 6),
            OxmSpec.Ipv4(OxmField.Ipv4Dst, Ipv4Address.Parse("10.0.0.1")),
            new(OxmField.TcpDst, 80),
        ];

        byte[] written = OxmTests.Write((ref OpenFlowWriter w) => w.WriteMatch(fields));

        Assert.Equal(expected, written);
    }

    [Fact]
    public void EndMatch_EmptyMatch_IsEightBytesWithZeroPadding()
    {
        byte[] written = OxmTests.Write((ref OpenFlowWriter w) => w.EndMatch(w.BeginMatch()));

        Assert.Equal(Hex.Parse("0001 0004 00000000"), written);
    }

    [Fact]
    public void WriteMatch_RealLibofprotoMatch_ReencodesIdentically()
    {
        byte[] original = Hex.Parse(
            "0001 0046 80000004 0000abcd 80000606 aabbcc998877 80000a02 0800 80000c02 13e7 80001804 c0a80201" +
            " 80004c08 000000000000c350 00013e04 c0a80203 00014004 c0a80204 0000");

        byte[] written = OxmTests.Write((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMatch(checkPrerequisites: false);
            foreach (OxmView oxm in MatchView.Read(original, OfpType.FlowMod, 0))
            {
                if (OxmSpec.TryFromView(oxm, out OxmSpec spec))
                {
                    w.WriteOxm(spec);
                }
                else
                {
                    w.WriteRawOxm((ushort)oxm.Class, oxm.FieldCode, oxm.Value);
                }
            }

            w.EndMatch(slot);
        });

        Assert.Equal(original, written);
    }

    [Fact]
    public void WriteExperimenterOxm_OnfPbbUca_MatchesRyuBytes()
    {
        byte[] written = OxmTests.Write((ref OpenFlowWriter w) => w.WriteExperimenterOxm(0, 0x4f4e4600, [0x0a, 0x00, 0x01]));

        Assert.Equal(Hex.Parse("ffff0007 4f4e4600 0a00 01"), written);
    }

    [Fact]
    public void WriteExperimenterOxm_Masked_SetsHasMaskAndCountsTheId()
    {
        byte[] written = OxmTests.Write((ref OpenFlowWriter w) => w.WriteExperimenterOxm(3, 0x00002320, [0x12], [0xf0]));

        Assert.Equal(Hex.Parse("ffff 07 06 # field 3, hasmask, 4 + 1 + 1\n 00002320 12 f0"), written);
    }

    [Fact]
    public void WriteRawOxm_MaskedNxmRegister_MatchesBytes()
    {
        byte[] written = OxmTests.Write((ref OpenFlowWriter w) => w.WriteRawOxm(0x0001, 1, [0, 0, 0, 5], [0, 0, 0xff, 0xff]));

        Assert.Equal(Hex.Parse("0001 03 08 00000005 0000ffff"), written);
    }

    [Fact]
    public void WriteOxm_TcpSrcWithoutAnyPrerequisite_ThrowsNamingFieldAndPrerequisite()
    {
        var ex = Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) =>
        {
            w.BeginMatch();
            w.WriteOxm(OxmField.TcpSrc, 80);
        }));

        Assert.Contains("tcp_src", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ip_proto=6", ex.Message, StringComparison.Ordinal);
        Assert.Contains("missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteOxm_IpProtoWithoutEthType_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) =>
        {
            w.BeginMatch();
            w.WriteOxm(OxmField.IpProto, 6);
        }));

        Assert.Contains("ip_proto", ex.Message, StringComparison.Ordinal);
        Assert.Contains("eth_type=0x0800 or eth_type=0x86dd", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteOxm_TcpSrcAfterUdpProto_ThrowsOtherValue()
    {
        var ex = Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) =>
        {
            w.BeginMatch();
            w.WriteOxm(OxmField.EthType, 0x0800);
            w.WriteOxm(OxmField.IpProto, 17);
            w.WriteOxm(OxmField.TcpSrc, 80);
        }));

        Assert.Contains("tcp_src", ex.Message, StringComparison.Ordinal);
        Assert.Contains("another value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteOxm_Ipv4SrcWithArpEthType_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) =>
        {
            w.BeginMatch();
            w.WriteOxm(OxmField.EthType, 0x0806);
            w.WriteOxm(OxmField.Ipv4Src, Ipv4Address.Parse("10.0.0.1"));
        }));

        Assert.Contains("ipv4_src", ex.Message, StringComparison.Ordinal);
        Assert.Contains("eth_type=0x0800", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteOxm_PrerequisiteAfterDependent_Throws()
    {
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) =>
        {
            w.BeginMatch();
            w.WriteOxm(OxmField.Ipv4Dst, Ipv4Address.Parse("10.0.0.1"));
            w.WriteOxm(OxmField.EthType, 0x0800);
        }));
    }

    [Theory]
    [InlineData(OxmField.Ipv6NdSll, 136, false)]
    [InlineData(OxmField.Ipv6NdSll, 135, true)]
    [InlineData(OxmField.Ipv6NdTll, 136, true)]
    [InlineData(OxmField.Ipv6NdTll, 135, false)]
    public void WriteOxm_NeighbourDiscoveryLinkLayer_NeedsItsIcmpv6Type(OxmField field, byte icmpv6Type, bool allowed)
    {
        void Act() => OxmTests.Write((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMatch();
            w.WriteOxm(OxmField.EthType, 0x86dd);
            w.WriteOxm(OxmField.IpProto, 58);
            w.WriteOxm(OxmField.Icmpv6Type, icmpv6Type);
            w.WriteOxm(field, MacAddress.Parse("00:11:22:33:44:55"));
            w.EndMatch(slot);
        });

        if (allowed)
        {
            Act();
        }
        else
        {
            Assert.Throws<ArgumentException>(Act);
        }
    }

    [Fact]
    public void WriteOxm_VlanPcp_NeedsVlanVidWithPresentBit()
    {
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) =>
        {
            w.BeginMatch();
            w.WriteOxm(OxmField.VlanVid, 0x0000);
            w.WriteOxm(OxmField.VlanPcp, 3);
        }));

        OxmTests.Write((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMatch();
            w.WriteOxm(OxmField.VlanVid, 0x1000, 0x1000);
            w.WriteOxm(OxmField.VlanPcp, 3);
            w.EndMatch(slot);
        });
    }

    [Fact]
    public void WriteOxm_InPhyPortWithoutInPort_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) =>
        {
            w.BeginMatch();
            w.WriteOxm(OxmField.InPhyPort, 1);
        }));

        Assert.Contains("in_port", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteOxm_DuplicateField_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) =>
        {
            w.BeginMatch();
            w.WriteOxm(OxmField.InPort, 1);
            w.WriteOxm(OxmField.InPort, 2);
        }));

        Assert.Contains("in_port", ex.Message, StringComparison.Ordinal);
        Assert.Contains("twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteOxm_ChecksOff_AllowsDuplicatesAndMissingPrerequisites()
    {
        byte[] written = OxmTests.Write((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMatch(checkPrerequisites: false);
            w.WriteOxm(OxmField.TcpSrc, 80);
            w.WriteOxm(OxmField.TcpSrc, 81);
            w.EndMatch(slot);
        });

        Assert.Equal(Hex.Parse("0001 0010 # length 16, no padding\n 80001a02 0050 80001a02 0051"), written);
    }

    [Theory]
    [InlineData(OxmField.VlanVid, 0x2000UL)]
    [InlineData(OxmField.IpDscp, 64UL)]
    [InlineData(OxmField.IpEcn, 4UL)]
    [InlineData(OxmField.VlanPcp, 8UL)]
    [InlineData(OxmField.MplsLabel, 0x100000UL)]
    [InlineData(OxmField.MplsBos, 2UL)]
    [InlineData(OxmField.PbbIsid, 0x1000000UL)]
    [InlineData(OxmField.Ipv6Exthdr, 0x200UL)]
    [InlineData(OxmField.Ipv6Flabel, 0x100000UL)]
    [InlineData(OxmField.EthType, 0x10000UL)]
    public void WriteOxm_ValueWiderThanField_Throws(OxmField field, ulong value)
    {
        var ex = Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.WriteOxm(field, value)));
        Assert.Contains(OxmFieldInfo.GetName(field), ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.WriteSetFieldAction(field, value)));
    }

    [Fact]
    public void WriteOxm_WideValueAsBytesOrSpec_Throws()
    {
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.WriteOxm(OxmField.VlanVid, [0x20, 0x00])));
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.WriteOxm(new OxmSpec(OxmField.IpDscp, 64))));
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.WriteOxm(OxmField.EthType, [0x08])));
    }

    [Theory]
    [InlineData(OxmField.InPort)]
    [InlineData(OxmField.EthType)]
    [InlineData(OxmField.IpProto)]
    [InlineData(OxmField.TcpSrc)]
    [InlineData(OxmField.MplsLabel)]
    public void WriteOxm_MaskOnNonMaskableField_Throws(OxmField field)
    {
        var ex = Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.WriteOxm(field, 1, 1)));
        Assert.Contains("cannot be masked", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteOxm_WrongValueKindOrUnknownField_Throws()
    {
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.WriteOxm(OxmField.InPort, Ipv4Address.Parse("1.2.3.4"))));
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.WriteOxm(OxmField.Ipv4Src, MacAddress.Broadcast)));
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.WriteOxm(OxmField.Ipv6Src, 1UL)));
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.WriteOxm((OxmField)40, 1UL)));
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.WriteRawOxm(1, 128, [1])));
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.WriteRawOxm(1, 1, new byte[256])));
    }

    [Fact]
    public void BeginEndMatch_Misuse_ThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() => OxmTests.Write((ref OpenFlowWriter w) =>
        {
            w.BeginMatch();
            w.BeginMatch();
        }));
        Assert.Throws<InvalidOperationException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.EndMatch(default)));
        Assert.Throws<InvalidOperationException>(() => OxmTests.Write((ref OpenFlowWriter w) =>
        {
            w.BeginMatch();
            w.WriteOutputAction(1);
        }));
    }

    [Fact]
    public void WriteMatch_SmallBuffer_CountsWithoutThrowing()
    {
        var writer = new OpenFlowWriter(new byte[5]);
        writer.WriteMatch([new OxmSpec(OxmField.InPort, 1)]);

        Assert.True(writer.Overflowed);
        Assert.Equal(16, writer.BytesWritten);
    }
}
