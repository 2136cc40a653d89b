using System;
using System.Net;
using System.Threading.Tasks;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Hosting;
using OpenFlow.TestKit;

namespace OpenFlow.Controller.Tests;

/// <summary>A controller on 127.0.0.1 with a free port and short timeouts, plus its log.</summary>
public sealed class ControllerHarness : IAsyncDisposable
{
    private ControllerHarness(OpenFlowController controller, TestLog log, OpenFlowControllerOptions options)
    {
        Controller = controller;
        Log = log;
        Options = options;
    }

    public OpenFlowController Controller { get; }

    public TestLog Log { get; }

    public OpenFlowControllerOptions Options { get; }

    public IPEndPoint EndPoint => Controller.ListenEndPoints[0];

    public static async Task<ControllerHarness> StartAsync(Action<OpenFlowControllerOptions>? configure = null, params IOpenFlowApp[] apps)
    {
        var options = new OpenFlowControllerOptions
        {
            Listen = "127.0.0.1:0",
            HandshakeTimeout = TimeSpan.FromSeconds(5),
            RequestTimeout = TimeSpan.FromSeconds(5),
            EchoInterval = TimeSpan.FromSeconds(30),
            EchoTimeout = TimeSpan.FromSeconds(60),
        };
        configure?.Invoke(options);
        var log = new TestLog();
        var controller = new OpenFlowController(options, apps, log);
        await controller.StartAsync();
        return new ControllerHarness(controller, log, options);
    }

    public Task<FakeSwitch> ConnectAsync(int receiveBufferSize = 0) => FakeSwitch.ConnectAsync(EndPoint, receiveBufferSize: receiveBufferSize);

    public async Task<FakeSwitch> ConnectReadyAsync(ulong datapathId, RecordingApp? app = null, int ports = 2)
    {
        FakeSwitch fake = await ConnectAsync();
        await fake.HandshakeAsync(datapathId, ports);
        await WaitUntilAsync(() => Controller.TryGetSwitch(datapathId, out var s) && s!.IsReady && (app is null || app.Ready.ContainsKey(datapathId)), "switch ready");
        return fake;
    }

    public static async Task WaitUntilAsync(Func<bool> condition, string what, int timeoutMs = 5000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException("Timed out waiting for " + what);
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync() => await Controller.DisposeAsync();
}
