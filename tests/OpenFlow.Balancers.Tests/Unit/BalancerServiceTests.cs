using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Diagnostics;
using OpenFlow.Balancing.Hosting;
using OpenFlow.Controller.Connection;
using OpenFlow.Controller.Diagnostics;
using OpenFlow.Samples.MacBalance;
using Xunit;

namespace OpenFlow.Balancers.Tests.Unit;

/// <summary>The background work both balancers share: periodic engine turns and the operator's status lines.</summary>
public class BalancerServiceTests
{
    [Fact]
    public async Task ExecuteAsync_Running_TicksEveryProbeIntervalAndLogsEachStatusLineWithTheControllersPacketIns()
    {
        MacBalanceOptions options = MacBalanceEngineTests.Options();
        options.StatusIntervalSeconds = 1;
        options.Probe.IntervalMs = 20;
        var engine = new CountingEngine(MacSettings.Parse(options));
        using var metrics = new ControllerMetrics();
        using var packetIns = new ControllerPacketInCounter(metrics);
        metrics.PacketIn();
        metrics.PacketIn();
        var log = new ListLogger();
        await using var prober = new HealthProber(Array.Empty<Backend>(), options.Probe, NullLogger.Instance);
        using var service = new BalancerService(engine, prober, packetIns, log);

        await service.StartAsync(TestContext.Current.CancellationToken);
        for (int i = 0; i < 150 && !log.Lines.Any(l => l.StartsWith("status all", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        await service.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["status srv1 UP", "status all packetins=2"], log.Lines.Take(2));
        Assert.True(engine.Ticks >= 10, $"ticked {engine.Ticks} times in a second of 20 ms probe intervals");
    }

    /// <summary>An engine that only counts its turns and prints two status lines.</summary>
    private sealed class CountingEngine(BalancerSettings settings) : IBalancerEngine
    {
        private int _ticks;

        public int Ticks => Volatile.Read(ref _ticks);

        public string Name => "Test";

        public BalancerSettings Settings => settings;

        public IReadOnlyList<Backend> Backends => [];

        public bool IsServing => false;

        public Task PrepareSwitchAsync(ISwitchConnection connection, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public void HandlePacketIn(ISwitchConnection connection, ReadOnlySpan<byte> message)
        {
        }

        public void HandleFlowRemoved(ISwitchConnection connection, ReadOnlySpan<byte> message)
        {
        }

        public void SwitchGone(ISwitchConnection connection)
        {
        }

        public ValueTask TickAsync()
        {
            Interlocked.Increment(ref _ticks);
            return default;
        }

        public string FormatStatus(double seconds, long controllerPacketIns) => "srv1 UP" + Environment.NewLine + "all packetins=" + controllerPacketIns;
    }

    /// <summary>Keeps the formatted log lines.</summary>
    private sealed class ListLogger : ILogger<BalancerService>
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) => _lines.Enqueue(formatter(state, exception));
    }
}
