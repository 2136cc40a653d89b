using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging.Abstractions;
using OpenFlow.Balancing.Hosting;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Hosting;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.Samples.NaptBalance;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Balancers.Tests.Unit;

/// <summary>BalancerApp (with NaptBalance's reactive engine) on the real controller runtime, driven by the TestKit's scripted switch over loopback TCP.</summary>
public class BalancerAppLoopbackTests
{
    [Fact]
    public async Task SwitchReady_ReadsFlowsThenReconcilesBaseFlowsThenAnswersArp()
    {
        NaptEngine engine = NaptEngineTests.Engine(NaptEngineTests.Options());
        var app = new BalancerApp(engine, NullLogger<BalancerApp>.Instance);
        var options = new OpenFlowControllerOptions { Listen = "127.0.0.1:0", EchoInterval = TimeSpan.FromSeconds(30), EchoTimeout = TimeSpan.FromSeconds(60) };
        await using var controller = new OpenFlowController(options, new IOpenFlowApp[] { app });
        await controller.StartAsync();
        await using FakeSwitch fake = await FakeSwitch.ConnectAsync(controller.ListenEndPoints[0]);
        await fake.HandshakeAsync(new DatapathId(0xa1), 3);

        // First the controller asks for the flows with our cookie; the switch has none.
        byte[] request = await fake.ExpectAsync(OfpType.MultipartRequest);
        MultipartRequestView view = MultipartRequestView.Read(request);
        Assert.Equal(OfpMultipartType.Flow, view.Type);
        FlowStatsRequestView body = view.ReadFlowStatsRequest();
        Assert.Equal(NaptCookie.Magic, body.Cookie.Value);
        Assert.Equal(NaptCookie.OursMask, body.CookieMask.Value);
        await fake.SendAsync(FakeSwitch.Encode(FakeSwitch.XidOf(request), static (ref OpenFlowWriter w, in Xid xid) =>
            w.EndMessage(w.BeginMultipartReply(xid, OfpMultipartType.Flow))));

        // Then the reconciler reads the base flows (every mode's infrastructure cookie) and the select group's id range;
        // the switch has neither, so the base flows are added, and a barrier ends it before serving.
        byte[] infra = await fake.ExpectAsync(OfpType.MultipartRequest);
        FlowStatsRequestView infraBody = MultipartRequestView.Read(infra).ReadFlowStatsRequest();
        Assert.Equal(NaptCookie.InfrastructureCookie, infraBody.Cookie);
        Assert.Equal(NaptCookie.KindMask, infraBody.CookieMask.Value);
        await fake.SendAsync(FakeSwitch.Encode(FakeSwitch.XidOf(infra), static (ref OpenFlowWriter w, in Xid xid) =>
            w.EndMessage(w.BeginMultipartReply(xid, OfpMultipartType.Flow))));
        byte[] groups = await fake.ExpectAsync(OfpType.MultipartRequest);
        Assert.Equal(OfpMultipartType.GroupDesc, MultipartRequestView.Read(groups).Type);
        await fake.SendAsync(FakeSwitch.Encode(FakeSwitch.XidOf(groups), static (ref OpenFlowWriter w, in Xid xid) =>
            w.EndMessage(w.BeginMultipartReply(xid, OfpMultipartType.GroupDesc))));

        int flowMods = 0;
        byte[] barrier;
        while (FakeSwitch.TypeOf(barrier = await fake.ReadMessageAsync()) == OfpType.FlowMod)
        {
            Assert.Equal(OfpFlowModCommand.Add, FlowModView.Read(barrier).Command);
            flowMods++;
        }

        Assert.Equal(OfpType.BarrierRequest, FakeSwitch.TypeOf(barrier));
        Assert.Equal(8, flowMods); // table-miss, 5 punts, 2 drops
        Assert.False(engine.IsServing);
        await fake.SendAsync(FakeSwitch.Encode(FakeSwitch.XidOf(barrier), static (ref OpenFlowWriter w, in Xid xid) => w.WriteBarrierReply(xid)));
        for (int i = 0; i < 100 && !engine.IsServing; i++)
        {
            await Task.Delay(20);
        }

        Assert.True(engine.IsServing);

        await fake.SendAsync(Frames.PacketIn(1, Frames.ArpRequest(Frames.ClientMac, Frames.ClientIp, Ipv4Address.Parse("10.10.10.1"))));
        byte[] packetOut = await fake.ExpectAsync(OfpType.PacketOut);
        Assert.True(PacketSlicer.TrySlice(PacketOutView.Read(packetOut).Data, out SlicedPacket reply, out _));
        Assert.Equal(ArpOperation.Reply, reply.Arp.Operation);
    }
}
