using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Switch;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Samples.MacBalance;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Balancers.Tests.Unit;

public class MacBalanceEngineTests
{
    private const string Vip = "10.10.10.1";
    private const string VipMac = "02:00:0a:0a:0a:01";
    private const string GatewayMac = "02:00:0a:0a:0b:01";
    private const string Srv1Mac = "02:00:0a:0a:0b:0b";
    private const string Srv2Mac = "02:00:0a:0a:0b:0c";
    private const string ClientMac = "02:00:0a:0a:0a:02";
    private static readonly uint Group = new MacBalanceOptions().GroupId;

    internal static MacBalanceOptions Options(string mode = "reactive", bool probed = false)
    {
        var options = new MacBalanceOptions
        {
            Mode = mode,
            Servers =
            {
                new BackendOptions { Name = "srv1", Ip = Vip, Mac = Srv1Mac, SwitchPort = 2, ProbeUrl = probed ? "http://10.10.13.11/" : null },
                new BackendOptions { Name = "srv2", Ip = Vip, Mac = Srv2Mac, SwitchPort = 3, ProbeUrl = probed ? "http://10.10.13.12/" : null },
            },
        };

        // Probed servers start down and come up after one success; the engine's start-up wait is then 1 ms.
        options.Probe.Rise = 1;
        options.Probe.Fall = 1;
        options.Probe.TimeoutMs = 1;
        options.Flows.IdleTimeoutSeconds = 7;
        return options;
    }

    internal static MacEngine Engine(MacBalanceOptions options)
    {
        MacSettings settings = MacSettings.Parse(options);
        var selector = new BackendSelector(settings.CreateBackends(distinctAddresses: false), settings.Policy);
        return new MacEngine(settings, selector, NullLogger<MacEngine>.Instance);
    }

    private static async Task<(MacEngine Engine, FlowTableSwitch Switch)> ServingAsync(MacBalanceOptions? options = null, FlowTableSwitch? sw = null)
    {
        MacEngine engine = Engine(options ?? Options());
        sw ??= new FlowTableSwitch();
        await engine.PrepareSwitchAsync(sw);
        Assert.True(engine.IsServing);
        Assert.Empty(sw.Errors);
        sw.Sent.Clear();
        return (engine, sw);
    }

    private static byte[] Arp(uint inPort, string senderMac, string senderIp, string targetIp) =>
        Frames.PacketIn(inPort, Frames.ArpRequest(MacAddress.Parse(senderMac), Ipv4Address.Parse(senderIp), Ipv4Address.Parse(targetIp)));

    private static byte[] Syn(ushort clientPort, uint seq = 1000) =>
        Frames.PacketIn(1, Frames.Tcp(Frames.ClientIp, clientPort, Ipv4Address.Parse(Vip), 80, TcpFlags.Syn, seq: seq));

    private static List<string> Describe(IEnumerable<FlowTableSwitch.Flow> flows) => FlowDescribe.Flows(flows);

    private static List<string> Buckets(FlowTableSwitch sw) => FlowDescribe.Buckets(Group, sw.Groups[Group]);

    /// <summary>The one PacketOut sent: its frame sliced, and its actions as text.</summary>
    private static SlicedPacket SinglePacketOut(FlowTableSwitch sw, out string actions)
    {
        byte[] message = Assert.Single(sw.SentOf(OfpType.PacketOut));
        PacketOutView view = PacketOutView.Read(message);
        actions = FlowDescribe.Actions(view.Actions);
        Assert.True(PacketSlicer.TrySlice(view.Data, out SlicedPacket packet, out _));
        return packet;
    }

    // ---- settings

