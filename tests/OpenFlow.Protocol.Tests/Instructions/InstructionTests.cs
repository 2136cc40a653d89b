using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Actions;
using OpenFlow.Protocol.Tests.Match;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Instructions;

public class InstructionTests
{
    // The instructions of Ryu's 4-2-ofp_flow_mod.packet (offset 64 in the message): every standard action type.
    internal static readonly byte[] RyuInstructions = Hex.Parse(
        """
        0003 00b0 00000000 # OFPIT_WRITE_ACTIONS, len 176
        0019 0010 80000c02 0102 000000000000 # set_field vlan_vid 258
        000b 0008 00000000 # copy_ttl_out
        000c 0008 00000000 # copy_ttl_in
        000c 0008 00000000 # copy_ttl_in
        001b 0008 00000000 # pop_pbb
        001a 0008 1234 0000 # push_pbb 0x1234
        0014 0008 9876 0000 # pop_mpls 0x9876
        0013 0008 8847 0000 # push_mpls 0x8847
        0012 0008 00000000 # pop_vlan
        0011 0008 8100 0000 # push_vlan 0x8100
        0010 0008 00000000 # dec_mpls_ttl
        000f 0008 0a 000000 # set_mpls_ttl 10
        0018 0008 00000000 # dec_nw_ttl
        0017 0008 0a 000000 # set_nw_ttl 10
        ffff 0010 00000065 0001020304050607 # experimenter 101
        0015 0008 00000003 # set_queue 3
        0016 0008 00000063 # group 99
        0000 0010 00000006 ffff 000000000000 # output 6, max_len 65535
        0004 0028 00000000 # OFPIT_APPLY_ACTIONS, len 40
        0019 0010 80000806 010203040506 0000 # set_field eth_src
        0019 0010 ffff0007 4f4e4600 0a00 01 00 # set_field pbb_uca (ONF experimenter OXM)
        """);

    [Fact]
    public void Read_RyuFlowModInstructions_MatchesExpectedJson()
    {
        var list = new InstructionListView(RyuInstructions, OfpType.FlowMod, 64);
        Assert.True(list.TryValidate(out _));

        InstructionEnumerator e = list.GetEnumerator();
        Assert.True(e.MoveNext());
        InstructionView write = e.Current;
        Assert.Equal(OfpInstructionType.WriteActions, write.Type);
        Assert.Equal(176, write.Length);
        Assert.Equal(64, write.Offset);
        OfpActionType[] types =
        [
            OfpActionType.SetField, OfpActionType.CopyTtlOut, OfpActionType.CopyTtlIn, OfpActionType.CopyTtlIn, OfpActionType.PopPbb,
            OfpActionType.PushPbb, OfpActionType.PopMpls, OfpActionType.PushMpls, OfpActionType.PopVlan, OfpActionType.PushVlan,
            OfpActionType.DecMplsTtl, OfpActionType.SetMplsTtl, OfpActionType.DecNwTtl, OfpActionType.SetNwTtl, OfpActionType.Experimenter,
            OfpActionType.SetQueue, OfpActionType.Group, OfpActionType.Output,
        ];
        int i = 0;
        foreach (ActionView action in write.Actions)
        {
            Assert.Equal(types[i], action.Type);
            switch (action.Type)
            {
                case OfpActionType.SetField:
                    Assert.Equal((ushort)258, action.Field.AsUInt16());
                    Assert.Equal(64 + 8 + 4, action.Field.Offset);
                    break;
                case OfpActionType.PushPbb:
                    Assert.Equal((ushort)4660, action.EtherType.Value);
                    break;
                case OfpActionType.PopMpls:
                    Assert.Equal((ushort)39030, action.EtherType.Value);
                    break;
                case OfpActionType.PushMpls:
                    Assert.Equal((ushort)34887, action.EtherType.Value);
                    break;
                case OfpActionType.PushVlan:
                    Assert.Equal((ushort)33024, action.EtherType.Value);
                    break;
                case OfpActionType.SetMplsTtl:
                    Assert.Equal(10, action.MplsTtl);
                    break;
                case OfpActionType.SetNwTtl:
                    Assert.Equal(10, action.NwTtl);
                    break;
                case OfpActionType.Experimenter:
                    Assert.Equal(101u, action.ExperimenterId);
                    Assert.Equal(Convert.FromBase64String("AAECAwQFBgc="), action.ExperimenterData.ToArray());
                    break;
                case OfpActionType.SetQueue:
                    Assert.Equal(3u, action.QueueId);
                    break;
                case OfpActionType.Group:
                    Assert.Equal(99u, action.GroupId.Value);
                    break;
                case OfpActionType.Output:
                    Assert.Equal(6u, action.Port.Value);
                    Assert.Equal((ushort)65535, action.MaxLength);
                    break;
            }

            i++;
        }

        Assert.Equal(types.Length, i);
        Assert.True(e.MoveNext());
        InstructionView apply = e.Current;
        Assert.Equal(OfpInstructionType.ApplyActions, apply.Type);
        Assert.Equal(40, apply.Length);
        ActionEnumerator actions = apply.Actions.GetEnumerator();
        Assert.True(actions.MoveNext());
        Assert.Equal(MacAddress.Parse("01:02:03:04:05:06"), actions.Current.Field.AsMac());
        Assert.True(actions.MoveNext());
        Assert.Equal(OxmClass.Experimenter, actions.Current.Field.Class);
        Assert.Equal(0x4f4e4600u, actions.Current.Field.ExperimenterId);
        Assert.False(actions.MoveNext());
        Assert.False(e.MoveNext());
    }

