using System;
using System.Diagnostics.Metrics;
using System.Threading.Tasks;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Controller.Tests.Connection;

public class HostileSwitchTests
{
    private static async Task AssertHealthyAsync(ControllerHarness harness, ulong datapathId)
    {
        await using FakeSwitch other = await harness.ConnectReadyAsync(datapathId);
        await other.SendAsync(Hex.Parse("04 02 0008 00000042"));
        Assert.Equal(Hex.Parse("04 03 0008 00000042"), await other.ExpectAsync(OfpType.EchoReply));
    }

    [Fact]
    public async Task LengthBelow8_ConnectionClosedWithLogLine()
    {
        await using var harness = await ControllerHarness.StartAsync();
        await using FakeSwitch fake = await harness.ConnectReadyAsync(1);
        await fake.SendAsync(Hex.Parse("04 00 0004 00000000 # length 4 < 8: framing is lost"));
        Assert.Empty(await fake.ReadUntilClosedAsync());
        Assert.True(harness.Log.Contains("below 8"), harness.Log.All);
        await AssertHealthyAsync(harness, 2);
    }

    [Fact]
    public async Task LengthAboveMax_ConnectionClosedWithLogLine()
    {
        await using var harness = await ControllerHarness.StartAsync(o => o.MaxMessageLength = 1024);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(1);
        await fake.SendAsync(Hex.Parse("04 0a 07d0 00000000 # length 2000 > 1024, body never sent"));
        Assert.Empty(await fake.ReadUntilClosedAsync());
        Assert.True(harness.Log.Contains("exceeds the limit of 1024"), harness.Log.All);
        await AssertHealthyAsync(harness, 2);
    }

    [Fact]
    public async Task GarbageInsteadOfHello_ConnectionClosed()
    {
        await using var harness = await ControllerHarness.StartAsync(o => o.MaxMessageLength = 16384);
        await using FakeSwitch fake = await harness.ConnectAsync();
        await fake.SendAsync(System.Text.Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: controller\r\n\r\n"));
        var messages = await fake.ReadUntilClosedAsync();
        Assert.Contains(messages, m => FakeSwitch.TypeOf(m) == OfpType.Hello);
        Assert.True(harness.Log.Contains("framing fault"), harness.Log.All);
        await AssertHealthyAsync(harness, 2);
    }

    [Fact]
    public async Task RandomGarbageAfterHandshake_ControllerAndOtherSwitchesUnharmed()
    {
        await using var harness = await ControllerHarness.StartAsync(o =>
        {
            o.EchoInterval = TimeSpan.FromMilliseconds(100);
            o.EchoTimeout = TimeSpan.FromMilliseconds(500);
        });
        var random = new Random(1234);
        for (int round = 0; round < 5; round++)
        {
            await using FakeSwitch fake = await harness.ConnectReadyAsync((ulong)(round + 10));
            var garbage = new byte[2000];
            random.NextBytes(garbage);
            await fake.SendAsync(garbage);
            await fake.ReadUntilClosedAsync();
        }

        Assert.True(harness.Log.Contains("closed"), harness.Log.All);
        await AssertHealthyAsync(harness, 2);
    }

    [Fact]
    public async Task MessageCutInHalf_NeverFinished_DroppedByLivenessOthersFine()
    {
        await using var harness = await ControllerHarness.StartAsync(o =>
        {
            o.EchoInterval = TimeSpan.FromMilliseconds(100);
            o.EchoTimeout = TimeSpan.FromMilliseconds(400);
        });
        await using FakeSwitch fake = await harness.ConnectReadyAsync(1);
        fake.AutoEcho = false;
        await fake.SendAsync(Hex.Parse("04 02 0010 00000001 aa bb # ECHO_REQUEST of 16 bytes, only 10 sent"));
        var task = fake.ReadUntilClosedAsync();
        await AssertHealthyAsync(harness, 2);
        await task;
        Assert.True(harness.Log.Contains("silent"), harness.Log.All);
    }

    [Fact]
    public async Task MalformedBody_OfptErrorWithFirst64BytesAndConnectionContinues()
    {
        await using var harness = await ControllerHarness.StartAsync();
        await using FakeSwitch fake = await harness.ConnectReadyAsync(1);
        byte[] bad = Hex.Parse("04 0c 0010 00000033 # PORT_STATUS of 16 bytes: far too short\n 00 00000000000000");
        await fake.SendAsync(bad);
        ErrorView error = ErrorView.Read(await fake.ExpectAsync(OfpType.Error));
        Assert.Equal(OfpErrorType.BadRequest, error.Type);
        Assert.Equal((ushort)OfpBadRequestCode.BadLen, error.Code);
        Assert.Equal(0x33u, error.Xid.Value);
        Assert.Equal(bad, error.Data.ToArray());
        Assert.True(harness.Log.Contains("malformed"), harness.Log.All);
        await fake.SendAsync(Hex.Parse("04 02 0008 00000034"));
        Assert.Equal(Hex.Parse("04 03 0008 00000034"), await fake.ExpectAsync(OfpType.EchoReply));
    }

    [Fact]
    public async Task LongMalformedMessage_ErrorDataIsFirst64Bytes()
    {
        await using var harness = await ControllerHarness.StartAsync();
        await using FakeSwitch fake = await harness.ConnectReadyAsync(1);
        byte[] bad = new byte[100];
        Hex.Parse("04 0c 0064 00000035").CopyTo(bad, 0);
        await fake.SendAsync(bad);
        ErrorView error = ErrorView.Read(await fake.ExpectAsync(OfpType.Error));
        Assert.Equal(bad.AsSpan(0, 64).ToArray(), error.Data.ToArray());
    }

    [Fact]
    public async Task ControllerOnlyMessageFromSwitch_BadRequestBadType()
    {
        await using var harness = await ControllerHarness.StartAsync();
        await using FakeSwitch fake = await harness.ConnectReadyAsync(1);
        await fake.SendAsync(Hex.Parse("04 0e 0008 00000036 # FLOW_MOD sent by a switch"));
        ErrorView error = ErrorView.Read(await fake.ExpectAsync(OfpType.Error));
        Assert.Equal(OfpErrorType.BadRequest, error.Type);
        Assert.Equal((ushort)OfpBadRequestCode.BadType, error.Code);
    }

    [Fact]
    public async Task WrongVersionAfterHello_BadVersionThenClose()
    {
        await using var harness = await ControllerHarness.StartAsync();
        await using FakeSwitch fake = await harness.ConnectReadyAsync(1);
        await fake.SendAsync(Hex.Parse("03 02 0008 00000037 # an OpenFlow 1.2 ECHO after negotiating 1.3"));
        var messages = await fake.ReadUntilClosedAsync();
        ErrorView error = ErrorView.Read(Assert.Single(messages));
        Assert.Equal((ushort)OfpBadRequestCode.BadVersion, error.Code);
        Assert.True(harness.Log.Contains("version 0x03"), harness.Log.All);
    }

    [Fact]
    public async Task SwitchThatNeverReads_SendQueueBoundedAndDropped()
    {
        var app = new RecordingApp();
        const int limit = 128 * 1024;
        await using var harness = await ControllerHarness.StartAsync(o =>
        {
            o.SendBufferLimitBytes = limit;
            o.SendStallTimeout = TimeSpan.FromMilliseconds(300);
        }, app);
        long drops = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == harness.Controller.Metrics.Meter && instrument.Name == "openflow.controller.send_queue.drops")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => System.Threading.Interlocked.Add(ref drops, value));
        listener.Start();

