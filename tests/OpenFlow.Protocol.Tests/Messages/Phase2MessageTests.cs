using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

public class PacketInTests
{
    [Fact]
    public void WritePacketIn_InPortForm_MatchesSpecVector()
    {
        byte[] written = Build.Message((ref OpenFlowWriter w) =>
            w.WritePacketIn(new Xid(16), BufferId.NoBuffer, new PortNo(3), OfpPacketInReason.NoMatch, new TableId(0), new Cookie(ulong.MaxValue), Phase2Vectors.PacketInData));
        Build.AssertBytes(Phase2Vectors.PacketIn, written);
    }

    [Fact]
    public void WritePacketIn_MatchForm_MatchesSpecVector()
    {
        byte[] written = Build.Message((ref OpenFlowWriter w) =>
            w.WritePacketIn(new Xid(16), BufferId.NoBuffer, 14, OfpPacketInReason.NoMatch, new TableId(0), new Cookie(ulong.MaxValue), [new OxmSpec(OxmField.InPort, 3)], Phase2Vectors.PacketInData));
        Build.AssertBytes(Phase2Vectors.PacketIn, written);
    }

    [Fact]
    public void Read_PacketIn_ExposesEveryField()
    {
        PacketInView view = PacketInView.Read(Phase2Vectors.PacketIn);
        Assert.Equal(new Xid(16), view.Xid);
        Assert.Equal(BufferId.NoBuffer, view.BufferId);
        Assert.Equal(14, view.TotalLen);
        Assert.Equal(OfpPacketInReason.NoMatch, view.Reason);
        Assert.Equal(new TableId(0), view.TableId);
        Assert.Equal(new Cookie(ulong.MaxValue), view.Cookie);
        Assert.Equal(12, view.Match.Length);
        Assert.Equal(24, view.Match.Offset);
        Assert.Equal(new PortNo(3), view.InPort);
        Assert.Equal(42, view.DataOffset);
        Assert.Equal(Phase2Vectors.PacketInData, view.Data.ToArray());
    }

    [Fact]
    public void ReadThenRewrite_PacketIn_SameBytes()
    {
        byte[] original = Phase2Vectors.PacketIn;
        Build.AssertBytes(original, Build.Message((ref OpenFlowWriter w) =>
        {
            PacketInView v = PacketInView.Read(original);
            LengthSlot slot = w.BeginPacketIn(v.Xid, v.BufferId, v.TotalLen, v.Reason, v.TableId, v.Cookie);
            Copy.Match(ref w, v.Match);
            return w.EndPacketIn(slot, v.Data);
        }));
    }

    [Fact]
    public void InPort_MatchWithoutInPort_IsAny()
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) =>
            w.WritePacketIn(new Xid(1), new BufferId(7), 0, OfpPacketInReason.Action, new TableId(2), new Cookie(5), [new OxmSpec(OxmField.Metadata, 9)], []));
        PacketInView view = PacketInView.Read(message);
        Assert.False(view.TryGetInPort(out _));
        Assert.Equal(PortNo.Any, view.InPort);
        Assert.True(view.Data.IsEmpty);
    }

    [Fact]
    public void Read_MatchLengthBeyondMessage_ThrowsBadMatchLen()
    {
        byte[] message = (byte[])Phase2Vectors.PacketIn.Clone();
        message[27] = 0x40;
        Build.AssertFormatError(() => PacketInView.Read(message), "match.length", 26, OfpErrorType.BadMatch, (ushort)OfpBadMatchCode.BadLen);
    }

    [Fact]
    public void Read_NoRoomForPad_ThrowsBadLen()
    {
        byte[] message = Phase2Vectors.PacketIn.AsSpan(0, 41).ToArray();
        message[3] = 41;
        Build.AssertFormatError(() => PacketInView.Read(message), "pad", 40);
    }

    [Fact]
    public void EndPacketIn_WithoutMatch_ThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() =>
        {
            var w = new OpenFlowWriter(new byte[128]);
            LengthSlot slot = w.BeginPacketIn(new Xid(1), BufferId.NoBuffer, 0, OfpPacketInReason.NoMatch, new TableId(0), new Cookie(0));
            w.EndPacketIn(slot, []);
        });
    }
}

