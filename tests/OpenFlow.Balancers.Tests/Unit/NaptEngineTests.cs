using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging.Abstractions;
using OpenFlow.Balancing;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Samples.NaptBalance;
using Xunit;

namespace OpenFlow.Balancers.Tests.Unit;

public class NaptEngineTests
{
    private static readonly Ipv4Address Vip = Ipv4Address.Parse("10.10.10.1");
    private static readonly Ipv4Address Gateway = Ipv4Address.Parse("10.10.11.1");
    private static readonly MacAddress VipMac = MacAddress.Parse("02:00:0a:0a:0a:01");
    private static readonly MacAddress GatewayMac = MacAddress.Parse("02:00:0a:0a:0b:01");

    internal static NaptBalanceOptions Options(int portCount = 100, bool probed = false)
    {
        var options = new NaptBalanceOptions
        {
            Servers =
            {
                new BackendOptions { Name = "srv1", Ip = "10.10.11.11", Mac = "02:00:0a:0a:0b:0b", SwitchPort = 2, ProbeUrl = probed ? "http://10.10.13.11/" : null },
                new BackendOptions { Name = "srv2", Ip = "10.10.11.12", Mac = "02:00:0a:0a:0b:0c", SwitchPort = 3, ProbeUrl = probed ? "http://10.10.13.12/" : null },
            },
        };
        options.Napt.PortRangeStart = 20000;
        options.Napt.PortRangeEnd = 20000 + portCount - 1;
        options.Napt.IdleTimeoutSeconds = 5;
        options.Napt.QuarantineSeconds = 70;
        return options;
    }

    internal static NaptEngine Engine(NaptBalanceOptions options, ManualTime? time = null)
    {
        NaptSettings settings = NaptSettings.Parse(options);
        var selector = new BackendSelector(settings.CreateBackends(), settings.Policy);
        return new NaptEngine(settings, selector, NullLogger<NaptEngine>.Instance, null, time);
    }

    private static async Task<(NaptEngine Engine, FlowTableSwitch Switch)> ServingAsync(NaptBalanceOptions? options = null, ManualTime? time = null, FlowTableSwitch? sw = null)
    {
        NaptEngine engine = Engine(options ?? Options(), time);
        sw ??= new FlowTableSwitch();
        await engine.PrepareSwitchAsync(sw);
        Assert.True(engine.IsServing);
        sw.Sent.Clear();
        return (engine, sw);
    }

    private static List<FlowTableSwitch.Flow> NaptFlows(FlowTableSwitch sw, int kind) =>
        sw.Flows.Where(f => NaptCookie.IsOurs(new Cookie(f.Cookie)) && NaptCookie.KindOf(new Cookie(f.Cookie)) == kind).ToList();

    private static void Deliver(NaptEngine engine, FlowTableSwitch sw, List<byte[]> messages)
    {
        foreach (byte[] m in messages)
        {
            engine.HandleFlowRemoved(sw, m);
        }
    }

    [Fact]
    public async Task PrepareSwitch_EmptySwitch_InstallsTableMissDropPuntsAndDrops()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync();

        List<FlowTableSwitch.Flow> infra = NaptFlows(sw, NaptCookie.Infrastructure);
        FlowTableSwitch.Flow miss = Assert.Single(infra, f => f.Priority == 0);
        Assert.Equal(8, miss.Match.Length); // empty match
        Assert.Empty(miss.Instructions); // drop