        FakeSwitch fake = await FakeSwitch.ConnectAsync(harness.EndPoint, receiveBufferSize: 4096);
        await fake.HandshakeAsync(5);
        await ControllerHarness.WaitUntilAsync(() => app.Ready.ContainsKey(5), "ready");
        var sw = (SwitchConnection)app.Ready[5];
        var data = new byte[32 * 1024];
        long maxQueued = 0;
        long start = Environment.TickCount64;
        Exception? failure = null;
        for (int i = 0; i < 100_000 && failure is null; i++)
        {
            try
            {
                await sw.Send(data, static (ref OpenFlowWriter w, in byte[] d) => w.WriteEchoRequest(new Xid(1), d), d0Size);
            }
            catch (SwitchDisconnectedException ex)
            {
                failure = ex;
            }

            maxQueued = Math.Max(maxQueued, sw.QueuedBytes);
        }

        Assert.NotNull(failure);
        Assert.False(sw.IsConnected);
        Assert.InRange(maxQueued, 1, (2 * limit) + data.Length + 64);
        Assert.InRange(Environment.TickCount64 - start, 0, 10_000);
        Assert.True(harness.Log.Contains("stalled"), harness.Log.All);
        Assert.Equal(1, System.Threading.Interlocked.Read(ref drops));
        await app.FirstGone.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await fake.DisposeAsync();
        await AssertHealthyAsync(harness, 6);
    }

    private const int d0Size = (32 * 1024) + 8;

    [Fact]
    public async Task AppThrows_LoggedCountedAndConnectionContinues()
    {
        var app = new RecordingApp { ThrowOnReady = _ => throw new InvalidOperationException("app bug") };
        var second = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(null, app, second);
        await using FakeSwitch fake = await harness.ConnectReadyAsync(1, second);
        Assert.True(harness.Log.Contains("threw in OnSwitchReady"), harness.Log.All);
        await fake.SendAsync(Hex.Parse("04 02 0008 00000001"));
        Assert.Equal(OfpType.EchoReply, FakeSwitch.TypeOf(await fake.ExpectAsync(OfpType.EchoReply)));
    }
}