public class FlowRemovedTests
{
    internal static readonly FlowRemovedFields Fields = new()
    {
        Cookie = new Cookie(0xabc),
        Priority = 0x8000,
        Reason = OfpFlowRemovedReason.IdleTimeout,
        TableId = new TableId(1),
        DurationSec = 60,
        DurationNsec = 500,
        IdleTimeout = 30,
        HardTimeout = 0,
        PacketCount = 10,
        ByteCount = 1000,
    };

    [Fact]
    public void WriteFlowRemoved_MatchesSpecVector()
    {
        Build.AssertBytes(Phase2Vectors.FlowRemoved, Build.Message((ref OpenFlowWriter w) =>
            w.WriteFlowRemoved(new Xid(17), in Fields, [new OxmSpec(OxmField.EthType, 0x0800)])));
    }

    [Fact]
    public void Read_FlowRemoved_ExposesEveryField()
    {
        FlowRemovedView view = FlowRemovedView.Read(Phase2Vectors.FlowRemoved);
        Assert.Equal(Fields, view.Fields);
        Assert.Equal(new Cookie(0xabc), view.Cookie);
        Assert.Equal(OfpFlowRemovedReason.IdleTimeout, view.Reason);
        Assert.Equal(1000UL, view.ByteCount);
        Assert.True(view.Match.TryGet(OxmField.EthType, out OxmView ethType));
        Assert.Equal(0x0800, ethType.AsUInt16());
    }

    [Fact]
    public void ReadThenRewrite_FlowRemoved_SameBytes()
    {
        Build.AssertBytes(Phase2Vectors.FlowRemoved, Build.Message((ref OpenFlowWriter w) =>
        {
            FlowRemovedView v = FlowRemovedView.Read(Phase2Vectors.FlowRemoved);
            FlowRemovedFields fields = v.Fields;
            LengthSlot slot = w.BeginFlowRemoved(v.Xid, in fields);
            Copy.Match(ref w, v.Match);
            return w.EndMessage(slot);
        }));
    }

    [Fact]
    public void Read_TrailingBytesAfterMatch_ThrowsBadLen()
    {
        byte[] message = new byte[72];
        Phase2Vectors.FlowRemoved.CopyTo(message, 0);
        message[3] = 72;
        Build.AssertFormatError(() => FlowRemovedView.Read(message), "match.length", 50);
    }
}

public class PacketOutTests
{
    [Fact]
    public void WritePacketOut_OneCall_MatchesSpecVector()
    {
        Build.AssertBytes(Phase2Vectors.PacketOut, Build.Message((ref OpenFlowWriter w) =>
            w.WritePacketOut(new Xid(18), BufferId.NoBuffer, PortNo.Controller, [ActionSpec.Output(new PortNo(1))], Phase2Vectors.PacketOutData)));
    }