    [Fact]
    public void Parse_SampleAppSettings_IsTheNotesMacBalanceNetwork()
    {
        string file = Path.Combine(RepoRoot(), "samples", "MacBalance", "appsettings.json");
        IConfiguration configuration = new ConfigurationBuilder().AddJsonFile(file).Build();
        var options = new MacBalanceOptions();
        configuration.GetSection(BalancerOptions.SectionName).Bind(options);

        MacSettings settings = MacSettings.Parse(options);
        IReadOnlyList<Backend> backends = settings.CreateBackends(distinctAddresses: false);

        Assert.Equal(BalancerMode.Reactive, settings.Mode);
        Assert.Equal(Ipv4Address.Parse("10.10.10.10"), settings.Gateway);
        Assert.Equal(new[] { Ipv4Address.Parse(Vip), Ipv4Address.Parse(Vip) }, backends.Select(b => b.Ip));
        Assert.Equal(new[] { "http://10.10.13.11/", "http://10.10.13.12/" }, backends.Select(b => b.ProbeUri!.ToString()));
        Assert.Equal(new uint[] { 2, 3 }, backends.Select(b => b.SwitchPort.Value));
    }

    [Fact]
    public void Parse_NoGatewayConfigured_UsesTheNotesServerSideAddress()
    {
        Assert.Equal(Ipv4Address.Parse("10.10.10.10"), MacSettings.Parse(Options()).Gateway);
    }

    [Fact]
    public void Parse_ServerAddressIsNotTheVip_ThrowsNamingTheKey()
    {
        MacBalanceOptions options = Options();
        options.Servers[1].Ip = "10.10.11.12";
        FormatException ex = Assert.Throws<FormatException>(() => MacSettings.Parse(options));
        Assert.Contains("Balancer:Servers:1:Ip", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("conntrack")]
    [InlineData("sideways")]
    public void Parse_ModeMacBalanceDoesNotHave_Throws(string mode)
    {
        Assert.Throws<FormatException>(() => MacSettings.Parse(Options(mode)));
    }

    [Fact]
    public void Parse_GatewayIsTheVip_Throws()
    {
        MacBalanceOptions options = Options();
        options.Gateway = Vip;
        Assert.Throws<FormatException>(() => MacSettings.Parse(options));
    }

    // ---- ARP

    [Theory]
    [InlineData("reactive")]
    [InlineData("proactive")]
    public async Task ArpRequest_ClientAsksForVip_AnsweredWithVipMacOnTheClientPortAndClientLearned(string mode)
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync(Options(mode));

        engine.HandlePacketIn(sw, Arp(1, ClientMac, "10.10.10.2", Vip));

        SlicedPacket reply = SinglePacketOut(sw, out string actions);
        Assert.Equal(ArpOperation.Reply, reply.Arp.Operation);
        Assert.Equal(MacAddress.Parse(VipMac), reply.Arp.SenderHardwareAddress);
        Assert.Equal(Ipv4Address.Parse(Vip), reply.Arp.SenderProtocolAddress);
        Assert.Equal(MacAddress.Parse(ClientMac), reply.Ethernet.Destination);
        Assert.Equal("output:1", actions);
        Assert.Equal(MacAddress.Parse(ClientMac), engine.SnapshotClients()[Frames.ClientIp]);
        Assert.Equal(1, engine.ArpPacketIns);
    }

    [Theory]
    [InlineData(2u, Srv1Mac, "10.10.10.10")] // srv1 asks for its default gateway
    [InlineData(3u, Srv2Mac, "10.10.10.10")] // srv2 too
    [InlineData(2u, Srv1Mac, "10.10.10.2")] // srv1 asks for the client, which is on-link for it
    [InlineData(3u, Srv2Mac, "10.10.10.77")] // a client not seen yet
    public async Task ArpRequest_ServerAsksForGatewayOrClient_AnsweredWithGatewayMacOnThatServersPort(uint port, string serverMac, string target)
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync();

        engine.HandlePacketIn(sw, Arp(port, serverMac, Vip, target));

