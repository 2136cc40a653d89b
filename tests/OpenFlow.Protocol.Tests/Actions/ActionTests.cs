using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Match;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Actions;

public class ActionTests
{
    [Fact]
    public void WriteOutputAction_ToController_MatchesVectorAndReadsBack()
    {
        byte[] expected = Hex.Parse(
            """
            0000 0010 # OFPAT_OUTPUT, len 16
            fffffffd  # port CONTROLLER
            0080      # max_len 128
            000000000000 # pad
            """);

        byte[] written = OxmTests.Write((ref OpenFlowWriter w) => w.WriteOutputAction(PortNo.Controller, 128));

        Assert.Equal(expected, written);
        ActionView action = Single(expected);
        Assert.Equal(OfpActionType.Output, action.Type);
        Assert.Equal(16, action.Length);
        Assert.Equal(PortNo.Controller, action.Port);
        Assert.Equal((ushort)128, action.MaxLength);
        Assert.Equal(ActionSpec.Output(PortNo.Controller, 128), ToSpec(action));
    }

    public static TheoryData<string, string> FixedVectors => new()
    {
        { "CopyTtlOut", "000b 0008 00000000 # OFPAT_COPY_TTL_OUT" },
        { "CopyTtlIn", "000c 0008 00000000 # OFPAT_COPY_TTL_IN" },
        { "SetMplsTtl", "000f 0008 0a 000000 # OFPAT_SET_MPLS_TTL, ttl 10, pad 3" },
        { "DecMplsTtl", "0010 0008 00000000 # OFPAT_DEC_MPLS_TTL" },
        { "PushVlan", "0011 0008 8100 0000 # OFPAT_PUSH_VLAN, 802.1Q, pad 2" },
        { "PopVlan", "0012 0008 00000000 # OFPAT_POP_VLAN" },
        { "PushMpls", "0013 0008 8847 0000 # OFPAT_PUSH_MPLS" },
        { "PopMpls", "0014 0008 0800 0000 # OFPAT_POP_MPLS, payload IPv4" },
        { "SetQueue", "0015 0008 00000003 # OFPAT_SET_QUEUE, queue 3" },
        { "Group", "0016 0008 00000063 # OFPAT_GROUP, group 99" },
        { "SetNwTtl", "0017 0008 40 000000 # OFPAT_SET_NW_TTL, ttl 64" },
        { "DecNwTtl", "0018 0008 00000000 # OFPAT_DEC_NW_TTL" },
        { "PushPbb", "001a 0008 88e7 0000 # OFPAT_PUSH_PBB" },
        { "PopPbb", "001b 0008 00000000 # OFPAT_POP_PBB" },
    };

    [Theory]
    [MemberData(nameof(FixedVectors))]
    public void WriteFixedAction_EachType_MatchesVectorAndReadsBack(string name, string hex)
    {
        byte[] expected = Hex.Parse(hex);
        ActionSpec spec = name switch
        {
            "CopyTtlOut" => ActionSpec.CopyTtlOut(),
            "CopyTtlIn" => ActionSpec.CopyTtlIn(),
            "SetMplsTtl" => ActionSpec.SetMplsTtl(10),
            "DecMplsTtl" => ActionSpec.DecMplsTtl(),
            "PushVlan" => ActionSpec.PushVlan(EtherType.Vlan),
            "PopVlan" => ActionSpec.PopVlan(),
            "PushMpls" => ActionSpec.PushMpls(EtherType.Mpls),
            "PopMpls" => ActionSpec.PopMpls(EtherType.Ipv4),
            "SetQueue" => ActionSpec.SetQueue(3),
            "Group" => ActionSpec.Group(99),
            "SetNwTtl" => ActionSpec.SetNwTtl(64),
            "DecNwTtl" => ActionSpec.DecNwTtl(),
            "PushPbb" => ActionSpec.PushPbb(EtherType.Pbb),
            "PopPbb" => ActionSpec.PopPbb(),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };

        byte[] viaMethod = OxmTests.Write((ref OpenFlowWriter w) =>
        {
            switch (name)
            {
                case "CopyTtlOut": w.WriteCopyTtlOutAction(); break;
                case "CopyTtlIn": w.WriteCopyTtlInAction(); break;
                case "SetMplsTtl": w.WriteSetMplsTtlAction(10); break;
                case "DecMplsTtl": w.WriteDecMplsTtlAction(); break;
                case "PushVlan": w.WritePushVlanAction(EtherType.Vlan); break;
                case "PopVlan": w.WritePopVlanAction(); break;
                case "PushMpls": w.WritePushMplsAction(EtherType.Mpls); break;
                case "PopMpls": w.WritePopMplsAction(EtherType.Ipv4); break;
                case "SetQueue": w.WriteSetQueueAction(3); break;
                case "Group": w.WriteGroupAction(99); break;
                case "SetNwTtl": w.WriteSetNwTtlAction(64); break;
                case "DecNwTtl": w.WriteDecNwTtlAction(); break;
                case "PushPbb": w.WritePushPbbAction(EtherType.Pbb); break;
                case "PopPbb": w.WritePopPbbAction(); break;
            }
        });

        Assert.Equal(expected, viaMethod);
        Assert.Equal(expected, OxmTests.Write((ref OpenFlowWriter w) => w.WriteAction(spec)));
        ActionView action = Single(expected);
        Assert.Equal(spec.Type, action.Type);
        Assert.Equal(8, action.Length);
        Assert.Equal(spec, ToSpec(action));
        Assert.Equal(spec.MplsTtl, action.MplsTtl);
        Assert.Equal(spec.NwTtl, action.NwTtl);
        Assert.Equal(spec.QueueId, action.QueueId);
        Assert.Equal(spec.GroupId, action.GroupId);
        Assert.Equal(expected.AsSpan(4).ToArray(), action.Body.ToArray());
    }

