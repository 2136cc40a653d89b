using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging.Abstractions;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Switch;
using OpenFlow.Balancers.Tests.EndToEnd;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.Samples.NaptBalance;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Balancers.Tests.Unit;

/// <summary>The flows and buckets each mode wants, decoded with our codec (and, where Open vSwitch is installed, with ovs-ofctl).</summary>
public class NaptBalanceModePipelineTests
{
    internal static NaptProactiveEngine Engine(string mode, NaptBalanceOptions? options = null)
    {
        options ??= NaptEngineTests.Options();
        options.Mode = mode;
        NaptSettings settings = NaptSettings.Parse(options);
        return new NaptProactiveEngine(settings, settings.CreateBackends(), NullLogger<NaptProactiveEngine>.Instance);
    }

    [Fact]
    public void Conntrack_DesiredState_ZonesNatAndMacRewritesAsDesigned()
    {
        List<string> flows = FlowDescribe.Flows(Engine("conntrack").DesiredState().Flows);

        string[] pipeline =
        {
            // Table 0: the client's TCP to the VIP into zone 1 (DNAT), the servers' answers into zone 2 (un-SNAT).
            "table=0 prio=100 [InPort=1,EthType=0x0800,IpProto=6,Ipv4Dst=10.10.10.1,TcpDst=80] ct(zone=1,table=1,nat)",
            "table=0 prio=100 [InPort=2,EthType=0x0800,IpProto=6,Ipv4Src=10.10.11.11,Ipv4Dst=10.10.11.1] ct(zone=2,table=3,nat)",
            "table=0 prio=100 [InPort=3,EthType=0x0800,IpProto=6,Ipv4Src=10.10.11.12,Ipv4Dst=10.10.11.1] ct(zone=2,table=3,nat)",

            // Table 1: new connections to the select group, established ones to their SNAT in zone 2.
            "table=1 prio=100 [EthType=0x0800,IpProto=6,ct_state=0x21/0x21] group:0x4c420001",
            "table=1 prio=90 [EthType=0x0800,IpProto=6,ct_state=0x22/0x22] ct(zone=2,table=2,nat)",

            // Table 5: the SNAT of a new connection, to the gateway and a port of the configured range.
            "table=5 prio=100 [EthType=0x0800,IpProto=6] ct(commit,zone=2,table=2,nat(src=10.10.11.1,ports=20000-20099))",

            // Table 2: to the server; tables 3 and 4: back through zone 1 to the client, its MAC from the label.
            "table=2 prio=100 [EthType=0x0800,Ipv4Dst=10.10.11.11] set:EthSrc=02:00:0a:0a:0b:01,set:EthDst=02:00:0a:0a:0b:0b,output:2",
            "table=2 prio=100 [EthType=0x0800,Ipv4Dst=10.10.11.12] set:EthSrc=02:00:0a:0a:0b:01,set:EthDst=02:00:0a:0a:0b:0c,output:3",
            "table=3 prio=100 [EthType=0x0800,IpProto=6,ct_state=0x22/0x22] ct(zone=1,table=4,nat)",
            "table=4 prio=100 [EthType=0x0800,IpProto=6,Ipv4Src=10.10.10.1,ct_state=0x22/0x22] move:ct_label[0..47]->NXM_OF_ETH_DST[0..47],set:EthSrc=02:00:0a:0a:0a:01,output:1",
        };
        foreach (string flow in pipeline)
        {
            Assert.Contains(flow, flows);
        }

        // Every table ends in a drop; the only PacketIns are ARP and pings (no TCP punt).
        foreach (int table in new[] { 0, 1, 2, 3, 4, 5 })
        {
            Assert.Contains($"table={table} prio=0 [] drop", flows);
        }

        Assert.All(flows.Where(f => f.Contains("CONTROLLER", StringComparison.Ordinal)), f => Assert.Matches("EthType=0x0806|Icmpv4Type=8", f));
        Assert.Equal(pipeline.Length + 6 + 6, flows.Count); // + base: 4 ARP/ping punts, 2 drops (table-miss counted above)
    }

    [Fact]
    public void Conntrack_Bucket_CommitsTheDnatInZone1WithTheClientMacInTheLabel()
    {
        DesiredSwitchState desired = Engine("conntrack").DesiredState();

        byte[] group = Assert.Single(desired.Groups);
        GroupModView view = GroupModView.Read(group);
        Assert.Equal(OfpGroupType.Select, view.GroupType);
        Assert.Equal(new GroupId(0x4c42_0001), view.GroupId);
        Assert.Equal(
            new[]
            {
                "weight=100 ct(commit,zone=1,table=5,nat(dst=10.10.11.11),move:NXM_OF_ETH_SRC[0..47]->ct_label[0..47])",
                "weight=100 ct(commit,zone=1,table=5,nat(dst=10.10.11.12),move:NXM_OF_ETH_SRC[0..47]->ct_label[0..47])",
            },
            FlowDescribe.Buckets(group));
    }