    [Fact]
    public void Write_RyuFlowModInstructions_ReencodesIdentically()
    {
        byte[] written = OxmTests.Write((ref OpenFlowWriter w) =>
        {
            LengthSlot write = w.BeginWriteActionsInstruction();
            w.WriteSetFieldAction(OxmField.VlanVid, 258);
            w.WriteCopyTtlOutAction();
            w.WriteCopyTtlInAction();
            w.WriteCopyTtlInAction();
            w.WritePopPbbAction();
            w.WritePushPbbAction(0x1234);
            w.WritePopMplsAction(0x9876);
            w.WritePushMplsAction(0x8847);
            w.WritePopVlanAction();
            w.WritePushVlanAction(0x8100);
            w.WriteDecMplsTtlAction();
            w.WriteSetMplsTtlAction(10);
            w.WriteDecNwTtlAction();
            w.WriteSetNwTtlAction(10);
            w.WriteExperimenterAction(101, [0, 1, 2, 3, 4, 5, 6, 7]);
            w.WriteSetQueueAction(3);
            w.WriteGroupAction(99);
            w.WriteOutputAction(6);
            w.EndActionsInstruction(write);
            LengthSlot apply = w.BeginApplyActionsInstruction();
            w.WriteSetFieldAction(OxmField.EthSrc, MacAddress.Parse("01:02:03:04:05:06"));
            w.WriteExperimenterSetFieldAction(0, 0x4f4e4600, [0x0a, 0x00, 0x01]);
            w.EndActionsInstruction(apply);
        });

        Assert.Equal(RyuInstructions, written);
    }

    [Fact]
    public void ReadThenRewrite_RyuFlowModInstructions_GivesSameBytes()
    {
        byte[] written = OxmTests.Write((ref OpenFlowWriter w) => Rewrite(ref w, RyuInstructions));

        Assert.Equal(RyuInstructions, written);
    }

