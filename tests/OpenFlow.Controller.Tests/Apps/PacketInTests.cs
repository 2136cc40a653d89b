using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
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

        PacketInView packet = context.Packet;
        if (!EthernetView.TryRead(packet.Data, out EthernetView ethernet, out _))
        {
            return;
        }

        LastSource = ethernet.Source;
        LastInPort = packet.InPort;
        Seen++;
        var state = (Xid: context.NextXid(), InPort: packet.InPort, Dst: ethernet.Destination, Buffer: packet.BufferId);
        context.Send(in state, static (ref OpenFlowWriter w, in (Xid Xid, PortNo InPort, MacAddress Dst, BufferId Buffer) s, in PacketInView p) =>
        {
            ReadOnlySpan<OxmSpec> match = [new OxmSpec(OxmField.InPort, s.InPort.Value), OxmSpec.Mac(OxmField.EthDst, s.Dst)];
            ReadOnlySpan<ActionSpec> output = [ActionSpec.Output(new PortNo(2))];
            w.WriteFlowMod(s.Xid, new FlowModSpec { Priority = 10, IdleTimeout = 5 }, match, output);
            w.WritePacketOut(s.Xid, s.Buffer, s.InPort, output, s.Buffer.IsBuffered ? default : p.Data);
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
        PacketOutView sent = PacketOutView.Read(packetOut);
        Assert.Equal(frame, sent.Data.ToArray());
        Assert.Equal(1u, sent.InPort.Value);
        FlowModView flow = FlowModView.Read(flowMod);
        Assert.Equal(10, flow.Priority);
        Assert.Equal(5, flow.IdleTimeout);
        Assert.True(flow.Match.TryGet(OxmField.EthDst, out OxmView ethDst));
        Assert.Equal(new MacAddress(0x02_00_00_00_00_bb), ethDst.AsMac());
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

public class AsyncEventTests
{
    [Fact]
    public async Task FlowRemoved_AppReadsTheCodecView()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(4, app);
        await fake.SendAsync(static (ref OpenFlowWriter w, in int _) =>
        {
            var fields = new FlowRemovedFields { Cookie = new Cookie(77), Priority = 5, Reason = OfpFlowRemovedReason.IdleTimeout, PacketCount = 3 };
            w.WriteFlowRemoved(new Xid(0), in fields, [OxmSpec.Mac(OxmField.EthDst, new MacAddress(0x02_00_00_00_00_cc))]);
        });

        await ControllerHarness.WaitUntilAsync(() => app.Events.Count(e => e.StartsWith("removed", StringComparison.Ordinal)) == 1, "FLOW_REMOVED");
        string line = app.Events.First(e => e.StartsWith("removed", StringComparison.Ordinal));
        Assert.Equal("removed 77 IdleTimeout 3 " + new MacAddress(0x02_00_00_00_00_cc), line);
    }

    [Fact]
    public async Task FlowRemoved_Malformed_OfptErrorAndAppNotCalled()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(4, app);
        byte[] message = FakeSwitch.Encode(static (ref OpenFlowWriter w, in int _) => w.WriteFlowRemoved(new Xid(12), new FlowRemovedFields(), []));
        message[FlowRemovedView.MatchOffset + 3] = 200; // match.length beyond the message
        await fake.SendAsync(message);
        ErrorView error = ErrorView.Read(await fake.ExpectAsync(OfpType.Error));
        Assert.Equal(OpenFlow.Protocol.Errors.OfpErrorType.BadMatch, error.Type);
        Assert.DoesNotContain(app.Events, e => e.StartsWith("removed", StringComparison.Ordinal));
    }
}
