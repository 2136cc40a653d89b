using System;
using System.Collections.Generic;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using FsCheck.Xunit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>Random field values for the messages with a match, actions or instructions: write, read the same values, rewrite the same bytes.</summary>
public class Phase2RoundTripProperties
{
    [Property]
    public void PacketIn_RandomFields_RoundTrip(uint xid, uint bufferId, byte reason, byte table, ulong cookie, uint inPort, ulong metadata, byte[] data)
    {
        OxmSpec[] match = [new OxmSpec(OxmField.InPort, inPort), new OxmSpec(OxmField.Metadata, metadata)];
        ushort totalLen = (ushort)(data.Length + 3);
        byte[] message = Build.Message((ref OpenFlowWriter w) =>
            w.WritePacketIn(new Xid(xid), new BufferId(bufferId), totalLen, (OfpPacketInReason)reason, new TableId(table), new Cookie(cookie), match, data));

        PacketInView v = PacketInView.Read(message);
        Assert.Equal(new Xid(xid), v.Xid);
        Assert.Equal(new BufferId(bufferId), v.BufferId);
        Assert.Equal(totalLen, v.TotalLen);
        Assert.Equal((OfpPacketInReason)reason, v.Reason);
        Assert.Equal(new TableId(table), v.TableId);
        Assert.Equal(new Cookie(cookie), v.Cookie);
        Assert.Equal(new PortNo(inPort), v.InPort);
        Assert.True(v.Match.TryGet(OxmField.Metadata, out OxmView m));
        Assert.Equal(metadata, m.AsUInt64());
        Assert.Equal(data, v.Data.ToArray());

        Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
        {
            PacketInView r = PacketInView.Read(message);
            LengthSlot slot = w.BeginPacketIn(r.Xid, r.BufferId, r.TotalLen, r.Reason, r.TableId, r.Cookie);
            Copy.Match(ref w, r.Match);
            return w.EndPacketIn(slot, r.Data);
        }));
    }

    [Property]
    public void FlowRemoved_RandomFields_RoundTrip(uint xid, ulong cookie, ushort priority, byte reason, byte table, uint sec, uint nsec, ushort idle, ushort hard, ulong packets, ulong bytes, ushort ethType)
    {
        var fields = new FlowRemovedFields
        {
            Cookie = new Cookie(cookie),
            Priority = priority,
            Reason = (OfpFlowRemovedReason)reason,
            TableId = new TableId(table),
            DurationSec = sec,
            DurationNsec = nsec,
            IdleTimeout = idle,
            HardTimeout = hard,
            PacketCount = packets,
            ByteCount = bytes,
        };
        OxmSpec[] match = [new OxmSpec(OxmField.EthType, ethType)];
        byte[] message = Build.Message((ref OpenFlowWriter w) => w.WriteFlowRemoved(new Xid(xid), in fields, match));

        FlowRemovedView v = FlowRemovedView.Read(message);
        Assert.Equal(fields, v.Fields);
        Assert.True(v.Match.TryGet(OxmField.EthType, out OxmView e));
        Assert.Equal(ethType, e.AsUInt16());

        Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
        {
            FlowRemovedView r = FlowRemovedView.Read(message);
            FlowRemovedFields f = r.Fields;
            LengthSlot slot = w.BeginFlowRemoved(r.Xid, in f);
            Copy.Match(ref w, r.Match);
            return w.EndMessage(slot);
        }));
    }

    [Property]
    public void PacketOut_RandomFields_RoundTrip(uint xid, uint bufferId, uint inPort, uint[] ports, ushort maxLen, byte[] data)
    {
        var actions = new ActionSpec[Math.Min(ports.Length, 10)];
        for (int i = 0; i < actions.Length; i++)
        {
            actions[i] = ActionSpec.Output(new PortNo(ports[i]), maxLen);
        }

        byte[] message = Build.Message((ref OpenFlowWriter w) => w.WritePacketOut(new Xid(xid), new BufferId(bufferId), new PortNo(inPort), actions, data));

        PacketOutView v = PacketOutView.Read(message);
        Assert.Equal(new BufferId(bufferId), v.BufferId);
        Assert.Equal(new PortNo(inPort), v.InPort);
        Assert.Equal(16 * actions.Length, v.ActionsLen);
        var read = new List<uint>();
        foreach (ActionView action in v.Actions)
        {
            Assert.Equal(maxLen, action.MaxLength);
            read.Add(action.Port.Value);
        }

        Assert.Equal(ports.AsSpan(0, actions.Length).ToArray(), read);
        Assert.Equal(data, v.Data.ToArray());

        Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
        {
            PacketOutView r = PacketOutView.Read(message);
            LengthSlot slot = w.BeginPacketOut(r.Xid, r.BufferId, r.InPort);
            w.WriteBytes(r.Actions.Bytes);
            return w.EndPacketOut(slot, r.Data);
        }));
    }

    [Property]
    public void FlowMod_RandomFields_RoundTrip(uint xid, ulong cookie, ulong cookieMask, byte table, byte command, ushort idle, ushort hard, ushort priority, uint bufferId, uint outPort, uint outGroup, ushort flags, uint inPort, uint[] outputs)
    {
        var fields = new FlowModFields
        {
            Cookie = new Cookie(cookie),
            CookieMask = new Cookie(cookieMask),
            TableId = new TableId(table),
            Command = (OfpFlowModCommand)command,
            IdleTimeout = idle,
            HardTimeout = hard,
            Priority = priority,
            BufferId = new BufferId(bufferId),
            OutPort = new PortNo(outPort),
            OutGroup = new GroupId(outGroup),
            Flags = (OfpFlowModFlags)flags,
        };
        var actions = new ActionSpec[Math.Min(outputs.Length, 8)];
        for (int i = 0; i < actions.Length; i++)
        {
            actions[i] = ActionSpec.Output(new PortNo(outputs[i]));
        }

        byte[] message = Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginFlowMod(new Xid(xid), in fields);
            LengthSlot match = w.BeginMatch();
            w.WriteOxm(OxmField.InPort, inPort);
            w.EndMatch(match);
            w.WriteApplyActionsInstruction(actions);
            w.WriteGotoTableInstruction(new TableId(1));
            return w.EndMessage(slot);
        });

        FlowModView v = FlowModView.Read(message);
        Assert.Equal(fields, v.Fields);
        Assert.True(v.Match.TryGet(OxmField.InPort, out OxmView port));
        Assert.Equal(inPort, port.AsUInt32());
        var read = new List<uint>();
        int instructions = 0;
        foreach (InstructionView instruction in v.Instructions)
        {
            instructions++;
            if (instruction.Type == OfpInstructionType.ApplyActions)
            {
                foreach (ActionView action in instruction.Actions)
                {
                    read.Add(action.Port.Value);
                }
            }
            else
            {
                Assert.Equal(new TableId(1), instruction.TableId);
            }
        }

        Assert.Equal(2, instructions);
        Assert.Equal(outputs.AsSpan(0, actions.Length).ToArray(), read);

        Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
        {
            FlowModView r = FlowModView.Read(message);
            FlowModFields f = r.Fields;
            LengthSlot slot = w.BeginFlowMod(r.Xid, in f);
            Copy.Match(ref w, r.Match);
            w.WriteBytes(r.Instructions.Bytes);
            return w.EndMessage(slot);
        }));
    }

    [Property]
    public void FlowModSpec_OneCall_EqualsBeginEndForm(ulong cookie, ushort priority, byte table, ushort ethType, uint port)
    {
        FlowModSpec spec = new FlowModSpec() with { Cookie = new Cookie(cookie), Priority = priority, TableId = new TableId(table) };
        OxmSpec[] match = [new OxmSpec(OxmField.EthType, ethType)];
        ActionSpec[] actions = [ActionSpec.Output(new PortNo(port))];
        byte[] oneCall = Build.Message((ref OpenFlowWriter w) => w.WriteFlowMod(new Xid(1), in spec, match, actions));
        byte[] beginEnd = Build.Message((ref OpenFlowWriter w) =>
        {
            FlowModFields fields = spec.ToFields();
            LengthSlot slot = w.BeginFlowMod(new Xid(1), in fields);
            w.WriteMatch(match);
            w.WriteApplyActionsInstruction(actions);
            return w.EndMessage(slot);
        });
        Build.AssertBytes(beginEnd, oneCall);
    }
}