    [Fact]
    public void WriteSetFieldAction_VlanVid_MatchesRyuBytesWithZeroPadding()
    {
        byte[] expected = Hex.Parse(
            """
            0019 0010     # OFPAT_SET_FIELD, len 16
            8000 0c02 0102 # vlan_vid 258
            000000000000  # pad to 8
            """);

        byte[] written = OxmTests.Write((ref OpenFlowWriter w) => w.WriteSetFieldAction(OxmField.VlanVid, 258));

        Assert.Equal(expected, written);
        ActionView action = Single(expected);
        OxmView field = action.Field;
        Assert.Equal(OxmField.VlanVid, field.Field);
        Assert.Equal((ushort)258, field.AsUInt16());
        Assert.Equal(4, field.Offset);
        Assert.Equal(ActionSpec.SetField(OxmField.VlanVid, 258), ToSpec(action));
    }

    [Fact]
    public void WriteSetFieldAction_EachValueFamily_MatchesVectors()
    {
        Assert.Equal(
            Hex.Parse("0019 0010 80000806 010203040506 0000 # eth_src"),
            OxmTests.Write((ref OpenFlowWriter w) => w.WriteSetFieldAction(OxmField.EthSrc, MacAddress.Parse("01:02:03:04:05:06"))));
        Assert.Equal(
            Hex.Parse("0019 0010 80001804 c0a80209 00000000 # ipv4_dst 192.168.2.9"),
            OxmTests.Write((ref OpenFlowWriter w) => w.WriteSetFieldAction(OxmField.Ipv4Dst, Ipv4Address.Parse("192.168.2.9"))));
        Assert.Equal(
            Hex.Parse("0019 0018 80003410 20010db8000000000000000000000001 # ipv6_src, 4+4+16 = 24, no padding"),
            OxmTests.Write((ref OpenFlowWriter w) => w.WriteSetFieldAction(OxmField.Ipv6Src, Ipv6Address.Parse("2001:db8::1"))));
        Assert.Equal(
            Hex.Parse("0019 0010 80001c02 01bb 000000000000 # tcp_dst 443"),
            OxmTests.Write((ref OpenFlowWriter w) => w.WriteSetFieldAction(OxmField.TcpDst, [0x01, 0xbb])));
        Assert.Equal(
            Hex.Parse("0019 0010 80004c08 0000000000000001 # tunnel_id 1, no padding needed"),
            OxmTests.Write((ref OpenFlowWriter w) => w.WriteAction(ActionSpec.SetField(new OxmSpec(OxmField.TunnelId, 1)))));
    }

