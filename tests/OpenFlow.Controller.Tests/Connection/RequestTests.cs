using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
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

public class RequestTests
{
    private static ValueTask<ushort> GetConfigAsync(ISwitchConnection sw, TimeSpan? timeout = null, CancellationToken token = default) =>
        sw.RequestAsync(
            0,
            static (ref OpenFlowWriter w, in int _, Xid xid) => w.WriteGetConfigRequest(xid),
            static reply => SwitchConfigView.Read(reply).MissSendLen,
            timeout,
            token);

    [Fact]
    public async Task RequestAsync_RepliesOutOfOrder_EachCorrelatedByXid()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(7, app);
        ISwitchConnection sw = app.Ready[7];

        ValueTask<ushort> first = GetConfigAsync(sw);
        ValueTask<ushort> second = GetConfigAsync(sw);
        byte[] r1 = await fake.ExpectAsync(OfpType.GetConfigRequest);
        byte[] r2 = await fake.ExpectAsync(OfpType.GetConfigRequest);
        Assert.NotEqual(FakeSwitch.XidOf(r1), FakeSwitch.XidOf(r2));
        await fake.SendAsync(FakeSwitch.Encode(FakeSwitch.XidOf(r2), static (ref OpenFlowWriter w, in Xid x) => w.WriteGetConfigReply(x, OfpConfigFlags.FragNormal, 222)));
        await fake.SendAsync(FakeSwitch.Encode(FakeSwitch.XidOf(r1), static (ref OpenFlowWriter w, in Xid x) => w.WriteGetConfigReply(x, OfpConfigFlags.FragNormal, 111)));
        Assert.Equal(111, await first);
        Assert.Equal(222, await second);
    }

    [Fact]
    public async Task RequestAsync_ErrorReply_ThrowsOpenFlowErrorExceptionWithTypeCodeData()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(7, app);
        ValueTask<ushort> pending = GetConfigAsync(app.Ready[7]);
        byte[] request = await fake.ExpectAsync(OfpType.GetConfigRequest);
        await fake.SendAsync(FakeSwitch.Encode(request, static (ref OpenFlowWriter w, in byte[] req) =>
            w.WriteError(FakeSwitch.XidOf(req), OfpErrorType.BadRequest, (ushort)OfpBadRequestCode.Eperm, req)));
        var ex = await Assert.ThrowsAsync<OpenFlowErrorException>(async () => await pending);
        Assert.Equal(OfpErrorType.BadRequest, ex.ErrorType);
        Assert.Equal((ushort)OfpBadRequestCode.Eperm, ex.Code);
        Assert.Equal(request, ex.ErrorData.ToArray());
        Assert.DoesNotContain(app.Events, e => e.StartsWith("error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnsolicitedError_GoesToApps()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(7, app);
        await fake.SendAsync(FakeSwitch.Encode(static (ref OpenFlowWriter w, in int _) => w.WriteError(new Xid(0xfeed), OfpErrorType.FlowModFailed, 1, default)));
        await ControllerHarness.WaitUntilAsync(() => app.Events.Contains("error FlowModFailed/1"), "app error event");
    }

    [Fact]
    public async Task RequestAsync_NoReply_TimesOutAndLateReplyIsIgnored()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(7, app);
        ISwitchConnection sw = app.Ready[7];
        ValueTask<ushort> pending = GetConfigAsync(sw, TimeSpan.FromMilliseconds(150));
        byte[] request = await fake.ExpectAsync(OfpType.GetConfigRequest);
        await Assert.ThrowsAsync<TimeoutException>(async () => await pending);
        await fake.SendAsync(FakeSwitch.Encode(FakeSwitch.XidOf(request), static (ref OpenFlowWriter w, in Xid x) => w.WriteGetConfigReply(x, 0, 1)));
        await sw.BarrierAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(1)).ContinueWith(_ => { });
        Assert.True(sw.IsConnected);
    }

    [Fact]
    public async Task RequestAsync_Canceled_ThrowsOperationCanceled()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(7, app);
        using var cts = new CancellationTokenSource();
        ValueTask<ushort> pending = GetConfigAsync(app.Ready[7], null, cts.Token);
        await fake.ExpectAsync(OfpType.GetConfigRequest);
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await pending);
    }

    [Fact]
    public async Task BarrierAsync_CompletesOnBarrierReply()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(7, app);
        ValueTask barrier = app.Ready[7].BarrierAsync();
        byte[] request = await fake.ExpectAsync(OfpType.BarrierRequest);
        Assert.False(barrier.IsCompleted);
        await fake.SendAsync(FakeSwitch.Encode(FakeSwitch.XidOf(request), static (ref OpenFlowWriter w, in Xid x) => w.WriteBarrierReply(x)));
        await barrier.AsTask().WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Disconnect_MidRequest_FailsWithSwitchDisconnected()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app);
        FakeSwitch fake = await harness.ConnectReadyAsync(7, app);
        ValueTask<ushort> pending = GetConfigAsync(app.Ready[7]);
        await fake.ExpectAsync(OfpType.GetConfigRequest);
        await fake.DisposeAsync();
        var ex = await Assert.ThrowsAsync<SwitchDisconnectedException>(async () => await pending.AsTask().WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Contains("closed the connection", ex.Message, StringComparison.Ordinal);
        await app.FirstGone.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<SwitchDisconnectedException>(async () => await app.Ready[7].BarrierAsync());
    }

    [Fact]
    public async Task Multipart_ReplyBeyond64KiB_ReassembledAcrossReplyMore()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(7, app);
        ISwitchConnection sw = app.Ready[7];
        ValueTask<MultipartReply> pending = sw.MultipartRequestAsync(0, static (ref OpenFlowWriter w, in int _, Xid xid) => w.WritePortDescRequest(xid));
        Xid xid = FakeSwitch.XidOf(await fake.ExpectAsync(OfpType.MultipartRequest));
        await fake.SendAsync(FakeSwitch.PortDescReply(xid, FakeSwitch.Ports(1, 1000), OfpMultipartReplyFlags.ReplyMore));
        await fake.SendAsync(FakeSwitch.PortDescReply(xid, FakeSwitch.Ports(1001, 1000), OfpMultipartReplyFlags.ReplyMore));
        await fake.SendAsync(FakeSwitch.PortDescReply(xid, FakeSwitch.Ports(2001, 500), OfpMultipartReplyFlags.None));
        using MultipartReply reply = await pending;
        Assert.Equal(3, reply.Parts.Count);
        Assert.True(reply.TotalBytes > 64 * 1024);
        var ports = new List<uint>();
        foreach (OwnedMessage part in reply.Parts)
        {
            foreach (PortView port in MultipartReplyView.Read(part.Span).GetPorts())
            {
                ports.Add(port.PortNo.Value);
            }
        }

        Assert.Equal(Enumerable.Range(1, 2500).Select(i => (uint)i), ports);
    }

    [Fact]
    public async Task Multipart_CallbackPerPart_SeesEveryPart()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(7, app);
        int parts = 0;
        int lastSeen = 0;
        ValueTask pending = app.Ready[7].MultipartRequestAsync(
            0,
            static (ref OpenFlowWriter w, in int _, Xid xid) => w.WritePortDescRequest(xid),
            (part, last) =>
            {
                parts++;
                lastSeen += last ? 1 : 0;
            });
        Xid xid = FakeSwitch.XidOf(await fake.ExpectAsync(OfpType.MultipartRequest));
        await fake.SendAsync(FakeSwitch.PortDescReply(xid, FakeSwitch.Ports(1, 10), OfpMultipartReplyFlags.ReplyMore));
        await fake.SendAsync(FakeSwitch.PortDescReply(xid, FakeSwitch.Ports(11, 10), OfpMultipartReplyFlags.None));
        await pending.AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, parts);
        Assert.Equal(1, lastSeen);
    }

    [Fact]
    public async Task Multipart_OverByteLimit_FailsAndConnectionStays()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(o => o.MaxMultipartReplyBytes = 100_000, app);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(7, app);
        ValueTask<MultipartReply> pending = app.Ready[7].MultipartRequestAsync(0, static (ref OpenFlowWriter w, in int _, Xid xid) => w.WritePortDescRequest(xid));
        Xid xid = FakeSwitch.XidOf(await fake.ExpectAsync(OfpType.MultipartRequest));
        await fake.SendAsync(FakeSwitch.PortDescReply(xid, FakeSwitch.Ports(1, 1000), OfpMultipartReplyFlags.ReplyMore));
        await fake.SendAsync(FakeSwitch.PortDescReply(xid, FakeSwitch.Ports(1001, 1000), OfpMultipartReplyFlags.ReplyMore));
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(async () => await pending);
        Assert.Contains("exceeds", ex.Message, StringComparison.Ordinal);
        Assert.True(app.Ready[7].IsConnected);
    }

    [Fact]
    public async Task Multipart_NeverFinished_FailsAfterMultipartTimeout()
    {
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(o => o.MultipartTimeout = TimeSpan.FromMilliseconds(200), app);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(7, app);
        ValueTask<MultipartReply> pending = app.Ready[7].MultipartRequestAsync(0, static (ref OpenFlowWriter w, in int _, Xid xid) => w.WritePortDescRequest(xid));
        Xid xid = FakeSwitch.XidOf(await fake.ExpectAsync(OfpType.MultipartRequest));
        await fake.SendAsync(FakeSwitch.PortDescReply(xid, FakeSwitch.Ports(1, 10), OfpMultipartReplyFlags.ReplyMore));
        await Assert.ThrowsAsync<TimeoutException>(async () => await pending);
    }
}
