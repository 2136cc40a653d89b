using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging.Abstractions;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Switch;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.Samples.NaptBalance;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Balancers.Tests.Unit;

/// <summary>NaptProactiveEngine (proactive and conntrack modes) against the in-process fake switch.</summary>
public class NaptBalanceModeEngineTests
{
    private static readonly Ipv4Address Vip = Ipv4Address.Parse("10.10.10.1");

    private static async Task<(NaptProactiveEngine Engine, FlowTableSwitch Switch)> ServingAsync(string mode, FlowTableSwitch? sw = null, NaptBalanceOptions? options = null)
    {
        NaptProactiveEngine engine = NaptBalanceModePipelineTests.Engine(mode, options);
        sw ??= new FlowTableSwitch();
        await engine.PrepareSwitchAsync(sw);
        Assert.True(engine.IsServing);
        Assert.Empty(sw.Errors);
        sw.Sent.Clear();
        return (engine, sw);
    }

    /// <summary>The buckets of the switch's one group, described.</summary>
    private static List<string> BucketTexts(FlowTableSwitch sw)
    {
        KeyValuePair<uint, FlowTableSwitch.Group> group = Assert.Single(sw.Groups);
        return FlowDescribe.Buckets(group.Key, group.Value);
    }

    [Theory]
    [InlineData("conntrack", 22)]
    [InlineData("proactive", 12)]
    public async Task PrepareSwitch_EmptySwitch_AddsTheWholePipelineAndTheGroup(string mode, int flows)
    {
        (NaptProactiveEngine engine, FlowTableSwitch sw) = await ServingAsync(mode);

        ReconcileResult result = engine.LastReconcile!.Value;
        Assert.Equal(flows, result.FlowsAdded);
        Assert.Equal(1, result.GroupsAdded);
        Assert.Equal(flows, sw.Flows.Count);
        Assert.Equal(2, BucketTexts(sw).Count);
    }

    [Theory]
    [InlineData("conntrack")]
    [InlineData("proactive")]
    public async Task PrepareSwitch_Again_NothingAddedModifiedOrDeleted(string mode)
    {
        // A switch that reports matches as Open vSwitch does: fields reordered, masks normalised.
        (_, FlowTableSwitch sw) = await ServingAsync(mode, new FlowTableSwitch { ReorderMatchFields = true, NormalizeMasks = true });

        // A restarted controller: a new engine finds the switch as it wants it.
        (NaptProactiveEngine again, _) = await ServingAsync(mode, sw);

        Assert.True(again.LastReconcile!.Value.Unchanged, again.LastReconcile.ToString());
        Assert.Empty(sw.SentOf(OfpType.FlowMod));
        Assert.Empty(sw.SentOf(OfpType.GroupMod));
    }

    [Fact]
    public async Task PrepareSwitch_FromReactiveToConntrackAndBack_NothingOfTheOtherModeLeft()
    {
        var sw = new FlowTableSwitch();
        await NaptEngineTests.Engine(NaptEngineTests.Options()).PrepareSwitchAsync(sw);
        List<string> reactive = Describe(sw);

        (NaptProactiveEngine conntrack, _) = await ServingAsync("conntrack", sw);

        // The base flows take the conntrack cookie in place, the TCP punt becomes the zone-1 entry (same match).
        ReconcileResult toConntrack = conntrack.LastReconcile!.Value;
        Assert.Equal((14, 8, 0, 1), (toConntrack.FlowsAdded, toConntrack.FlowsModified, toConntrack.FlowsDeleted, toConntrack.GroupsAdded));
        Assert.All(sw.Flows, f => Assert.Equal(NaptCookie.PipelineCookie(BalancerMode.Conntrack).Value, f.Cookie));
        Assert.DoesNotContain(Describe(sw), f => f.Contains("TcpDst=80] CONTROLLER", StringComparison.Ordinal));

        // And back: the reactive base flows as before, no group, no table but 0.
        await NaptEngineTests.Engine(NaptEngineTests.Options()).PrepareSwitchAsync(sw);
        Assert.Equal(reactive.Order(), Describe(sw).Order());
        Assert.Empty(sw.Groups);
    }

