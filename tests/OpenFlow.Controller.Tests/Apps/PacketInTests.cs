using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Controller.Tests.Apps;

/// <summary>Reads the headers of each PacketIn and answers with a FLOW_MOD and a PACKET_OUT.</summary>
public sealed class ForwardingApp : OpenFlowApp
{
    public long Seen { get; private set; }
    public MacAddress LastSource { get; private set; }
    public PortNo LastInPort { get; private set; }
    public ConcurrentQueue<string> Order { get; } = new();
    public string Name { get; init; } = "forward";
    public bool Throw { get; init; }

    public override void OnPacketIn(in PacketInContext context)
    {
        Order.Enqueue(Name);
        if (Throw)
        {
            throw new InvalidOperationException("boom in " + Name);
        }

        PacketInMessage packet = context.Packet;
        if (!EthernetView.TryRead(packet.Data, out EthernetView ethernet, out _))
        {
            return;
        }

        LastSource = ethernet.Source;
        LastInPort = packet.InPort;
        Seen++;
        var state = (Xid: context.NextXid(), InPort: packet.InPort, Dst: ethernet.Destination, Buffer: packet.BufferId);
        context.Send(in state, static (ref OpenFlowWriter w, in (Xid Xid, PortNo InPort, MacAddress Dst, BufferId Buffer) s, in PacketInMessage p) =>
        {
            LengthSlot flow = w.BeginFlowEntry(s.Xid, new FlowEntrySpec { Priority = 10, IdleTimeout = 5 });
            LengthSlot match = w.BeginMatch();
            w.WriteOxm(OxmField.InPort, s.InPort.Value);
            w.WriteOxm(OxmField.EthDst, s.Dst);
            w.EndMatch(match);
            LengthSlot apply = w.BeginApplyActionsInstruction();
            w.WriteOutputAction(new PortNo(2), 0xffff);
            w.EndActionsInstruction(apply);
            w.EndMessage(flow);
            w.WritePacketOutMessage(s.Xid, s.Buffer, s.InPort, new PortNo(2), s.Buffer.IsBuffered ? default : p.Data);
        });
    }
}

public class PacketInTests
{
    [Fact]
    public async Task PacketIn_AppReadsHeadersAndAnswersWithFlowModAndPacketOut()
    {
        var app = new ForwardingApp();
        var ready = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app, ready);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(3, ready);
        byte[] frame = PacketIns.EthernetFrame(new MacAddress(0x02_00_00_00_00_bb), new MacAddress(0x02_00_00_00_00_aa));
        await fake.SendAsync(PacketIns.PacketIn(0, new PortNo(1), frame, BufferId.NoBuffer));

        byte[] flowMod = await fake.ExpectAsync(OfpType.FlowMod);
        byte[] packetOut = await fake.ExpectAsync(OfpType.PacketOut);
        Assert.Equal(new MacAddress(0x02_00_00_00_00_aa), app.LastSource);
        Assert.Equal(1u, app.LastInPort.Value);
        Assert.Equal(frame, packetOut.AsSpan(packetOut.Length - frame.Length).ToArray());
        Assert.Equal(10, flowMod[8 + 8 + 8 + 1 + 1 + 2 + 2] << 8 | flowMod[8 + 8 + 8 + 1 + 1 + 2 + 2 + 1]);
    }

    [Fact]
    public async Task PacketIn_SeveralApps_CalledInOrderAndAThrowingAppDoesNotStopOthers()
    {
        var first = new ForwardingApp { Name = "first", Throw = true };
        var second = new ForwardingApp { Name = "second" };
        var ready = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, first, second, ready);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(3, ready);
        byte[] frame = PacketIns.EthernetFrame(new MacAddress(0x02_00_00_00_00_bb), new MacAddress(0x02_00_00_00_00_aa));
        await fake.SendAsync(PacketIns.PacketIn(0, new PortNo(1), frame, BufferId.NoBuffer));
        await fake.ExpectAsync(OfpType.FlowMod);
        Assert.Equal(new[] { "first" }, first.Order.ToArray());
        Assert.Equal(new[] { "second" }, second.Order.ToArray());
        Assert.True(harness.Log.Contains("threw in OnPacketIn"), harness.Log.All);
    }

    [Fact]
    public async Task PacketIn_MalformedMatch_OfptErrorAndAppsNotCalled()
    {
        var app = new ForwardingApp();
        var ready = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app, ready);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(3, ready);
        byte[] message = PacketIns.PacketIn(9, new PortNo(1), new byte[20], BufferId.NoBuffer);
        message[27] = 200; // match.length beyond the message
        await fake.SendAsync(message);
        var error = OpenFlow.Protocol.Messages.ErrorView.Read(await fake.ExpectAsync(OfpType.Error));
        Assert.Equal(OpenFlow.Protocol.Errors.OfpErrorType.BadMatch, error.Type);
        Assert.Equal(0, app.Seen);
    }

    [Fact]
    public async Task PacketIn_Dispatch_AllocatesNothingAfterWarmUp()
    {
        var app = new ForwardingApp();
        var ready = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app, ready);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(3, ready);
        var connection = (SwitchConnection)ready.Ready[3];
        byte[] message = PacketIns.PacketIn(0, new PortNo(1), PacketIns.EthernetFrame(new MacAddress(0x02_00_00_00_00_bb), new MacAddress(0x02_00_00_00_00_aa), 128), BufferId.NoBuffer);
        _ = Task.Run(async () =>
        {
            while (await fake.TryReadMessageAsync() is not null)
            {
            }
        });

        // One PacketIn per received batch, as the read loop hands it over: dispatch to the app, which reads the
        // headers and writes a FLOW_MOD and a PACKET_OUT, then the per-batch flush (the send loop runs inline).
        // Known gap: batches of several answers that cross a pipe block boundary still allocate (~16 B per answer).
        void RunBatch()
        {
            Assert.Null(connection.DispatchOnCurrentThread(message));

            ValueTask flushed = connection.FlushBatchOnCurrentThread();
            Assert.True(flushed.IsCompletedSuccessfully);
        }

        for (int i = 0; i < 5000; i++)
        {
            RunBatch();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 500; i++)
        {
            RunBatch();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(5000 + 500, app.Seen);
    }
}