    [Fact]
    public void WriteSetFieldAction_OutsideMatch_SkipsPrerequisitesButChecksWidthAndMask()
    {
        OxmTests.Write((ref OpenFlowWriter w) => w.WriteSetFieldAction(OxmField.TcpDst, 80));
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.WriteSetFieldAction(OxmField.IpDscp, 64)));
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) => w.WriteSetFieldAction(OxmField.TcpDst, 80, 0xff)));
    }

    [Fact]
    public void WriteExperimenterSetFieldAction_OnfPbbUca_MatchesRyuBytes()
    {
        byte[] expected = Hex.Parse("0019 0010 ffff0007 4f4e4600 0a00 01 00 # set_field pbb_uca=1, pad 1");

        byte[] written = OxmTests.Write((ref OpenFlowWriter w) => w.WriteExperimenterSetFieldAction(0, 0x4f4e4600, [0x0a, 0x00, 0x01]));

        Assert.Equal(expected, written);
        ActionView action = Single(expected);
        Assert.Equal(OxmClass.Experimenter, action.Field.Class);
        Assert.Equal(0x4f4e4600u, action.Field.ExperimenterId);
        Assert.False(ActionSpec.TryFromView(action, out _));
        Assert.Equal(
            Hex.Parse("0019 0010 00010604 00000001 00000000 # NXM_1 reg3 = 1"),
            OxmTests.Write((ref OpenFlowWriter w) => w.WriteRawSetFieldAction(0x0001, 3, [0, 0, 0, 1])));
    }

    [Fact]
    public void WriteExperimenterAction_RyuVector_MatchesAndReadsBack()
    {
        byte[] expected = Hex.Parse("ffff 0010 # OFPAT_EXPERIMENTER, len 16\n 00000065 # experimenter 101\n 0001020304050607 # data");

        byte[] written = OxmTests.Write((ref OpenFlowWriter w) => w.WriteExperimenterAction(101, [0, 1, 2, 3, 4, 5, 6, 7]));

        Assert.Equal(expected, written);
        ActionView action = Single(expected);
        Assert.Equal(OfpActionType.Experimenter, action.Type);
        Assert.Equal(101u, action.ExperimenterId);
        Assert.False(action.IsNicira);
        Assert.Equal(expected.AsSpan(8).ToArray(), action.ExperimenterData.ToArray());
        uint experimenter = action.ExperimenterId;
        Assert.Equal(expected, OxmTests.Write((ref OpenFlowWriter w) => w.WriteExperimenterAction(experimenter, expected.AsSpan(8))));
    }

    [Fact]
    public void WriteExperimenterAction_NiciraResubmit_PadsToEightAndExposesSubtype()
    {
        byte[] expected = Hex.Parse(
            """
            ffff 0010 # OFPAT_EXPERIMENTER, len 16
            00002320  # NX_VENDOR_ID
            0001      # NXAST_RESUBMIT
            0005      # in_port 5
            00000000  # pad
            """);

        byte[] written = OxmTests.Write((ref OpenFlowWriter w) => w.WriteExperimenterAction(ActionView.NiciraExperimenterId, [0, 1, 0, 5]));

        Assert.Equal(expected, written);
        ActionView action = Single(expected);
        Assert.True(action.IsNicira);
        Assert.Equal((ushort)1, action.NiciraSubtype);
    }

    [Fact]
    public void WriteRawAction_UnknownType_ReencodesBodyAndReadSurfacesIt()
    {
        byte[] expected = Hex.Parse("0042 0010 # unknown type 66, len 16\n 0102030405060708 090a0b0c");

        byte[] written = OxmTests.Write((ref OpenFlowWriter w) => w.WriteRawAction(0x42, expected.AsSpan(4)));

        Assert.Equal(expected, written);
        ActionView action = Single(expected);
        Assert.Equal((OfpActionType)0x42, action.Type);
        Assert.Equal(expected.AsSpan(4).ToArray(), action.Body.ToArray());
        Assert.Equal(default, action.Port);
        Assert.Equal(0u, action.ExperimenterId);
        Assert.False(ActionSpec.TryFromView(action, out _));
    }

    [Theory]
    [InlineData("0000 0008 00000001", "actions[0].len")] // output must be 16
    [InlineData("0011 0010 8100 0000 0000000000000000", "actions[0].len")] // push_vlan must be 8
    [InlineData("0012 0004 0000 0000", "actions[0].len")] // below 8
    [InlineData("0012 000c 0000000000000000 00000000", "actions[0].len")] // not a multiple of 8
    [InlineData("0012 0008 00000000 0012 0010 00000000", "actions[1].len")] // beyond the list
    [InlineData("0012 0008 00000000 0012", "actions[1]")] // header cut
    [InlineData("0019 0008 80000c02", "actions[0].len")] // set_field shorter than its OXM
    public void Enumerate_BadLength_ThrowsBadActionBadLen(string hex, string field)
    {
        byte[] bytes = Hex.Parse(hex);

        var ex = Assert.Throws<OpenFlowFormatException>(() => Walk(bytes, OfpType.PacketOut, 24));

        Assert.Equal(field, ex.Field);
        Assert.Equal(OfpErrorType.BadAction, ex.ErrorType);
        Assert.Equal((ushort)OfpBadActionCode.BadLen, ex.ErrorCode);
        Assert.Equal(OfpType.PacketOut, ex.MessageType);
        Assert.False(new ActionListView(bytes, OfpType.PacketOut, 24).TryValidate(out OpenFlowFormatError error));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Enumerate_SecondActionTooLong_ReportsAbsoluteOffsetOfItsLen()
    {
        byte[] bytes = Hex.Parse("0012 0008 00000000 # pop_vlan\n 0000 0020 00000001 ffff000000000000 # output claiming 32 bytes");

        var ex = Assert.Throws<OpenFlowFormatException>(() => Walk(bytes, OfpType.FlowMod, 80));

        Assert.Equal("actions[1].len", ex.Field);
        Assert.Equal(80 + 8 + 2, ex.Offset);
    }

    [Fact]
    public void Enumerate_SetFieldOxmLengthWrongForField_ThrowsBadSetLen()
    {
        byte[] bytes = Hex.Parse("0019 0010 80000c03 010200 000000000000 # vlan_vid with 3 bytes");

        var ex = Assert.Throws<OpenFlowFormatException>(() => Walk(bytes, OfpType.FlowMod, 0));

        Assert.Equal("actions[0].field.length", ex.Field);
        Assert.Equal((ushort)OfpBadActionCode.BadSetLen, ex.ErrorCode);
        Assert.Equal(7, ex.Offset);
    }

    [Fact]
    public void Enumerate_NestedInBucket_NamesTheParent()
    {
        byte[] bytes = Hex.Parse("0012 0009 00000000");

        var list = new ActionListView(bytes, OfpType.GroupMod, 40, "buckets", 2);

        Assert.False(list.TryValidate(out OpenFlowFormatError error));
        Assert.Equal("buckets[2].actions[0].len", error.Field);
    }

    [Fact]
    public void WriteActions_Specs_MatchMethodByMethodOutput()
    {
        ActionSpec[] specs =
        [
            ActionSpec.PopVlan(),
            ActionSpec.SetField(OxmField.Ipv4Dst, Ipv4Address.Parse("192.168.2.9")),
            ActionSpec.SetField(OxmField.EthDst, MacAddress.Parse("00:00:00:00:00:01")),
            ActionSpec.SetField(OxmField.Ipv6Dst, Ipv6Address.Parse("::1")),
            ActionSpec.Output(2),
        ];

        byte[] viaSpecs = OxmTests.Write((ref OpenFlowWriter w) => w.WriteActions(specs));
        byte[] viaMethods = OxmTests.Write((ref OpenFlowWriter w) =>
        {
            w.WritePopVlanAction();
            w.WriteSetFieldAction(OxmField.Ipv4Dst, Ipv4Address.Parse("192.168.2.9"));
            w.WriteSetFieldAction(OxmField.EthDst, MacAddress.Parse("00:00:00:00:00:01"));
            w.WriteSetFieldAction(OxmField.Ipv6Dst, Ipv6Address.Parse("::1"));
            w.WriteOutputAction(2);
        });

        Assert.Equal(viaMethods, viaSpecs);
        int i = 0;
        foreach (ActionView action in new ActionListView(viaSpecs, OfpType.FlowMod, 0))
        {
            Assert.Equal(specs[i++], ToSpec(action));
        }

        Assert.Equal(specs.Length, i);
    }

    [Fact]
    public void WriteAction_SetFieldSpecWithUnknownField_Throws()
    {
        Assert.Throws<ArgumentException>(() => OxmTests.Write((ref OpenFlowWriter w) =>
            w.WriteAction(ActionSpec.SetField(new OxmSpec((OxmField)45, 1)))));
    }

    internal static ActionView Single(byte[] bytes)
    {
        ActionEnumerator e = new ActionListView(bytes, OfpType.FlowMod, 0).GetEnumerator();
        Assert.True(e.MoveNext());
        ActionView action = e.Current;
        Assert.Equal(bytes.Length, action.Length);
        Assert.False(e.MoveNext());
        return action;
    }

    internal static ActionSpec ToSpec(ActionView action)
    {
        Assert.True(ActionSpec.TryFromView(action, out ActionSpec spec));
        return spec;
    }

    internal static int Walk(byte[] bytes, OfpType type, int offset)
    {
        int count = 0;
        foreach (ActionView action in new ActionListView(bytes, type, offset))
        {
            count++;
            _ = action.Port.Value + action.MaxLength + action.QueueId + action.GroupId.Value + action.MplsTtl + action.NwTtl + action.EtherType.Value;
            _ = action.ExperimenterId + action.NiciraSubtype + action.ExperimenterData.Length;
            OxmView field = action.Field;
            _ = field.AsUInt64() + field.MaskAsUInt64() + (ulong)field.Value.Length;
        }

        return count;
    }
}