    [Fact]
    public void WriteFixedInstructions_EachType_MatchVectorsAndReadBack()
    {
        byte[] expected = Hex.Parse(
            """
            0001 0008 64 000000 # OFPIT_GOTO_TABLE, table 100
            0002 0018 00000000  # OFPIT_WRITE_METADATA, pad
            0000000000000001    # metadata
            00000000000000ff    # metadata_mask
            0005 0008 00000000  # OFPIT_CLEAR_ACTIONS
            0006 0008 00000007  # OFPIT_METER, meter 7
            ffff 0010 00002320  # OFPIT_EXPERIMENTER, Nicira
            01020304 00000000   # data, zero padding
            0004 0008 00000000  # OFPIT_APPLY_ACTIONS, no actions
            """);

        byte[] written = OxmTests.Write((ref OpenFlowWriter w) =>
        {
            w.WriteGotoTableInstruction(100);
            w.WriteWriteMetadataInstruction(1, 0xff);
            w.WriteClearActionsInstruction();
            w.WriteMeterInstruction(7);
            w.WriteExperimenterInstruction(0x2320, [1, 2, 3, 4]);
            w.WriteApplyActionsInstruction([]);
        });

        Assert.Equal(expected, written);
        InstructionEnumerator e = new InstructionListView(expected, OfpType.FlowMod, 0).GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Equal(new TableId(100), e.Current.TableId);
        Assert.True(e.MoveNext());
        Assert.Equal(1UL, e.Current.Metadata);
        Assert.Equal(0xffUL, e.Current.MetadataMask);
        Assert.True(e.MoveNext());
        Assert.Equal(OfpInstructionType.ClearActions, e.Current.Type);
        Assert.True(e.Current.Actions.IsEmpty);
        Assert.True(e.MoveNext());
        Assert.Equal(new MeterId(7), e.Current.MeterId);
        Assert.True(e.MoveNext());
        Assert.Equal(0x2320u, e.Current.ExperimenterId);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 0, 0, 0, 0 }, e.Current.ExperimenterData.ToArray());
        Assert.True(e.MoveNext());
        Assert.True(e.Current.Actions.IsEmpty);
        Assert.False(e.MoveNext());
        Assert.Equal(expected, OxmTests.Write((ref OpenFlowWriter w) => Rewrite(ref w, expected)));
    }

    [Fact]
    public void WriteRawInstruction_UnknownType_IsSurfacedAndReencoded()
    {
        byte[] expected = Hex.Parse("0007 0010 0102030405060708 090a0b0c # type 7 (OF1.5 stat-trigger), len 16");

        Assert.Equal(expected, OxmTests.Write((ref OpenFlowWriter w) => w.WriteRawInstruction(7, expected.AsSpan(4))));
        InstructionEnumerator e = new InstructionListView(expected, OfpType.FlowMod, 0).GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Equal((OfpInstructionType)7, e.Current.Type);
        Assert.Equal(expected.AsSpan(4).ToArray(), e.Current.Body.ToArray());
    }

    [Theory]
    [InlineData("0001 0010 64000000 00000000", "instructions[0].len")] // goto_table must be 8
    [InlineData("0002 0010 00000000 0000000000000001", "instructions[0].len")] // write_metadata must be 24
    [InlineData("0004 0004", "instructions[0].len")] // below 8
    [InlineData("0004 000c 00000000 00000000", "instructions[0].len")] // not a multiple of 8
    [InlineData("0005 0008 00000000 0004 0010 00000000", "instructions[1].len")] // beyond the list
    [InlineData("0005 0008 00000000 00", "instructions[1]")] // header cut
    public void Enumerate_BadLength_ThrowsBadInstructionBadLen(string hex, string field)
    {
        byte[] bytes = Hex.Parse(hex);

        var ex = Assert.Throws<OpenFlowFormatException>(() => Walk(bytes));

        Assert.Equal(field, ex.Field);
        Assert.Equal(OfpErrorType.BadInstruction, ex.ErrorType);
        Assert.Equal((ushort)OfpBadInstructionCode.BadLen, ex.ErrorCode);
        Assert.False(new InstructionListView(bytes, OfpType.FlowMod, 0).TryValidate(out OpenFlowFormatError error));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void TryValidate_BadActionInSecondInstruction_NamesBothIndexesAndOffset()
    {
        byte[] bytes = Hex.Parse("0001 0008 01000000 # goto_table 1\n 0004 0010 00000000 # apply_actions\n 0000 0008 00000001 # output with len 8");

        var list = new InstructionListView(bytes, OfpType.FlowMod, 56);

        Assert.False(list.TryValidate(out OpenFlowFormatError error));
        Assert.Equal("instructions[1].actions[0].len", error.Field);
        Assert.Equal(56 + 16 + 2, error.Offset);
        Assert.Equal(OfpErrorType.BadAction, error.ErrorType);
        var ex = Assert.Throws<OpenFlowFormatException>(() => Walk(bytes));
        Assert.Equal("instructions[1].actions[0].len", ex.Field);
    }

    [Fact]
    public void Walk_EveryTruncation_ThrowsOnlyFormatException()
    {
        for (int n = 1; n < RyuInstructions.Length; n++)
        {
            if (n == 176)
            {
                continue; // the end of the first instruction: a shorter, valid list
            }

            try
            {
                Walk(RyuInstructions.AsSpan(0, n).ToArray());
                Assert.Fail($"a list cut to {n} bytes ends inside an instruction");
            }
            catch (OpenFlowFormatException ex)
            {
                Assert.True(ex.ErrorType is OfpErrorType.BadInstruction or OfpErrorType.BadAction);
            }
        }
    }

    [Fact]
    public void Walk_EveryCorruptedByte_ThrowsOnlyFormatException()
    {
        for (int position = 0; position < RyuInstructions.Length; position++)
        {
            foreach (byte value in (byte[])[0x00, 0x01, 0x03, 0x07, 0x08, 0x0c, 0x10, 0x19, 0x7f, 0x80, 0xb0, 0xfe, 0xff])
            {
                byte[] corrupt = (byte[])RyuInstructions.Clone();
                corrupt[position] = value;
                try
                {
                    Walk(corrupt);
                }
                catch (OpenFlowFormatException)
                {
                }

                _ = new InstructionListView(corrupt, OfpType.FlowMod, 0).TryValidate(out _);
            }
        }
    }

    [Fact]
    public void BeginActionsInstruction_WithMatchOpen_ThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() => OxmTests.Write((ref OpenFlowWriter w) =>
        {
            w.BeginMatch();
            w.BeginApplyActionsInstruction();
        }));
    }

    internal static int Walk(byte[] bytes)
    {
        int count = 0;
        foreach (InstructionView instruction in new InstructionListView(bytes, OfpType.FlowMod, 0))
        {
            count++;
            _ = instruction.TableId.Value + instruction.Metadata + instruction.MetadataMask + instruction.MeterId.Value + instruction.ExperimenterId;
            foreach (ActionView action in instruction.Actions)
            {
                count++;
                _ = action.Port.Value + action.MaxLength + action.EtherType.Value + action.Field.AsUInt64() + action.NiciraSubtype;
            }
        }

        return count;
    }

    internal static void Rewrite(ref OpenFlowWriter w, byte[] instructions)
    {
        foreach (InstructionView instruction in new InstructionListView(instructions, OfpType.FlowMod, 0))
        {
            switch (instruction.Type)
            {
                case OfpInstructionType.GotoTable:
                    w.WriteGotoTableInstruction(instruction.TableId);
                    break;
                case OfpInstructionType.WriteMetadata:
                    w.WriteWriteMetadataInstruction(instruction.Metadata, instruction.MetadataMask);
                    break;
                case OfpInstructionType.ClearActions:
                    w.WriteClearActionsInstruction();
                    break;
                case OfpInstructionType.Meter:
                    w.WriteMeterInstruction(instruction.MeterId);
                    break;
                case OfpInstructionType.Experimenter:
                    w.WriteExperimenterInstruction(instruction.ExperimenterId, instruction.ExperimenterData);
                    break;
                case OfpInstructionType.WriteActions:
                case OfpInstructionType.ApplyActions:
                    LengthSlot slot = instruction.Type == OfpInstructionType.WriteActions ? w.BeginWriteActionsInstruction() : w.BeginApplyActionsInstruction();
                    foreach (ActionView action in instruction.Actions)
                    {
                        if (ActionSpec.TryFromView(action, out ActionSpec spec))
                        {
                            w.WriteAction(spec);
                        }
                        else if (action.Type == OfpActionType.Experimenter)
                        {
                            w.WriteExperimenterAction(action.ExperimenterId, action.ExperimenterData);
                        }
                        else if (action.Type == OfpActionType.SetField && action.Field.Class == OxmClass.Experimenter)
                        {
                            w.WriteExperimenterSetFieldAction(action.Field.FieldCode, action.Field.ExperimenterId, action.Field.Value);
                        }
                        else
                        {
                            w.WriteRawAction((ushort)action.Type, action.Body);
                        }
                    }

                    w.EndActionsInstruction(slot);
                    break;
                default:
                    w.WriteRawInstruction((ushort)instruction.Type, instruction.Body);
                    break;
            }
        }
    }
}