    [Fact]
    public async Task BackendDown_Conntrack_ItsBucketGoesAndComesBackWhenItRecovers()
    {
        NaptBalanceOptions options = NaptEngineTests.Options(probed: true);
        options.Probe.Rise = 1;
        options.Probe.Fall = 1;
        NaptProactiveEngine engine = NaptBalanceModePipelineTests.Engine("conntrack", options);
        foreach (Backend b in engine.Backends)
        {
            b.RecordProbe(true, TimeSpan.FromMilliseconds(1));
        }

        var sw = new FlowTableSwitch();
        await engine.PrepareSwitchAsync(sw);
        Assert.Equal(2, BucketTexts(sw).Count);
        sw.Sent.Clear();

        engine.Backends[1].RecordProbe(false, TimeSpan.FromMilliseconds(1));
        byte[] modify = Assert.Single(sw.SentOf(OfpType.GroupMod));
        Assert.Equal(OfpGroupModCommand.Modify, GroupModView.Read(modify).Command);
        string bucket = Assert.Single(BucketTexts(sw));
        Assert.Contains("nat(dst=10.10.11.11)", bucket, StringComparison.Ordinal);

        engine.Backends[1].RecordProbe(true, TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, BucketTexts(sw).Count);
        Assert.Contains("weight=100", engine.FormatStatus(1, 0).Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackendsAllDown_Proactive_GroupWithoutBucketDropsNewConnections()
    {
        NaptBalanceOptions options = NaptEngineTests.Options(probed: true);
        options.Probe.IntervalMs = 10;
        options.Probe.TimeoutMs = 10;
        options.Probe.Rise = 1;

        // Probed servers start down; the engine waits a little for their first verdicts, then reconciles without them.
        (NaptProactiveEngine engine, FlowTableSwitch sw) = await ServingAsync("proactive", options: options);

        Assert.Empty(BucketTexts(sw));
        Assert.Contains("buckets=0", engine.FormatStatus(1, 0), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArpRequest_Proactive_ClientFlowBeforeTheAnswerAndLearnedOnce()
    {
        (NaptProactiveEngine engine, FlowTableSwitch sw) = await ServingAsync("proactive");

        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.ArpRequest(Frames.ClientMac, Frames.ClientIp, Vip)));
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.ArpRequest(Frames.ClientMac, Frames.ClientIp, Vip)));

        Assert.Equal(new[] { OfpType.FlowMod, OfpType.PacketOut, OfpType.PacketOut }, sw.Sent.Select(m => (OfpType)m[1]).ToArray());
        Assert.Equal("table=1 prio=100 [EthType=0x0800,Ipv4Dst=10.10.10.2] set:EthDst=02:00:0a:0a:0a:02,output:1", FlowDescribe.Flow(sw.Sent[0]));
        Assert.Equal(Frames.ClientMac, engine.SnapshotClients()[Frames.ClientIp]);

        // A restarted controller reads the client back from the switch: nothing to change.
        (NaptProactiveEngine again, _) = await ServingAsync("proactive", sw);
        Assert.Equal(1, again.ClientCount);
        Assert.True(again.LastReconcile!.Value.Unchanged, again.LastReconcile.ToString());
    }