    [Fact]
    public void WritePacketOut_BeginEnd_BackPatchesActionsLen()
    {
        Build.AssertBytes(Phase2Vectors.PacketOut, Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginPacketOut(new Xid(18), BufferId.NoBuffer, PortNo.Controller);
            w.WriteOutputAction(new PortNo(1));
            return w.EndPacketOut(slot, Phase2Vectors.PacketOutData);
        }));
    }

    [Fact]
    public void Read_PacketOut_ExposesEveryField()
    {
        PacketOutView view = PacketOutView.Read(Phase2Vectors.PacketOut);
        Assert.Equal(new Xid(18), view.Xid);
        Assert.Equal(BufferId.NoBuffer, view.BufferId);
        Assert.Equal(PortNo.Controller, view.InPort);
        Assert.Equal(16, view.ActionsLen);
        Assert.Equal(40, view.DataOffset);
        Assert.Equal(Phase2Vectors.PacketOutData, view.Data.ToArray());
        int count = 0;
        foreach (ActionView action in view.Actions)
        {
            Assert.Equal(OfpActionType.Output, action.Type);
            Assert.Equal(new PortNo(1), action.Port);
            Assert.Equal(0xffff, action.MaxLength);
            Assert.Equal(24, action.Offset);
            count++;
        }

        Assert.Equal(1, count);
    }

    [Fact]
    public void ReadThenRewrite_PacketOut_SameBytes()
    {
        Build.AssertBytes(Phase2Vectors.PacketOut, Build.Message((ref OpenFlowWriter w) =>
        {
            PacketOutView v = PacketOutView.Read(Phase2Vectors.PacketOut);
            LengthSlot slot = w.BeginPacketOut(v.Xid, v.BufferId, v.InPort);
            w.WriteBytes(v.Actions.Bytes);
            return w.EndPacketOut(slot, v.Data);
        }));
    }

    [Fact]
    public void Read_ActionsLenBeyondMessage_ThrowsBadLen()
    {
        byte[] message = (byte[])Phase2Vectors.PacketOut.Clone();
        message[17] = 0x28;
        Build.AssertFormatError(() => PacketOutView.Read(message), "actions_len", 16);
    }

    [Fact]
    public void Enumerate_ActionLengthBad_ThrowsBadAction()
    {
        byte[] message = (byte[])Phase2Vectors.PacketOut.Clone();
        message[27] = 0x0c;
        var ex = Assert.Throws<OpenFlowFormatException>(() =>
        {
            foreach (ActionView action in PacketOutView.Read(message).Actions)
            {
                _ = action.Port;
            }
        });
        Assert.Equal(OfpErrorType.BadAction, ex.ErrorType);
        Assert.StartsWith("actions[0]", ex.Field);
    }

    [Fact]
    public void EndPacketOut_WrongSlot_ThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() =>
        {
            var w = new OpenFlowWriter(new byte[128]);
            LengthSlot slot = w.BeginMatch();
            w.EndMatch(slot);
            w.EndPacketOut(slot, []);
        });
    }
}

public class FlowModTests
{
    internal static readonly FlowModSpec Spec = new FlowModSpec() with { Cookie = new Cookie(1), IdleTimeout = 10, Flags = OfpFlowModFlags.SendFlowRem };

    internal static readonly OxmSpec[] Match = [new OxmSpec(OxmField.InPort, 1), new OxmSpec(OxmField.EthType, 0x0800)];

    internal static readonly ActionSpec[] Actions = [ActionSpec.Output(new PortNo(2))];

    [Fact]
    public void FlowModSpec_Defaults_AreTheSpecWildcards()
    {
        var spec = new FlowModSpec();
        Assert.Equal(OfpFlowModCommand.Add, spec.Command);
        Assert.Equal(FlowModSpec.DefaultPriority, spec.Priority);
        Assert.Equal(BufferId.NoBuffer, spec.BufferId);
        Assert.Equal(PortNo.Any, spec.OutPort);
        Assert.Equal(GroupId.Any, spec.OutGroup);
    }

    [Fact]
    public void WriteFlowMod_OneCall_MatchesSpecVector()
    {
        Build.AssertBytes(Phase2Vectors.FlowMod, Build.Message((ref OpenFlowWriter w) => w.WriteFlowMod(new Xid(19), in Spec, Match, Actions)));
    }

