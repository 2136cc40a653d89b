using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>Reading every field of every message, and writing the hot-path messages, allocates nothing.</summary>
public class MessageAllocationTests
{
    [Fact]
    public void Walk_EverySample_AllocatesNothing()
    {
        var samples = new byte[MessageSamples.All.Count][];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = MessageSamples.All[i].Bytes;
        }

        ulong sum = 0;
        for (int warm = 0; warm < 3; warm++)
        {
            for (int i = 0; i < samples.Length; i++)
            {
                sum += MessageWalker.Walk(samples[i]);
            }
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < samples.Length; i++)
        {
            sum += MessageWalker.Walk(samples[i]);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.NotEqual(0UL, sum);
    }

    [Fact]
    public void TryRead_Failure_AllocatesNothing()
    {
        byte[] bad = Hex.Parse("04 00 0010 00000000");
        _ = HelloView.TryRead(bad, out _, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool ok = HelloView.TryRead(bad, out _, out _);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.False(ok);
    }

    [Fact]
    public void Write_Phase1Messages_AllocatesNothing()
    {
        byte[] buffer = new byte[2048];
        PortSpec port = new() { PortNo = new PortNo(1), Name = "eth0" };
        WriteAll(buffer, in port);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int total = WriteAll(buffer, in port);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(total > 0);
    }

    [Fact]
    public void Write_FlowModPacketOutPacketIn_AllocatesNothing()
    {
        byte[] buffer = new byte[4096];
        byte[] packet = new byte[60];
        WriteHotPath(buffer, packet);
        WriteHotPath(buffer, packet);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int total = WriteHotPath(buffer, packet);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(total > 0);
    }

    private static int WriteHotPath(byte[] buffer, byte[] packet)
    {
        var w = new OpenFlowWriter(buffer);
        int total = 0;

        // One-call forms with lists on the stack.
        FlowModSpec spec = new FlowModSpec() with { Priority = 100, IdleTimeout = 30 };
        total += w.WriteFlowMod(
            new Xid(1),
            in spec,
            [new OxmSpec(OxmField.EthType, 0x0800), OxmSpec.Ipv4(OxmField.Ipv4Dst, new Ipv4Address(0x0a000001)), new OxmSpec(OxmField.IpProto, 6), new OxmSpec(OxmField.TcpDst, 80)],
            [ActionSpec.SetField(OxmSpec.Ipv4(OxmField.Ipv4Dst, new Ipv4Address(0x0a000002))), ActionSpec.Output(new PortNo(2))]);
        total += w.WritePacketOut(new Xid(2), BufferId.NoBuffer, PortNo.Controller, [ActionSpec.Output(new PortNo(3))], packet);
        total += w.WritePacketIn(new Xid(3), BufferId.NoBuffer, new PortNo(1), OfpPacketInReason.NoMatch, new TableId(0), new Cookie(ulong.MaxValue), packet);

        // Begin/End forms.
        FlowModFields fields = spec.ToFields();
        LengthSlot flowMod = w.BeginFlowMod(new Xid(4), in fields);
        LengthSlot match = w.BeginMatch();
        w.WriteOxm(OxmField.InPort, 1);
        w.EndMatch(match);
        LengthSlot apply = w.BeginApplyActionsInstruction();
        w.WriteOutputAction(new PortNo(2));
        w.EndActionsInstruction(apply);
        total += w.EndMessage(flowMod);
        LengthSlot packetOut = w.BeginPacketOut(new Xid(5), new BufferId(1), new PortNo(1));
        w.WriteOutputAction(PortNo.Flood);
        total += w.EndPacketOut(packetOut, default);
        return total;
    }

    private static int WriteAll(byte[] buffer, in PortSpec port)
    {
        int total = 0;
        var w = new OpenFlowWriter(buffer);
        total += w.WriteHello(new Xid(1), [4]);
        total += w.WriteEchoReply(new Xid(2), "data"u8);
        total += w.WriteError(new Xid(3), Protocol.Errors.OfpErrorType.BadRequest, 6, "request"u8);
        total += w.WriteBarrierRequest(new Xid(4));
        total += w.WriteSetConfig(new Xid(5), OfpConfigFlags.FragNormal, 0xffff);
        total += w.WritePortStatus(new Xid(6), OfpPortReason.Modify, in port);
        total += w.WriteDescReply(new Xid(7), "a", "b", "c", "d", "e");
        return total;
    }
}