    [Fact]
    public async Task ReplyToUnknownClient_Proactive_ControllerAsksTheClientOnceAndLearnsFromItsAnswer()
    {
        (NaptProactiveEngine engine, FlowTableSwitch sw) = await ServingAsync("proactive");
        byte[] reply = Frames.Tcp(Vip, 80, Frames.ClientIp, 40000, OpenFlow.Protocol.Packets.TcpFlags.Syn | OpenFlow.Protocol.Packets.TcpFlags.Ack);
        byte[] packetIn = FakeSwitch.Encode(reply, static (ref OpenFlowWriter w, in byte[] frame) =>
            w.WritePacketIn(new Xid(1), BufferId.NoBuffer, new PortNo(2), OfpPacketInReason.Action, DnatPipeline.ToClientTable, NaptCookie.PipelineCookie(BalancerMode.Proactive), frame.AsSpan(0, 64 - 10)));

        engine.HandlePacketIn(sw, packetIn);
        engine.HandlePacketIn(sw, packetIn); // the retransmit within a second: not asked again

        byte[] question = Assert.Single(sw.SentOf(OfpType.PacketOut));
        PacketOutView view = PacketOutView.Read(question);
        Assert.True(PacketSlicer.TrySlice(view.Data, out SlicedPacket arp, out _));
        Assert.Equal(ArpOperation.Request, arp.Arp.Operation);
        Assert.Equal(Frames.ClientIp, arp.Arp.TargetProtocolAddress);
        Assert.Equal(Vip, arp.Arp.SenderProtocolAddress);
        sw.Sent.Clear();

        // The client's answer teaches its MAC: a client flow, and no answer to an answer.
        byte[] answer = new byte[14 + ArpPacket.Size];
        new EthernetHeader(MacAddress.Parse("02:00:0a:0a:0a:01"), Frames.ClientMac, EtherType.Arp).Write(answer);
        ArpPacket.Reply(Frames.ClientMac, Frames.ClientIp, MacAddress.Parse("02:00:0a:0a:0a:01"), Vip).Write(answer.AsSpan(14));
        engine.HandlePacketIn(sw, Frames.PacketIn(1, answer));

        byte[] flow = Assert.Single(sw.Sent);
        Assert.Equal(OfpType.FlowMod, (OfpType)flow[1]);
        Assert.Equal(1, engine.ClientCount);
    }

    [Fact]
    public async Task ArpRequest_Conntrack_AnsweredWithNothingLearned()
    {
        (NaptProactiveEngine engine, FlowTableSwitch sw) = await ServingAsync("conntrack");

        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.ArpRequest(Frames.ClientMac, Frames.ClientIp, Vip)));
        engine.HandlePacketIn(sw, Frames.PacketIn(3, Frames.ArpRequest(MacAddress.Parse("02:00:0a:0a:0b:0c"), Ipv4Address.Parse("10.10.11.12"), Ipv4Address.Parse("10.10.11.1"))));

        List<byte[]> outs = sw.SentOf(OfpType.PacketOut);
        Assert.Equal(2, outs.Count);
        Assert.Equal(sw.Sent.Count, outs.Count);
        Assert.True(PacketSlicer.TrySlice(PacketOutView.Read(outs[1]).Data, out SlicedPacket gateway, out _));
        Assert.Equal(MacAddress.Parse("02:00:0a:0a:0b:01"), gateway.Arp.SenderHardwareAddress);
        Assert.Equal(0, engine.ClientCount);
    }

    [Theory]
    [InlineData("conntrack")]
    [InlineData("proactive")]
    public async Task PacketIn_TcpOrBeforeServing_IgnoredWithoutSending(string mode)
    {
        NaptProactiveEngine fresh = NaptBalanceModePipelineTests.Engine(mode);
        var idle = new FlowTableSwitch();
        fresh.HandlePacketIn(idle, Frames.PacketIn(1, Frames.ArpRequest(Frames.ClientMac, Frames.ClientIp, Vip)));
        Assert.Empty(idle.Sent);

        (NaptProactiveEngine engine, FlowTableSwitch sw) = await ServingAsync(mode);
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40000)));
        engine.HandlePacketIn(sw, new byte[] { 4, 10, 0, 8, 0, 0, 0, 1 }); // malformed
        Assert.Empty(sw.Sent);
        Assert.Equal(2, engine.PacketIns);
    }

    [Fact]
    public async Task Ping_Conntrack_Answered()
    {
        (NaptProactiveEngine engine, FlowTableSwitch sw) = await ServingAsync("conntrack");
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.EchoRequest(Vip)));
        Assert.Single(sw.SentOf(OfpType.PacketOut));
    }

    [Fact]
    public async Task FormatStatus_Conntrack_WeightsGroupAndTheControllersPacketIns()
    {
        (NaptProactiveEngine engine, _) = await ServingAsync("conntrack");

        string[] lines = engine.FormatStatus(1, 42).Split('\n');

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("srv1     UP   rt=-        weight=100", lines[0], StringComparison.Ordinal);
        Assert.Equal("all      mode=conntrack group=0x4c420001 buckets=2 group_changes=1 packetins=42 serving=True", lines[2]);
    }

    private static List<string> Describe(FlowTableSwitch sw) => FlowDescribe.Flows(sw.Flows);
}
