using System;
using System.Linq;
using System.Threading.Tasks;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Controller.Tests.Connection;

public class HandshakeTests
{
    [Fact]
    public async Task Handshake_FakeSwitch_AppsHearReadyWithFeaturesAndPorts()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app);
        await using FakeSwitch fake = await harness.ConnectAsync();

        byte[] hello = await fake.ExpectAsync(OfpType.Hello);
        Assert.Equal(OfpVersion.Of13, hello[0]);
        Assert.True(HelloView.Read(hello).SupportsVersion(OfpVersion.Of13));
        await fake.SendAsync(FakeSwitch.Encode(static (ref OpenFlowWriter w, in int _) => w.WriteHello(new Xid(9), new byte[] { OfpVersion.Of13 })));
        byte[] features = await fake.ExpectAsync(OfpType.FeaturesRequest);
        await fake.SendAsync(FakeSwitch.Encode(FakeSwitch.XidOf(features), static (ref OpenFlowWriter w, in Xid xid) =>
            w.WriteFeaturesReply(xid, new DatapathId(0xabc), 256, 10, 0, OfpCapabilities.FlowStats)));
        byte[] portDesc = await fake.ExpectAsync(OfpType.MultipartRequest);
        Assert.Equal(OfpMultipartType.PortDesc, MultipartRequestView.Read(portDesc).Type);
        await fake.SendAsync(FakeSwitch.PortDescReply(FakeSwitch.XidOf(portDesc), FakeSwitch.Ports(1, 3), OfpMultipartReplyFlags.None));
        byte[] setConfig = await fake.ExpectAsync(OfpType.SetConfig);
        Assert.Equal(128, SwitchConfigView.Read(setConfig).MissSendLen);
        byte[] barrier = await fake.ExpectAsync(OfpType.BarrierRequest);
        await fake.SendAsync(FakeSwitch.Encode(FakeSwitch.XidOf(barrier), static (ref OpenFlowWriter w, in Xid xid) => w.WriteBarrierReply(xid)));

        var ready = await app.FirstReady.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0xabcUL, ready.DatapathId.Value);
        Assert.Equal(10, ready.Features!.NTables);
        Assert.Equal(new uint[] { 1, 2, 3 }, ready.Ports.Select(p => p.PortNo.Value).ToArray());
        Assert.Equal("p2", ready.Ports[1].Name);
        Assert.True(harness.Controller.TryGetSwitch(new DatapathId(0xabc), out _));
        Assert.Contains(harness.Log.Lines, l => l.Contains("ready", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handshake_MissSendLengthOption_SentInSetConfig()
    {
        await using var harness = await ControllerHarness.StartAsync(o => o.MissSendLength = 0xffff);
        await using FakeSwitch fake = await harness.ConnectAsync();
        await fake.ExpectAsync(OfpType.Hello);
        await fake.SendAsync(FakeSwitch.Encode(static (ref OpenFlowWriter w, in int _) => w.WriteHello(new Xid(1), new byte[] { 1, 4 })));
        byte[] features = await fake.ExpectAsync(OfpType.FeaturesRequest);
        await fake.SendAsync(FakeSwitch.Encode(FakeSwitch.XidOf(features), static (ref OpenFlowWriter w, in Xid xid) => w.WriteFeaturesReply(xid, new DatapathId(1), 0, 1, 0, 0)));
        byte[] portDesc = await fake.ExpectAsync(OfpType.MultipartRequest);
        await fake.SendAsync(FakeSwitch.PortDescReply(FakeSwitch.XidOf(portDesc), FakeSwitch.Ports(1, 1), OfpMultipartReplyFlags.None));
        Assert.Equal(0xffff, SwitchConfigView.Read(await fake.ExpectAsync(OfpType.SetConfig)).MissSendLen);
    }

    [Fact]
    public async Task Hello_OnlyOpenFlow10_HelloFailedIncompatibleThenClose()
    {
        await using var harness = await ControllerHarness.StartAsync();
        await using FakeSwitch fake = await harness.ConnectAsync();
        await fake.ExpectAsync(OfpType.Hello);
        await fake.SendAsync(Hex.Parse("01 00 0008 00000007 # OpenFlow 1.0 HELLO, no bitmap"));

        byte[] error = await fake.ExpectAsync(OfpType.Error);
        ErrorView view = ErrorView.Read(error);
        Assert.Equal(OfpErrorType.HelloFailed, view.Type);
        Assert.Equal((ushort)OfpHelloFailedCode.Incompatible, view.Code);
        Assert.Equal(7u, view.Xid.Value);
        Assert.Empty(await fake.ReadUntilClosedAsync());
        Assert.True(harness.Log.Contains("no common version"));
    }

    [Fact]
    public async Task Hello_BitmapWithout13_HelloFailed()
    {
        await using var harness = await ControllerHarness.StartAsync();
        await using FakeSwitch fake = await harness.ConnectAsync();
        await fake.ExpectAsync(OfpType.Hello);
        await fake.SendAsync(FakeSwitch.Encode(static (ref OpenFlowWriter w, in int _) => w.WriteHello(new Xid(1), new byte[] { 5, 6 })));
        ErrorView view = ErrorView.Read(await fake.ExpectAsync(OfpType.Error));
        Assert.Equal(OfpErrorType.HelloFailed, view.Type);
        Assert.Empty(await fake.ReadUntilClosedAsync());
    }

    [Fact]
    public async Task Hello_Version15WithoutBitmap_Negotiates13()
    {
        await using var harness = await ControllerHarness.StartAsync();
        await using FakeSwitch fake = await harness.ConnectAsync();
        await fake.ExpectAsync(OfpType.Hello);
        await fake.SendAsync(Hex.Parse("06 00 0008 00000001 # OpenFlow 1.5 HELLO, no bitmap: 1.3 is the lower of both"));
        Assert.Equal(OfpType.FeaturesRequest, FakeSwitch.TypeOf(await fake.ReadMessageAsync()));
    }

    [Fact]
    public async Task Handshake_SwitchNeverAnswersFeatures_DroppedAfterHandshakeTimeout()
    {
        await using var harness = await ControllerHarness.StartAsync(o => o.HandshakeTimeout = TimeSpan.FromMilliseconds(300));
        await using FakeSwitch fake = await harness.ConnectAsync();
        await fake.ExpectAsync(OfpType.Hello);
        await fake.SendAsync(FakeSwitch.Encode(static (ref OpenFlowWriter w, in int _) => w.WriteHello(new Xid(1), new byte[] { 4 })));
        await fake.ExpectAsync(OfpType.FeaturesRequest);
        Assert.Empty(await fake.ReadUntilClosedAsync());
        Assert.True(harness.Log.Contains("FEATURES_REQUEST"), harness.Log.All);
        await ControllerHarness.WaitUntilAsync(() => harness.Controller.ConnectionCount == 0, "connection released");
    }

    [Fact]
    public async Task Handshake_SameDatapathIdAgain_OldConnectionClosedAndAppsToldFirst()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app);
        await using FakeSwitch first = await harness.ConnectReadyAsync(42);
        ISwitchConnection old = app.Ready[42];
        await using FakeSwitch second = await harness.ConnectAsync();
        await second.HandshakeAsync(42);
        await ControllerHarness.WaitUntilAsync(() => app.Events.Count(e => e == "ready 000000000000002a") == 2, "second ready");

        Assert.Empty(await first.ReadUntilClosedAsync());
        Assert.False(old.IsConnected);
        Assert.Equal(new[] { "ready 000000000000002a", "gone 000000000000002a", "ready 000000000000002a" }, app.Events.ToArray());
        Assert.True(harness.Controller.TryGetSwitch(new DatapathId(42), out var current));
        Assert.NotSame(old, current);
        Assert.Single(harness.Controller.Switches);
    }
}
