using System;
using System.Threading.Tasks;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Controller.Tests.Connection;

public class LivenessTests
{
    [Fact]
    public async Task EchoRequest_FromSwitch_AnsweredWithSameXidAndData()
    {
        await using var harness = await ControllerHarness.StartAsync();
        await using FakeSwitch fake = await harness.ConnectReadyAsync(1);
        await fake.SendAsync(Hex.Parse("04 02 000c 12345678 # ECHO_REQUEST\n de ad be ef # data"));
        byte[] reply = await fake.ExpectAsync(OfpType.EchoReply);
        Assert.Equal(Hex.Parse("04 03 000c 12345678 de ad be ef"), reply);
    }

    [Fact]
    public async Task EchoRequest_BeforeHandshakeEnds_Answered()
    {
        await using var harness = await ControllerHarness.StartAsync();
        await using FakeSwitch fake = await harness.ConnectAsync();
        await fake.ExpectAsync(OfpType.Hello);
        await fake.SendAsync(FakeSwitch.Encode(static (ref OpenFlowWriter w, in int _) => w.WriteHello(new Xid(1), new byte[] { 4 })));
        await fake.SendAsync(Hex.Parse("04 02 0008 00000077"));
        byte[] a = await fake.ReadMessageAsync();
        byte[] b = await fake.ReadMessageAsync();
        byte[] echo = FakeSwitch.TypeOf(a) == OfpType.EchoReply ? a : b;
        Assert.Equal(OfpType.FeaturesRequest, FakeSwitch.TypeOf(ReferenceEquals(echo, a) ? b : a));
        Assert.Equal(Hex.Parse("04 03 0008 00000077"), echo);
    }

    [Fact]
    public async Task Idle_ControllerSendsEchoRequest_AndSwitchStaysWhenItAnswers()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(o =>
        {
            o.EchoInterval = TimeSpan.FromMilliseconds(150);
            o.EchoTimeout = TimeSpan.FromMilliseconds(1200);
        }, app);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(1);
        fake.AutoEcho = false;
        for (int i = 0; i < 3; i++)
        {
            byte[] echo = await fake.ExpectAsync(OfpType.EchoRequest);
            Assert.Equal(8, EchoView.Read(echo).Length);
            await fake.AnswerEchoAsync(echo);
        }

        Assert.True(app.Ready[1].IsConnected);
    }

    [Fact]
    public async Task Silent_SwitchDroppedAfterEchoTimeout_AndAppsTold()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(o =>
        {
            o.EchoInterval = TimeSpan.FromMilliseconds(100);
            o.EchoTimeout = TimeSpan.FromMilliseconds(400);
        }, app);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(1);
        long start = Environment.TickCount64;
        var messages = await fake.ReadUntilClosedAsync();
        Assert.Contains(messages, m => FakeSwitch.TypeOf(m) == OfpType.EchoRequest);
        Assert.InRange(Environment.TickCount64 - start, 200, 3000);
        Assert.Contains("no message", await app.FirstGone.Task.WaitAsync(TimeSpan.FromSeconds(5)), StringComparison.Ordinal);
        Assert.True(harness.Log.Contains("silent"), harness.Log.All);
        await ControllerHarness.WaitUntilAsync(() => harness.Controller.ConnectionCount == 0, "connection released");
        Assert.Empty(harness.Controller.Switches);
    }
}