    [Fact]
    public void WriteFlowMod_BeginMatchInstructionsEnd_MatchesSpecVector()
    {
        Build.AssertBytes(Phase2Vectors.FlowMod, Build.Message((ref OpenFlowWriter w) =>
        {
            FlowModFields fields = Spec.ToFields();
            LengthSlot slot = w.BeginFlowMod(new Xid(19), in fields);
            LengthSlot match = w.BeginMatch();
            w.WriteOxm(OxmField.InPort, 1);
            w.WriteOxm(OxmField.EthType, 0x0800);
            w.EndMatch(match);
            LengthSlot apply = w.BeginApplyActionsInstruction();
            w.WriteOutputAction(new PortNo(2));
            w.EndActionsInstruction(apply);
            return w.EndMessage(slot);
        }));
    }

    [Fact]
    public void Read_FlowMod_ExposesEveryField()
    {
        FlowModView view = FlowModView.Read(Phase2Vectors.FlowMod);
        Assert.Equal(Spec.ToFields(), view.Fields);
        Assert.Equal(OfpFlowModCommand.Add, view.Command);
        Assert.Equal(OfpFlowModFlags.SendFlowRem, view.Flags);
        Assert.Equal(18, view.Match.Length);
        Assert.Equal(72, view.InstructionsOffset);
        Assert.True(view.Match.TryGet(OxmField.InPort, out OxmView inPort));
        Assert.Equal(1u, inPort.AsUInt32());
        int count = 0;
        foreach (InstructionView instruction in view.Instructions)
        {
            Assert.Equal(OfpInstructionType.ApplyActions, instruction.Type);
            Assert.Equal(72, instruction.Offset);
            foreach (ActionView action in instruction.Actions)
            {
                Assert.Equal(new PortNo(2), action.Port);
                Assert.Equal(80, action.Offset);
                count++;
            }
        }

        Assert.Equal(1, count);
    }

    [Fact]
    public void ReadThenRewrite_FlowMod_SameBytes()
    {
        Build.AssertBytes(Phase2Vectors.FlowMod, Build.Message((ref OpenFlowWriter w) =>
        {
            FlowModView v = FlowModView.Read(Phase2Vectors.FlowMod);
            FlowModFields fields = v.Fields;
            LengthSlot slot = w.BeginFlowMod(v.Xid, in fields);
            Copy.Match(ref w, v.Match);
            w.WriteBytes(v.Instructions.Bytes);
            return w.EndMessage(slot);
        }));
    }

    [Fact]
    public void WriteFlowMod_NoActions_HasNoInstructions()
    {
        FlowModSpec delete = new FlowModSpec() with { Command = OfpFlowModCommand.Delete, TableId = TableId.All };
        byte[] message = Build.Message((ref OpenFlowWriter w) => w.WriteFlowMod(new Xid(1), in delete, [], []));
        FlowModView view = FlowModView.Read(message);
        Assert.Equal(56, view.Length);
        Assert.True(view.Instructions.IsEmpty);
        Assert.Equal(OfpFlowModCommand.Delete, view.Command);
    }

    [Fact]
    public void WriteFlowMod_MissingPrerequisite_ThrowsArgument()
    {
        Assert.ThrowsAny<ArgumentException>(() =>
        {
            var w = new OpenFlowWriter(new byte[256]);
            w.WriteFlowMod(new Xid(1), in Spec, [new OxmSpec(OxmField.TcpDst, 80)], []);
        });
    }

    [Fact]
    public void Read_InstructionLengthBad_ThrowsBadInstruction()
    {
        byte[] message = (byte[])Phase2Vectors.FlowMod.Clone();
        message[75] = 0x30;
        var ex = Assert.Throws<OpenFlowFormatException>(() =>
        {
            foreach (InstructionView instruction in FlowModView.Read(message).Instructions)
            {
                _ = instruction.Type;
            }
        });
        Assert.Equal(OfpErrorType.BadInstruction, ex.ErrorType);
    }
}

/// <summary>Copies nested structures as received (the match, with its padding as zeros) when rewriting.</summary>
internal static class Copy
{
    public static void Match(ref OpenFlowWriter w, MatchView match)
    {
        w.WriteBytes(match.Bytes);
        w.WriteZeros(Padding.To8(match.Length));
    }
}