    [Fact]
    public void Proactive_DesiredState_GroupForNewConnectionsReverseFlowPerServerClientTable()
    {
        List<string> flows = FlowDescribe.Flows(Engine("proactive").DesiredState().Flows);

        string[] pipeline =
        {
            "table=0 prio=100 [InPort=1,EthType=0x0800,IpProto=6,Ipv4Dst=10.10.10.1,TcpDst=80] group:0x4c420001",
            "table=0 prio=100 [InPort=2,EthType=0x0800,IpProto=6,Ipv4Src=10.10.11.11,TcpSrc=80] set:Ipv4Src=10.10.10.1,set:EthSrc=02:00:0a:0a:0a:01 goto:1",
            "table=0 prio=100 [InPort=3,EthType=0x0800,IpProto=6,Ipv4Src=10.10.11.12,TcpSrc=80] set:Ipv4Src=10.10.10.1,set:EthSrc=02:00:0a:0a:0a:01 goto:1",

            // A reply to an unknown client: its headers to the controller, which asks the client (ARP) for its MAC.
            "table=1 prio=0 [] CONTROLLER:64",
            "table=0 prio=100 [InPort=1,EthType=0x0806,ArpOp=2,ArpTpa=10.10.10.1] CONTROLLER:65535",
        };
        foreach (string flow in pipeline)
        {
            Assert.Contains(flow, flows);
        }

        Assert.DoesNotContain(flows, f => f.Contains("TcpDst=80] CONTROLLER", StringComparison.Ordinal));
        Assert.Equal(pipeline.Length + 7, flows.Count);
    }

    [Fact]
    public void Proactive_Bucket_RewritesTheDestinationToTheServer()
    {
        DesiredSwitchState desired = Engine("proactive").DesiredState();

        Assert.Equal(
            new[]
            {
                "weight=100 set:EthSrc=02:00:0a:0a:0b:01,set:EthDst=02:00:0a:0a:0b:0b,set:Ipv4Dst=10.10.11.11,output:2",
                "weight=100 set:EthSrc=02:00:0a:0a:0b:01,set:EthDst=02:00:0a:0a:0b:0c,set:Ipv4Dst=10.10.11.12,output:3",
            },
            FlowDescribe.Buckets(Assert.Single(desired.Groups)));
    }

    [Fact]
    public void Proactive_ClientFlow_SetsTheClientMacAndLeavesByTheClientPort()
    {
        NaptProactiveEngine engine = Engine("proactive");
        byte[] flow = FakeSwitch.Encode(engine.Pipeline, static (ref OpenFlowWriter w, in INaptPipeline p) =>
            p.WriteClientFlow(ref w, new Xid(7), Frames.ClientIp, Frames.ClientMac));

        Assert.Equal("table=1 prio=100 [EthType=0x0800,Ipv4Dst=10.10.10.2] set:EthDst=02:00:0a:0a:0a:02,output:1", FlowDescribe.Flow(flow));
        Assert.Equal(NaptCookie.PipelineCookie(BalancerMode.Proactive), FlowModView.Read(flow).Cookie);
    }

    [Fact]
    public void Conntrack_ClientFlows_NoneNeeded()
    {
        INaptPipeline pipeline = Engine("conntrack").Pipeline;
        Assert.False(pipeline.LearnsClients);
        Assert.Throws<NotSupportedException>(() => pipeline.AddClientFlow(new DesiredSwitchState(NaptCookie.InfrastructureCookie, new Cookie(NaptCookie.KindMask), new GroupId(1), new GroupId(1)), Frames.ClientIp, Frames.ClientMac));
    }

    [Fact]
    public void Reactive_DesiredState_BaseFlowsWithTheTcpPuntAndTheGroupRangeOwned()
    {
        NaptSettings settings = NaptSettings.Parse(NaptEngineTests.Options());
        DesiredSwitchState desired = NaptEngine.DesiredState(settings, settings.CreateBackends());

        List<string> flows = FlowDescribe.Flows(desired.Flows);
        Assert.Equal(8, flows.Count);
        Assert.Contains("table=0 prio=100 [InPort=1,EthType=0x0800,IpProto=6,Ipv4Dst=10.10.10.1,TcpDst=80] CONTROLLER:65535", flows);
        Assert.Empty(desired.Groups);

        // Scope: every mode's pipeline flows and the select group, so a switch from a proactive mode leaves nothing.
        Assert.True(desired.Owns(NaptCookie.PipelineCookie(BalancerMode.Conntrack)));
        Assert.True(desired.Owns(NaptCookie.PipelineCookie(BalancerMode.Proactive)));
        Assert.False(desired.Owns(NaptCookie.Make(NaptCookie.Forward, 0, 20000)));
        Assert.True(desired.Owns(new GroupId(0x4c42_0001)));
    }