        SlicedPacket reply = SinglePacketOut(sw, out string actions);
        Assert.Equal(ArpOperation.Reply, reply.Arp.Operation);
        Assert.Equal(MacAddress.Parse(GatewayMac), reply.Arp.SenderHardwareAddress);
        Assert.Equal(Ipv4Address.Parse(target), reply.Arp.SenderProtocolAddress);
        Assert.Equal(MacAddress.Parse(serverMac), reply.Arp.TargetHardwareAddress);
        Assert.Equal("output:" + port, actions);
        Assert.Equal(0, engine.ClientCount); // servers are never taken for clients
    }

    [Theory]
    [InlineData(1u, "10.10.10.10")] // the gateway asked from the client side
    [InlineData(1u, "10.10.10.99")] // another address on the client side
    [InlineData(2u, Vip)] // a server asks for the VIP, its own address (duplicate address detection)
    [InlineData(9u, "10.10.10.10")] // a port that is nobody's
    public async Task ArpRequest_NotCoveredByARule_IgnoredAndNeverFlooded(uint inPort, string target)
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync();

        engine.HandlePacketIn(sw, Arp(inPort, ClientMac, "10.10.10.2", target));

        Assert.Empty(sw.Sent);
        Assert.Equal(0, engine.ClientCount);
    }

    [Fact]
    public async Task ArpReply_ServerAnswersForTheVip_NeverForwardedToTheClient()
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync();
        byte[] frame = new byte[14 + ArpPacket.Size];
        new EthernetHeader(MacAddress.Parse(ClientMac), MacAddress.Parse(Srv1Mac), EtherType.Arp).Write(frame);
        ArpPacket.Reply(MacAddress.Parse(Srv1Mac), Ipv4Address.Parse(Vip), MacAddress.Parse(ClientMac), Frames.ClientIp).Write(frame.AsSpan(14));

        engine.HandlePacketIn(sw, Frames.PacketIn(2, frame));

        Assert.Empty(sw.Sent);
    }

    [Theory]
    [InlineData("reactive")]
    [InlineData("proactive")]
    public async Task PrepareSwitch_AnyMode_ArpPuntsOnlyWhatTheProxyAnswersAndNothingFloods(string mode)
    {
        (_, FlowTableSwitch sw) = await ServingAsync(Options(mode));
        List<string> flows = Describe(sw.Flows);

        Assert.Contains("table=0 prio=100 [InPort=1,EthType=0x0806,ArpOp=1,ArpTpa=10.10.10.1] CONTROLLER:65535", flows);
        Assert.Contains("table=0 prio=100 [InPort=2,EthType=0x0806,ArpOp=1] CONTROLLER:65535", flows);
        Assert.Contains("table=0 prio=100 [InPort=3,EthType=0x0806,ArpOp=1] CONTROLLER:65535", flows);
        Assert.Equal(3, flows.Count(f => f.Contains("EthType=0x0806", StringComparison.Ordinal)));
        Assert.Contains("table=0 prio=0 [] drop", flows);
        Assert.DoesNotContain(flows, f => f.Contains("output:4294967291", StringComparison.Ordinal) || f.Contains("output:4294967292", StringComparison.Ordinal)); // FLOOD, ALL
    }

    // ---- reactive

    [Fact]
    public async Task PrepareSwitch_Reactive_PuntsNewConnectionsAndDropsOtherTrafficToTheVip()
    {
        (_, FlowTableSwitch sw) = await ServingAsync();
        List<string> flows = Describe(sw.Flows);

        Assert.Contains("table=0 prio=100 [InPort=1,EthType=0x0800,IpProto=6,Ipv4Dst=10.10.10.1,TcpDst=80] CONTROLLER:65535", flows);
        Assert.Contains("table=0 prio=10 [EthType=0x0800,Ipv4Dst=10.10.10.1] drop", flows);
        Assert.Equal(6, flows.Count);
        Assert.Empty(sw.Groups);
    }

    [Fact]
    public async Task Syn_Reactive_ReverseFlowForwardFlowThenTheSynRewrittenWithExactFields()
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync();

        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Tcp(Frames.ClientIp, 40000, Ipv4Address.Parse(Vip), 80, TcpFlags.Syn, MacAddress.Parse(ClientMac), MacAddress.Parse(VipMac))));

        Assert.Equal(new[] { OfpType.FlowMod, OfpType.FlowMod, OfpType.PacketOut }, sw.Sent.Select(m => (OfpType)m[1]).ToArray());
        FlowModView reverse = FlowModView.Read(sw.Sent[0]);
        FlowModView forward = FlowModView.Read(sw.Sent[1]);
        Assert.Equal(
            "InPort=2,EthType=0x0800,IpProto=6,Ipv4Src=10.10.10.1,Ipv4Dst=10.10.10.2,TcpSrc=80,TcpDst=40000",
            FlowDescribe.Match(reverse.Match));
        Assert.Equal(
            $"set:EthSrc={VipMac},set:EthDst={ClientMac},output:1",
            FlowDescribe.Instructions(reverse.Instructions));
        Assert.Equal(
            "InPort=1,EthType=0x0800,IpProto=6,Ipv4Src=10.10.10.2,Ipv4Dst=10.10.10.1,TcpSrc=40000,TcpDst=80",
            FlowDescribe.Match(forward.Match));
        Assert.Equal(
            $"set:EthSrc={GatewayMac},set:EthDst={Srv1Mac},output:2",
            FlowDescribe.Instructions(forward.Instructions));
        foreach (byte[] message in sw.Sent.Take(2))
        {
            FlowModView flow = FlowModView.Read(message);
            Assert.Equal(MacEngine.ConnectionPriority, flow.Priority);
            Assert.Equal((ushort)7, flow.IdleTimeout);
            Assert.Equal(OfpFlowModFlags.SendFlowRem, flow.Flags);
            Assert.NotEqual(0UL, flow.Cookie.Value & MacCookie.ConnectionBit); // outside the reconciler's scope
        }

        Assert.Equal(MacCookie.Forward, MacCookie.KindOf(forward.Cookie));
        Assert.Equal(MacCookie.Reverse, MacCookie.KindOf(reverse.Cookie));

        // The SYN itself leaves with the forward rewrite; only MAC addresses change.
        SlicedPacket syn = SinglePacketOut(sw, out string actions);
        Assert.Equal($"set:EthSrc={GatewayMac},set:EthDst={Srv1Mac},output:2", actions);
        Assert.Equal(Ipv4Address.Parse(Vip), syn.Ipv4.Destination);
        Assert.Equal((ushort)40000, syn.Tcp.SourcePort);
        Assert.Equal(1, engine.Backends[0].ActiveConnections);
    }

    [Fact]
    public async Task Syn_RoundRobin_AlternatesServers()
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync();
        for (ushort port = 40000; port < 40010; port++)
        {
            engine.HandlePacketIn(sw, Syn(port));
        }

        Assert.Equal(5, engine.Backends[0].TotalConnections);
        Assert.Equal(5, engine.Backends[1].TotalConnections);
        Assert.Equal(20, sw.Flows.Count(f => f.Priority == MacEngine.ConnectionPriority));
    }

    [Fact]
    public async Task RepeatedPacketIn_SameConnection_ReusesTheServerAndCountsOneConnection()
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync();
        engine.HandlePacketIn(sw, Syn(40000));
        string first = FlowDescribe.Instructions(FlowModView.Read(sw.SentOf(OfpType.FlowMod)[1]).Instructions);

        // The SYN retransmitted, then the client's ACK while the datapath cache catches up.
        engine.HandlePacketIn(sw, Syn(40000));
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Tcp(Frames.ClientIp, 40000, Ipv4Address.Parse(Vip), 80, TcpFlags.Ack, seq: 1001)));

        List<byte[]> mods = sw.SentOf(OfpType.FlowMod);
        Assert.Equal(6, mods.Count);
        Assert.All(new[] { 1, 3, 5 }, i => Assert.Equal(first, FlowDescribe.Instructions(FlowModView.Read(mods[i]).Instructions)));
        Assert.Equal(2, engine.RepeatedPacketIns);
        Assert.Equal(1, engine.ConnectionCount);
        Assert.Equal(1, engine.Backends.Sum(b => b.TotalConnections));
        Assert.Equal(2, sw.Flows.Count(f => f.Priority == MacEngine.ConnectionPriority));

        // The next connection still goes to the other server.
        engine.HandlePacketIn(sw, Syn(40001));
        Assert.Equal(1, engine.Backends[0].TotalConnections);
        Assert.Equal(1, engine.Backends[1].TotalConnections);
    }

    [Fact]
    public async Task Syn_NewInitialSequenceOnALiveClientPort_IsANewConnection()
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync();
        engine.HandlePacketIn(sw, Syn(40000, seq: 1000));
        engine.HandlePacketIn(sw, Syn(40000, seq: 9000));

        Assert.Equal(2, engine.Backends.Sum(b => b.TotalConnections));
        Assert.Equal(1, engine.ConnectionCount);
        Assert.Equal(0, engine.RepeatedPacketIns);
    }

    [Fact]
    public async Task AckOfUnknownConnection_Reactive_RefusedWithRstToTheClient()
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync();
        engine.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Tcp(Frames.ClientIp, 40000, Ipv4Address.Parse(Vip), 80, TcpFlags.Ack)));

        Assert.Empty(sw.SentOf(OfpType.FlowMod));
        SlicedPacket rst = SinglePacketOut(sw, out string actions);
        Assert.True(rst.Tcp.Rst);
        Assert.Equal("output:1", actions);
    }

    [Theory]
    [InlineData("reset", true)]
    [InlineData("drop", false)]
    public async Task Syn_NoServerUp_RefusedAsConfigured(string refuse, bool expectRst)
    {
        MacBalanceOptions options = Options(probed: true);
        options.Refuse = refuse;
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync(options);

        engine.HandlePacketIn(sw, Syn(40000));

        Assert.Empty(sw.SentOf(OfpType.FlowMod));
        Assert.Equal(expectRst ? 1 : 0, sw.SentOf(OfpType.PacketOut).Count);
        Assert.Equal(1, engine.Selector.Refused);
    }

    [Fact]
    public async Task FlowRemoved_BothFlowsOfAConnection_EndsIt()
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync();
        engine.HandlePacketIn(sw, Syn(40000));
        Assert.Equal(1, engine.Backends[0].ActiveConnections);

        List<byte[]> forward = sw.Expire(f => f.Priority == MacEngine.ConnectionPriority && MacCookie.KindOf(new Cookie(f.Cookie)) == MacCookie.Forward);
        engine.HandleFlowRemoved(sw, Assert.Single(forward));
        Assert.Equal(1, engine.ConnectionCount); // the reverse flow still carries the server's last packets

        engine.HandleFlowRemoved(sw, Assert.Single(sw.Expire(f => f.Priority == MacEngine.ConnectionPriority)));
        Assert.Equal(0, engine.ConnectionCount);
        Assert.Equal(0, engine.Backends[0].ActiveConnections);
        Assert.Equal(1, engine.Backends[0].TotalConnections);
    }

    [Fact]
    public async Task PrepareSwitch_NewProcessAgainstSwitchWithLiveConnections_RebuildsThemAndChangesNothing()
    {
        (MacEngine first, FlowTableSwitch sw) = await ServingAsync();
        first.HandlePacketIn(sw, Syn(40000));
        first.HandlePacketIn(sw, Syn(40001));
        int flowsBefore = sw.Flows.Count;

        MacEngine second = Engine(Options());
        ReconcileResult? result = await second.PrepareSwitchAsync(sw);

        Assert.True(result!.Value.Unchanged, result.ToString());
        Assert.Equal(flowsBefore, sw.Flows.Count);
        Assert.Equal(2, second.ConnectionCount);
        Assert.Equal(1, second.Backends[0].ActiveConnections);
        Assert.Equal(1, second.Backends[1].ActiveConnections);

        // A late packet of a live connection keeps its server (srv2), whatever the round robin says next.
        sw.Sent.Clear();
        second.HandlePacketIn(sw, Frames.PacketIn(1, Frames.Tcp(Frames.ClientIp, 40001, Ipv4Address.Parse(Vip), 80, TcpFlags.Ack)));
        Assert.Contains($"set:EthDst={Srv2Mac},output:3", FlowDescribe.Instructions(FlowModView.Read(sw.SentOf(OfpType.FlowMod)[1]).Instructions), StringComparison.Ordinal);
        Assert.Equal(1, second.RepeatedPacketIns);
    }

    [Fact]
    public async Task ServerDown_DownServerFlowsRemove_DeletesOnlyItsConnectionFlows()
    {
        MacBalanceOptions options = Options(probed: true);
        options.DownServerFlows = "remove";
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync(options);
        engine.Backends[0].RecordProbe(true, TimeSpan.FromMilliseconds(1));
        engine.Backends[1].RecordProbe(true, TimeSpan.FromMilliseconds(1));
        engine.HandlePacketIn(sw, Syn(40000));
        engine.HandlePacketIn(sw, Syn(40001));
        int baseFlows = sw.Flows.Count(f => f.Priority != MacEngine.ConnectionPriority);

        engine.Backends[0].RecordProbe(false, TimeSpan.FromMilliseconds(1));

        Assert.Equal(2, sw.Flows.Count(f => f.Priority == MacEngine.ConnectionPriority));
        Assert.All(sw.Flows.Where(f => f.Priority == MacEngine.ConnectionPriority), f => Assert.Equal(1, MacCookie.ServerOf(new Cookie(f.Cookie))));
        Assert.Equal(baseFlows, sw.Flows.Count(f => f.Priority != MacEngine.ConnectionPriority));
    }

    // ---- proactive

    [Fact]
    public async Task PrepareSwitch_Proactive_SelectGroupWithABucketPerServerAndReturnFlows()
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync(Options("proactive"));

        (OfpGroupType type, byte[] buckets) = Assert.Single(sw.Groups, g => g.Key == Group).Value;
        Assert.Equal(OfpGroupType.Select, type);
        Assert.Equal(
            new[] { $"weight=100 set:EthSrc={GatewayMac},set:EthDst={Srv1Mac},output:2", $"weight=100 set:EthSrc={GatewayMac},set:EthDst={Srv2Mac},output:3" },
            FlowDescribe.Buckets(Group, new FlowTableSwitch.Group(type, buckets)));

        List<string> flows = Describe(sw.Flows);
        Assert.Contains($"table=0 prio=100 [InPort=1,EthType=0x0800,IpProto=6,Ipv4Dst=10.10.10.1,TcpDst=80] group:0x{Group:x8}", flows);
        Assert.Contains("table=0 prio=100 [InPort=2,EthType=0x0800,IpProto=6,Ipv4Src=10.10.10.1,TcpSrc=80] goto:1", flows);
        Assert.Contains("table=0 prio=100 [InPort=3,EthType=0x0800,IpProto=6,Ipv4Src=10.10.10.1,TcpSrc=80] goto:1", flows);
        Assert.Contains("table=1 prio=0 [] drop", flows);
        Assert.DoesNotContain(flows, f => f.Contains("TcpDst=80] CONTROLLER:65535", StringComparison.Ordinal));
        Assert.Equal(0, engine.ClientCount);
    }

    [Fact]
    public async Task ArpRequest_ProactiveClient_ReturnFlowInstalledBeforeTheAnswer()
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync(Options("proactive"));

        engine.HandlePacketIn(sw, Arp(1, ClientMac, "10.10.10.2", Vip));

        Assert.Equal(new[] { OfpType.FlowMod, OfpType.PacketOut }, sw.Sent.Select(m => (OfpType)m[1]).ToArray());
        Assert.Contains($"table=1 prio=100 [EthType=0x0800,Ipv4Dst=10.10.10.2] set:EthSrc={VipMac},set:EthDst={ClientMac},output:1", Describe(sw.Flows));

        // The same client asking again changes nothing in the switch.
        sw.Sent.Clear();
        engine.HandlePacketIn(sw, Arp(1, ClientMac, "10.10.10.2", Vip));
        Assert.Equal(new[] { OfpType.PacketOut }, sw.Sent.Select(m => (OfpType)m[1]).ToArray());
    }

    [Fact]
    public async Task ArpRequest_ProactiveClientChangesMac_ReturnFlowFollows()
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync(Options("proactive"));
        engine.HandlePacketIn(sw, Arp(1, ClientMac, "10.10.10.2", Vip));
        engine.HandlePacketIn(sw, Arp(1, "02:00:0a:0a:0a:99", "10.10.10.2", Vip));

        FlowTableSwitch.Flow client = Assert.Single(sw.Flows, f => f.TableId == 1 && f.Priority == MacEngine.ServicePriority);
        Assert.Contains("set:EthDst=02:00:0a:0a:0a:99", FlowDescribe.Flow(client), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Syn_Proactive_NoPacketOutAndNoFlowMod()
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync(Options("proactive"));

        engine.HandlePacketIn(sw, Syn(40000));

        Assert.Empty(sw.Sent);
        Assert.Equal(1, engine.TcpPacketIns);
        Assert.Equal(0, engine.ConnectionCount);
    }

    [Fact]
    public async Task PrepareSwitch_ProactiveReconnectAndRestart_ClientFlowsWantedAndNothingChanges()
    {
        (MacEngine first, FlowTableSwitch sw) = await ServingAsync(Options("proactive"));
        first.HandlePacketIn(sw, Arp(1, ClientMac, "10.10.10.2", Vip));
        first.HandlePacketIn(sw, Arp(1, "02:00:0a:0a:0a:03", "10.10.10.3", Vip));

        ReconcileResult? reconnect = await first.PrepareSwitchAsync(sw);
        Assert.True(reconnect!.Value.Unchanged, reconnect.ToString());

        MacEngine second = Engine(Options("proactive"));
        ReconcileResult? restart = await second.PrepareSwitchAsync(sw);
        Assert.True(restart!.Value.Unchanged, restart.ToString());
        Assert.Equal(1, restart.Value.GroupsKept);
        Assert.Equal(2, second.ClientCount);
        Assert.Equal(2, sw.Flows.Count(f => f.TableId == 1 && f.Priority == MacEngine.ServicePriority));
    }

    [Fact]
    public async Task PrepareSwitch_RightAfterStart_WaitsForTheFirstProbesSoTheGroupIsNotEmptied()
    {
        MacBalanceOptions options = Options("proactive", probed: true);
        options.Probe.IntervalMs = 200;
        options.Probe.Rise = 2;
        options.Probe.TimeoutMs = 100;
        MacEngine engine = Engine(options);
        var sw = new FlowTableSwitch();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // The prober brings both servers up while the switch is already connected.
        Task<ReconcileResult?> prepare = engine.PrepareSwitchAsync(sw);
        foreach (Backend backend in engine.Backends)
        {
            backend.RecordProbe(true, TimeSpan.FromMilliseconds(1));
            backend.RecordProbe(true, TimeSpan.FromMilliseconds(1));
        }

        ReconcileResult? result = await prepare;

        Assert.True(clock.ElapsedMilliseconds >= 250, $"reconciled after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(1, result!.Value.GroupsAdded);
        Assert.Equal(2, Buckets(sw).Count);
        Assert.DoesNotContain(sw.SentOf(OfpType.GroupMod), m => GroupModView.Read(m).Command == OfpGroupModCommand.Modify);
    }

    [Fact]
    public async Task BackendStateChanged_Proactive_GroupFollowsHealth()
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync(Options("proactive", probed: true));
        Assert.Empty(Buckets(sw)); // nobody up: the group drops

        engine.Backends[0].RecordProbe(true, TimeSpan.FromMilliseconds(1));
        engine.Backends[1].RecordProbe(true, TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, Buckets(sw).Count);

        sw.Sent.Clear();
        engine.Backends[1].RecordProbe(false, TimeSpan.FromMilliseconds(1));
        GroupModView modify = GroupModView.Read(Assert.Single(sw.SentOf(OfpType.GroupMod)));
        Assert.Equal(OfpGroupModCommand.Modify, modify.Command);
        Assert.Equal($"weight=100 set:EthSrc={GatewayMac},set:EthDst={Srv1Mac},output:2", Assert.Single(Buckets(sw)));
        Assert.Equal(0, engine.BucketWeightOf(engine.Backends[1]));
    }

    [Fact]
    public async Task PrepareSwitch_ReactiveAfterProactive_GroupAndReturnFlowsRemoved()
    {
        (MacEngine proactive, FlowTableSwitch sw) = await ServingAsync(Options("proactive"));
        proactive.HandlePacketIn(sw, Arp(1, ClientMac, "10.10.10.2", Vip));

        MacEngine reactive = Engine(Options());
        ReconcileResult? result = await reactive.PrepareSwitchAsync(sw);

        Assert.Empty(sw.Groups);
        Assert.DoesNotContain(sw.Flows, f => f.TableId == 1);
        Assert.Equal(1, result!.Value.GroupsDeleted);
        Assert.Contains("table=0 prio=100 [InPort=1,EthType=0x0800,IpProto=6,Ipv4Dst=10.10.10.1,TcpDst=80] CONTROLLER:65535", Describe(sw.Flows));
    }

    // ---- operator view

    [Theory]
    [InlineData("reactive", "active=0 total=0", "connections=0")]
    [InlineData("proactive", "bucket=100", "clients=0")]
    public async Task FormatStatus_AnyMode_PerServerLinesThenPacketInsByKind(string mode, string serverPart, string allPart)
    {
        (MacEngine engine, FlowTableSwitch sw) = await ServingAsync(Options(mode));
        engine.HandlePacketIn(sw, Arp(1, ClientMac, "10.10.10.2", Vip));
        engine.HandlePacketIn(sw, Syn(40000));
        if (mode == "reactive")
        {
            foreach (byte[] removed in sw.Expire(f => f.Priority == MacEngine.ConnectionPriority))
            {
                engine.HandleFlowRemoved(sw, removed);
            }

            serverPart = "active=0 total=1";
        }

        string[] lines = engine.FormatStatus(0, 42).Split(Environment.NewLine);

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("srv1     UP ", lines[0], StringComparison.Ordinal);
        Assert.Contains(serverPart, lines[0], StringComparison.Ordinal);
        Assert.Contains($"mode={mode} packetins=42 arp=1 tcp=1 other=0", lines[2], StringComparison.Ordinal);
        Assert.Contains(allPart.Replace("clients=0", "clients=1", StringComparison.Ordinal), lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_PacketInsAndConnections_PublishedOnTheMacBalanceMeter()
    {
        var seen = new List<(string Instrument, long Value, string Tag)>();
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == MacMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (seen)
            {
                seen.Add((instrument.Name, value, tags.Length == 0 ? string.Empty : tags[0].Key + "=" + tags[0].Value));
            }
        });
        listener.Start();
        MacSettings settings = MacSettings.Parse(Options());
        var selector = new BackendSelector(settings.CreateBackends(distinctAddresses: false), settings.Policy);
        var engine = new MacEngine(settings, selector, NullLogger<MacEngine>.Instance, new MacMetrics(null));
        var sw = new FlowTableSwitch();
        await engine.PrepareSwitchAsync(sw);

        engine.HandlePacketIn(sw, Arp(1, ClientMac, "10.10.10.2", Vip));
        engine.HandlePacketIn(sw, Syn(40000));
        listener.RecordObservableInstruments();

        Assert.Contains(("macbalance.packet_ins", 1L, "kind=arp"), seen);
        Assert.Contains(("macbalance.packet_ins", 1L, "kind=tcp"), seen);
        Assert.Contains(("macbalance.connections", 1L, "server=srv1"), seen);
        Assert.Contains(("macbalance.server.active_connections", 1L, "server=srv1"), seen);
        Assert.Contains(("macbalance.clients", 1L, string.Empty), seen);
    }

    private static string RepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "OpenFlow.sln")))
        {
            dir = Path.GetDirectoryName(dir.TrimEnd('/'));
        }

        return dir ?? throw new InvalidOperationException("OpenFlow.sln not found above " + AppContext.BaseDirectory);
    }
}
