using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenFlow.Controller.Connection;
using OpenFlow.Controller.Hosting;
using OpenFlow.Protocol.Primitives;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Controller.Tests.Hosting;

/// <summary>The generic-host wiring: configuration keys, the hosted service, apps from the container, stop.</summary>
public sealed class HostingTests
{
    [Fact]
    public async Task Host_ControllerFromConfiguration_SwitchReadyAndStopReleasesThePort()
    {
        // The same command-line keys the samples take (dotnet run -- --Controller:Listen=...).
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new[]
        {
            "--Controller:Listen=127.0.0.1:0",
            "--Controller:MissSendLength=321",
            "--Controller:EchoInterval=30",
            "--Controller:HandshakeTimeout=00:00:07",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddOpenFlowController(o => o.RequestTimeout = TimeSpan.FromSeconds(4)).AddOpenFlowApp<RecordingApp>();
        using IHost host = builder.Build();

        OpenFlowController controller = host.Services.GetRequiredService<OpenFlowController>();
        OpenFlowControllerOptions options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OpenFlowControllerOptions>>().Value;
        Assert.Equal(321, options.MissSendLength);
        Assert.Equal(TimeSpan.FromSeconds(30), options.EchoInterval);
        Assert.Equal(TimeSpan.FromSeconds(7), options.HandshakeTimeout);
        Assert.Equal(TimeSpan.FromSeconds(4), options.RequestTimeout);
        Assert.Empty(controller.ListenEndPoints);

        await host.StartAsync(TestContext.Current.CancellationToken);
        IPEndPoint endPoint = controller.ListenEndPoints[0];
        Assert.Equal(IPAddress.Loopback, endPoint.Address);
        Assert.NotEqual(0, endPoint.Port);

        RecordingApp app = host.Services.GetRequiredService<RecordingApp>();
        await using (FakeSwitch fake = await FakeSwitch.ConnectAsync(endPoint))
        {
            await fake.HandshakeAsync(0x42).WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
            ISwitchConnection ready = await app.FirstReady.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
            Assert.Equal(new DatapathId(0x42), ready.DatapathId);
        }

        await host.StopAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, controller.ConnectionCount);

        // The port is free again: something else can listen on it.
        using var again = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        again.Bind(endPoint);
        again.Listen();
    }
}