    [Theory]
    [InlineData("reactive", BalancerMode.Reactive)]
    [InlineData("Proactive", BalancerMode.Proactive)]
    [InlineData("CONNTRACK", BalancerMode.Conntrack)]
    public void Parse_EveryMode_Accepted(string text, BalancerMode mode)
    {
        NaptBalanceOptions options = NaptEngineTests.Options();
        options.Mode = text;
        Assert.Equal(mode, NaptSettings.Parse(options).Mode);
    }

    /// <summary>
    /// A second opinion from Open vSwitch: ovs-ofctl ofp-print decodes what our codec wrote for the conntrack mode as
    /// the pipeline this mode is meant to be (the same text <c>ovs-ofctl dump-flows</c> shows for the flows installed).
    /// </summary>
    [Fact]
    public async Task Conntrack_OvsOfctl_DecodesFlowsAndGroupAsDesigned()
    {
        if (!Sh.OnPath("ovs-ofctl"))
        {
            Assert.SkipWhen(!LabFixture.InCi, "ovs-ofctl is not installed (scripts/install-deps.sh)");
            Assert.Fail("CI=true and ovs-ofctl is missing");
        }

        DesiredSwitchState desired = Engine("conntrack").DesiredState();
        var printed = new List<string>();
        foreach (byte[] message in desired.Flows.Concat(desired.Groups))
        {
            (int code, string text, string error) = await Sh.RunAsync("ovs-ofctl", new[] { "ofp-print", Convert.ToHexString(message) });
            Assert.True(code == 0, error);
            // "OFPT_FLOW_MOD (OF1.3) (xid=0x0): ADD ..." (a group mod continues on the next line): the part after the header.
            string joined = string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            printed.Add(joined[(joined.IndexOf("):", StringComparison.Ordinal) + 2)..].Trim());
        }

        string[] expected =
        {
            "ADD priority=100,tcp,in_port=1,nw_dst=10.10.10.1,tp_dst=80 cookie:0x4e41505430ff0002 actions=ct(table=1,zone=1,nat)",
            "ADD priority=100,tcp,in_port=2,nw_src=10.10.11.11,nw_dst=10.10.11.1 cookie:0x4e41505430ff0002 actions=ct(table=3,zone=2,nat)",
            "ADD table:1 priority=100,ct_state=+new+trk,tcp cookie:0x4e41505430ff0002 actions=group:1279393793",
            "ADD table:1 priority=90,ct_state=+est+trk,tcp cookie:0x4e41505430ff0002 actions=ct(table=2,zone=2,nat)",
            "ADD table:5 priority=100,tcp cookie:0x4e41505430ff0002 actions=ct(commit,table=2,zone=2,nat(src=10.10.11.1:20000-20099))",
            "ADD table:2 priority=100,ip,nw_dst=10.10.11.11 cookie:0x4e41505430ff0002 actions=set_field:02:00:0a:0a:0b:01->eth_src,set_field:02:00:0a:0a:0b:0b->eth_dst,output:2",
            "ADD table:3 priority=100,ct_state=+est+trk,tcp cookie:0x4e41505430ff0002 actions=ct(table=4,zone=1,nat)",
            "ADD table:4 priority=100,ct_state=+est+trk,tcp,nw_src=10.10.10.1 cookie:0x4e41505430ff0002 actions=move:NXM_NX_CT_LABEL[0..47]->NXM_OF_ETH_DST[],set_field:02:00:0a:0a:0a:01->eth_src,output:1",
            "ADD group_id=1279393793,type=select,bucket=weight:100,actions=ct(commit,table=5,zone=1,nat(dst=10.10.11.11),exec(move:NXM_OF_ETH_SRC[]->NXM_NX_CT_LABEL[0..47])),bucket=weight:100,actions=ct(commit,table=5,zone=1,nat(dst=10.10.11.12),exec(move:NXM_OF_ETH_SRC[]->NXM_NX_CT_LABEL[0..47]))",
        };
        foreach (string line in expected)
        {
            Assert.Contains(line, printed);
        }
    }
}