        // Punts: ARP for VIP (client port), ARP for gateway (each server port), TCP to VIP:80, ping to VIP.
        Assert.Equal(5, infra.Count(f => f.Priority == NaptEngine.PuntPriority));
        // Unserved traffic to the VIP and to the gateway is dropped in the switch.
        Assert.Equal(2, infra.Count(f => f.Priority == NaptEngine.DropPriority && f.Instructions.Length == 0));
        // Nothing but the punts sends to the controller.
        Assert.All(infra.Where(f => f.Priority != NaptEngine.PuntPriority), f => Assert.Empty(f.Instructions));
        Assert.Equal(0, engine.MappingCount);
    }

    [Fact]
    public async Task PrepareSwitch_Twice_BaseFlowsLeftAloneWithoutDuplicates()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync();
        int before = sw.Flows.Count;
        await engine.PrepareSwitchAsync(sw);
        Assert.Equal(before, sw.Flows.Count);
        Assert.Empty(sw.SentOf(OfpType.FlowMod)); // reconciled: nothing to add, change or delete
    }

    [Fact]
    public async Task ArpRequest_ForVipOnClientPort_AnsweredWithVipMac()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync();
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.ArpRequest(Frames.ClientMac, Frames.ClientIp, Vip)));

        byte[] packetOut = Assert.Single(sw.SentOf(OfpType.PacketOut));
        PacketOutView view = PacketOutView.Read(packetOut);
        Assert.True(PacketSlicer.TrySlice(view.Data, out SlicedPacket reply, out _));
        Assert.Equal(ArpOperation.Reply, reply.Arp.Operation);
        Assert.Equal(VipMac, reply.Arp.SenderHardwareAddress);
        Assert.Equal(Vip, reply.Arp.SenderProtocolAddress);
        Assert.Equal(Frames.ClientMac, reply.Ethernet.Destination);
        Assert.Equal(new PortNo(1), OutputPort(view.Actions));
    }

    [Fact]
    public async Task ArpRequest_ForGatewayOnServerPort_AnsweredWithGatewayMac()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync();
        MacAddress server = MacAddress.Parse("02:00:0a:0a:0b:0c");
        engine.HandlePacketIn(sw, Frames.PacketIn(3, Frames.ArpRequest(server, Ipv4Address.Parse("10.10.11.12"), Gateway)));

        PacketOutView view = PacketOutView.Read(Assert.Single(sw.SentOf(OfpType.PacketOut)));
        Assert.True(PacketSlicer.TrySlice(view.Data, out SlicedPacket reply, out _));
        Assert.Equal(GatewayMac, reply.Arp.SenderHardwareAddress);
        Assert.Equal(new PortNo(3), OutputPort(view.Actions));
    }

    [Theory]
    [InlineData(1u, "10.10.10.99")] // another address on the client side
    [InlineData(1u, "10.10.11.1")] // the gateway asked from the client side
    [InlineData(2u, "10.10.10.1")] // the VIP asked from a server port
    [InlineData(2u, "10.10.11.12")] // the other server
    [InlineData(9u, "10.10.11.1")] // the gateway asked from a port that is no server's
    public async Task ArpRequest_ForAddressNotConfiguredOnThatPort_NotAnswered(uint inPort, string target)
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync();
        engine.HandlePacketIn(sw, Frames.PacketIn(inPort, Frames.ArpRequest(Frames.ClientMac, Frames.ClientIp, Ipv4Address.Parse(target))));
        Assert.Empty(sw.Sent);
    }

    [Fact]
    public async Task Syn_NewConnection_ReverseFlowThenForwardFlowThenPacketOut()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync();
        byte[] syn = Frames.Syn(40000);
        engine.HandlePacketIn(sw, Frames.PacketIn(1, syn));

        Assert.Equal(new[] { OfpType.FlowMod, OfpType.FlowMod, OfpType.PacketOut }, sw.Sent.Select(m => (OfpType)m[1]).ToArray());
        FlowModView reverse = FlowModView.Read(sw.Sent[0]);
        FlowModView forward = FlowModView.Read(sw.Sent[1]);
        Assert.Equal(NaptCookie.Reverse, NaptCookie.KindOf(reverse.Cookie));
        Assert.Equal(NaptCookie.Forward, NaptCookie.KindOf(forward.Cookie));
        Assert.Equal(OfpFlowModFlags.SendFlowRem, forward.Flags & OfpFlowModFlags.SendFlowRem);
        Assert.Equal(5, forward.IdleTimeout);
        ushort naptPort = NaptCookie.PortOf(forward.Cookie);
        Assert.InRange(naptPort, (ushort)20000, (ushort)20099);

        // Forward: client -> server rewrite exactly as the design note says.
        Dictionary<OxmField, ulong> fwd = SetFields(forward.Instructions);
        Assert.Equal(GatewayMac.Value, fwd[OxmField.EthSrc]);
        Assert.Equal(MacAddress.Parse("02:00:0a:0a:0b:0b").Value, fwd[OxmField.EthDst]);
        Assert.Equal(Gateway.Value, fwd[OxmField.Ipv4Src]);
        Assert.Equal(Ipv4Address.Parse("10.10.11.11").Value, fwd[OxmField.Ipv4Dst]);
        Assert.Equal(naptPort, fwd[OxmField.TcpSrc]);
        Assert.False(fwd.ContainsKey(OxmField.TcpDst)); // 80 -> 80 unchanged

        // Reverse: server -> client.
        Dictionary<OxmField, ulong> rev = SetFields(reverse.Instructions);
        Assert.Equal(VipMac.Value, rev[OxmField.EthSrc]);
        Assert.Equal(Frames.ClientMac.Value, rev[OxmField.EthDst]);
        Assert.Equal(Vip.Value, rev[OxmField.Ipv4Src]);
        Assert.Equal(Frames.ClientIp.Value, rev[OxmField.Ipv4Dst]);
        Assert.Equal(40000UL, rev[OxmField.TcpDst]);
        Assert.True(reverse.Match.TryGet(OxmField.TcpDst, out OxmView matchPort));
        Assert.Equal(naptPort, matchPort.AsUInt16());

        // The first packet goes on, rewritten like the forward flow.
        PacketOutView packetOut = PacketOutView.Read(sw.Sent[2]);
        Assert.Equal(syn, packetOut.Data.ToArray());
        Assert.Equal(new PortNo(2), OutputPort(packetOut.Actions));
        Assert.Equal(1, engine.MappingCount);
        Assert.Equal(1, engine.Backends[0].ActiveConnections);
    }

    [Fact]
    public async Task Syn_RepeatedPacketInsOfOneConnection_ReuseTheMapping()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync();
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40000)));
        ushort first = NaptCookie.PortOf(FlowModView.Read(sw.Sent[1]).Cookie);
        sw.Sent.Clear();

        // A SYN retransmit and the client's ACK that still reach the controller while the datapath catches up.
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40000)));
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Tcp(Frames.ClientIp, 40000, Vip, 80, TcpFlags.Ack)));

        Assert.Equal(1, engine.MappingCount);
        Assert.Equal(1, engine.PoolOf(0).InUse + engine.PoolOf(1).InUse);
        Assert.Equal(2, engine.RepeatedPacketIns);
        Assert.All(sw.SentOf(OfpType.FlowMod), m => Assert.Equal(first, NaptCookie.PortOf(FlowModView.Read(m).Cookie)));
        Assert.Equal(2, sw.SentOf(OfpType.PacketOut).Count);
        Assert.Equal(2, NaptFlows(sw, NaptCookie.Forward).Count + NaptFlows(sw, NaptCookie.Reverse).Count);
    }

    [Fact]
    public async Task Syn_NewConnectionOnAClientPortWhoseMappingLingers_GetsANewPort()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync(Options(portCount: 10));
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40000)));
        NaptMapping old = Assert.Single(engine.SnapshotMappings());

        // The same client port again, with another initial sequence number: a new connection.
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Tcp(Frames.ClientIp, 40000, Vip, 80, TcpFlags.Syn, seq: 999_999)));

        NaptMapping fresh = Assert.Single(engine.SnapshotMappings());
        Assert.NotSame(old, fresh);
        Assert.False(fresh.Backend == old.Backend && fresh.NaptPort == old.NaptPort);
        Assert.Equal(1, engine.PoolOf(old.Backend.Index).Quarantined);
    }

    [Fact]
    public async Task Syn_RoundRobin_AlternatesServersAndPortsAreUniquePerServer()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync();
        for (ushort p = 40000; p < 40010; p++)
        {
            engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(p)));
        }

        Assert.Equal(5, engine.Backends[0].ActiveConnections);
        Assert.Equal(5, engine.Backends[1].ActiveConnections);
        foreach (var group in engine.SnapshotMappings().GroupBy(m => m.Backend.Index))
        {
            Assert.Equal(group.Count(), group.Select(m => m.NaptPort).Distinct().Count());
        }
    }

    [Fact]
    public async Task Syn_PoolExhausted_DroppedAndCountedNoLivePortReused()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync(Options(portCount: 2));
        for (ushort p = 40000; p < 40004; p++)
        {
            engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(p)));
        }

        Assert.Equal(4, engine.MappingCount);
        sw.Sent.Clear();

        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40004)));

        Assert.Empty(sw.Sent); // dropped: no flow, no PacketOut, no RST
        Assert.Equal(4, engine.MappingCount);
        Assert.Equal(1, engine.PoolOf(0).Exhausted + engine.PoolOf(1).Exhausted);
        foreach (var group in engine.SnapshotMappings().GroupBy(m => m.Backend.Index))
        {
            Assert.Equal(new ushort[] { 20000, 20001 }, group.Select(m => m.NaptPort).OrderBy(p => p).ToArray());
        }
    }

    [Fact]
    public async Task FlowRemoved_BothDirections_PortQuarantinedThenReused()
    {
        var time = new ManualTime();
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync(Options(portCount: 1), time);
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40000)));
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40001)));
        Assert.Equal(2, engine.MappingCount);

        // Only the forward flows expire: the mappings stay.
        Deliver(engine, sw, sw.Expire(f => NaptCookie.IsOurs(new Cookie(f.Cookie)) && NaptCookie.KindOf(new Cookie(f.Cookie)) == NaptCookie.Forward));
        Assert.Equal(2, engine.MappingCount);

        Deliver(engine, sw, sw.Expire(f => NaptCookie.IsOurs(new Cookie(f.Cookie)) && NaptCookie.KindOf(new Cookie(f.Cookie)) == NaptCookie.Reverse));
        Assert.Equal(0, engine.MappingCount);
        Assert.Equal(0, engine.PoolOf(0).InUse);
        Assert.Equal(1, engine.PoolOf(0).Quarantined);
        Assert.Equal(0, engine.Backends[0].ActiveConnections);

        // In quarantine: a new connection cannot have the port yet.
        sw.Sent.Clear();
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40002)));
        Assert.Empty(sw.Sent);

        time.Advance(TimeSpan.FromSeconds(71));
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40003)));
        Assert.Equal(20000, NaptCookie.PortOf(FlowModView.Read(sw.SentOf(OfpType.FlowMod)[0]).Cookie));
    }

    [Fact]
    public async Task PrepareSwitch_FlowsOfAnEarlierRun_RebuildsMappingsAndPools()
    {
        var sw = new FlowTableSwitch();
        (NaptEngine before, _) = await ServingAsync(sw: sw);
        for (ushort p = 40000; p < 40005; p++)
        {
            before.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(p)));
        }

        var live = before.SnapshotMappings().Select(m => (m.ClientPort, m.Backend.Index, m.NaptPort, m.ClientMac)).OrderBy(x => x.ClientPort).ToList();

        // A restarted controller: a new engine reads the switch's flows.
        (NaptEngine after, _) = await ServingAsync(sw: sw);
        var rebuilt = after.SnapshotMappings().Select(m => (m.ClientPort, m.Backend.Index, m.NaptPort, m.ClientMac)).OrderBy(x => x.ClientPort).ToList();
        Assert.Equal(live, rebuilt);
        Assert.Equal(before.PoolOf(0).InUse, after.PoolOf(0).InUse);
        Assert.Equal(before.PoolOf(1).InUse, after.PoolOf(1).InUse);
        Assert.Equal(5, after.Backends[0].ActiveConnections + after.Backends[1].ActiveConnections);

        // A live connection's late PacketIn keeps its port; a new connection gets a port no live flow holds.
        sw.Sent.Clear();
        after.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40001)));
        Assert.Equal(live[1].NaptPort, NaptCookie.PortOf(FlowModView.Read(sw.SentOf(OfpType.FlowMod)[0]).Cookie));
        for (ushort p = 41000; p < 41010; p++)
        {
            after.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(p)));
        }

        foreach (var group in after.SnapshotMappings().GroupBy(m => m.Backend.Index))
        {
            Assert.Equal(group.Count(), group.Select(m => m.NaptPort).Distinct().Count());
        }

        Assert.Equal(15, after.MappingCount);
    }

    [Fact]
    public async Task PrepareSwitch_Reconnect_MappingsWhoseFlowsVanishedAreReleased()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync();
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40000)));
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40001)));

        // While the controller was away one connection's flows idled out (their FLOW_REMOVED never arrived).
        sw.Expire(f => NaptCookie.IsOurs(new Cookie(f.Cookie)) && NaptCookie.KindOf(new Cookie(f.Cookie)) != NaptCookie.Infrastructure && NaptCookie.ServerOf(new Cookie(f.Cookie)) == 0);
        await engine.PrepareSwitchAsync(sw);

        Assert.Equal(1, engine.MappingCount);
        Assert.Equal(0, engine.PoolOf(0).InUse);
        Assert.Equal(1, engine.PoolOf(0).Quarantined);
        Assert.Equal(1, engine.PoolOf(1).InUse);
    }

    [Fact]
    public async Task Syn_NoServerUp_RefusedWithRst()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync(Options(probed: true)); // probed servers start down
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40000)));

        PacketOutView view = PacketOutView.Read(Assert.Single(sw.Sent));
        Assert.True(PacketSlicer.TrySlice(view.Data, out SlicedPacket rst, out _));
        Assert.True(rst.Tcp.Rst);
        Assert.Equal(Vip, rst.Ipv4.Source);
        Assert.Equal(40000, rst.Tcp.DestinationPort);
        Assert.Equal(0, engine.MappingCount);
        Assert.Equal(1, engine.Selector.Refused);
    }

    [Fact]
    public async Task Syn_NoServerUpAndRefuseDrop_NothingSent()
    {
        NaptBalanceOptions options = Options(probed: true);
        options.Refuse = "drop";
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync(options);
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40000)));
        Assert.Empty(sw.Sent);
        Assert.Equal(1, engine.Selector.Refused);
    }

    [Fact]
    public async Task Syn_ServerDown_NewConnectionsGoToTheOther()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync(Options(probed: true));
        Backend srv1 = engine.Backends[0], srv2 = engine.Backends[1];
        for (int i = 0; i < 2; i++)
        {
            srv1.RecordProbe(true, TimeSpan.FromMilliseconds(1));
            srv2.RecordProbe(true, TimeSpan.FromMilliseconds(1));
        }

        Assert.True(srv1.IsUp && srv2.IsUp);
        for (int i = 0; i < 3; i++)
        {
            srv1.RecordProbe(false, TimeSpan.Zero);
        }

        Assert.False(srv1.IsUp);
        for (ushort p = 40000; p < 40006; p++)
        {
            engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(p)));
        }

        Assert.Equal(0, srv1.ActiveConnections);
        Assert.Equal(6, srv2.ActiveConnections);
    }

    [Theory]
    [InlineData("keep", 2)]
    [InlineData("remove", 0)]
    public async Task ServerGoesDown_DownServerFlows_KeptOrRemoved(string policy, int flowsLeft)
    {
        NaptBalanceOptions options = Options(probed: true);
        options.DownServerFlows = policy;
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync(options);
        Backend srv1 = engine.Backends[0];
        srv1.RecordProbe(true, TimeSpan.FromMilliseconds(1));
        srv1.RecordProbe(true, TimeSpan.FromMilliseconds(1));
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40000)));
        Assert.Equal(2, NaptFlows(sw, NaptCookie.Forward).Count + NaptFlows(sw, NaptCookie.Reverse).Count);

        for (int i = 0; i < 3; i++)
        {
            srv1.RecordProbe(false, TimeSpan.Zero);
        }

        Assert.Equal(flowsLeft, NaptFlows(sw, NaptCookie.Forward).Count + NaptFlows(sw, NaptCookie.Reverse).Count);
        Assert.NotEmpty(NaptFlows(sw, NaptCookie.Infrastructure)); // the base flows stay
    }

    [Fact]
    public async Task Segment_UnknownConnectionNotSyn_ReceivesRst()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync();
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Tcp(Frames.ClientIp, 40000, Vip, 80, TcpFlags.Ack | TcpFlags.Psh)));
        PacketOutView view = PacketOutView.Read(Assert.Single(sw.Sent));
        Assert.True(PacketSlicer.TrySlice(view.Data, out SlicedPacket rst, out _));
        Assert.True(rst.Tcp.Rst);
        Assert.Equal(0, engine.MappingCount);
    }

    [Fact]
    public async Task EchoRequest_ToVip_Answered()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync();
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.EchoRequest(Vip)));
        PacketOutView view = PacketOutView.Read(Assert.Single(sw.Sent));
        Assert.True(PacketSlicer.TrySlice(view.Data, out SlicedPacket reply, out _));
        Assert.Equal(IcmpType.EchoReply, reply.Icmp.Type);
        Assert.Equal(Vip, reply.Ipv4.Source);
        Assert.Equal(Frames.ClientIp, reply.Ipv4.Destination);
        Assert.Equal(new PortNo(1), OutputPort(view.Actions));
    }

    [Fact]
    public async Task PacketIn_UnservedPortOrOtherAddress_Ignored()
    {
        (NaptEngine engine, FlowTableSwitch sw) = await ServingAsync();
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40000, servicePort: 22)));
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Tcp(Frames.ClientIp, 40001, Ipv4Address.Parse("10.10.10.7"), 80, TcpFlags.Syn)));
        engine.HandlePacketIn(sw, Frames.PacketIn(2, Frames.Syn(40002)));
        Assert.Empty(sw.Sent);
        Assert.Equal(0, engine.MappingCount);
    }

    [Fact]
    public void PacketIn_BeforeTheSwitchIsPrepared_Dropped()
    {
        NaptEngine engine = Engine(Options());
        var sw = new FlowTableSwitch();
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Syn(40000)));
        Assert.Empty(sw.Sent);
        Assert.Equal(0, engine.MappingCount);
    }

    [Fact]
    public void Parse_ResTimeWithoutProbeUrls_Refused()
    {
        NaptBalanceOptions options = Options();
        options.Policy = "resTime";
        NaptSettings settings = NaptSettings.Parse(options);
        Assert.Throws<ArgumentException>(() => new BackendSelector(settings.CreateBackends(), settings.Policy));
    }

    [Theory]
    [InlineData("Mode", "passive")]
    [InlineData("Policy", "random")]
    [InlineData("Refuse", "maybe")]
    [InlineData("Vip", "10.10.10")]
    public void Parse_BadValue_FormatExceptionNamingTheKey(string key, string value)
    {
        NaptBalanceOptions options = Options();
        typeof(NaptBalanceOptions).GetProperty(key)!.SetValue(options, value);
        FormatException ex = Assert.Throws<FormatException>(() => NaptSettings.Parse(options));
        Assert.Contains("Balancer:" + key, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SustainedRate_IsPortsTimesServersOverBusyTime()
    {
        NaptBalanceOptions options = Options(portCount: 40000);
        NaptSettings settings = NaptSettings.Parse(options);
        Assert.Equal(40000.0 * 2 / 75, settings.SustainedConnectionsPerSecond, 3);
    }

    private static PortNo OutputPort(ActionListView actions)
    {
        foreach (ActionView action in actions)
        {
            if (action.Type == OfpActionType.Output)
            {
                return action.Port;
            }
        }

        return default;
    }

    private static Dictionary<OxmField, ulong> SetFields(InstructionListView instructions)
    {
        var result = new Dictionary<OxmField, ulong>();
        foreach (InstructionView instruction in instructions)
        {
            foreach (ActionView action in instruction.Actions)
            {
                if (action.Type == OfpActionType.SetField)
                {
                    result[action.Field.Field] = action.Field.AsUInt64();
                }
            }
        }

        return result;
    }
}
