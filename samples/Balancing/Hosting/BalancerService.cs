using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenFlow.Balancing.Diagnostics;

namespace OpenFlow.Balancing.Hosting;

/// <summary>
/// Both balancers' background work: runs the health prober, gives the engine its periodic turn (once per probe
/// interval: resTime weights of the select group) and prints the operator's status lines (<c>status ...</c>, the
/// engine's <see cref="IBalancerEngine.FormatStatus"/> with the controller's <c>packetins=</c>) at an interval.
/// </summary>
public sealed partial class BalancerService : BackgroundService
{
    private readonly IBalancerEngine _engine;
    private readonly HealthProber _prober;
    private readonly ControllerPacketInCounter _packetIns;
    private readonly ILogger<BalancerService> _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="engine">The engine of the balancer and its mode.</param>
    /// <param name="prober">The prober.</param>
    /// <param name="packetIns">The controller runtime's PacketIn count (<c>packetins=</c> in the status line).</param>
    /// <param name="logger">The log.</param>
    public BalancerService(IBalancerEngine engine, HealthProber prober, ControllerPacketInCounter packetIns, ILogger<BalancerService> logger)
    {
        _engine = engine;
        _prober = prober;
        _packetIns = packetIns;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _prober.Start();
        Task ticks = TickAsync(stoppingToken);
        int interval = _engine.Settings.Options.StatusIntervalSeconds;
        if (interval > 0)
        {
            await StatusAsync(interval, stoppingToken).ConfigureAwait(false);
        }

        await ticks.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await _prober.DisposeAsync().ConfigureAwait(false);
    }

    private async Task TickAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(_engine.Settings.Options.Probe.IntervalMs));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await _engine.TickAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task StatusAsync(int interval, CancellationToken stoppingToken)
    {
        long last = Environment.TickCount64;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(interval));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                long now = Environment.TickCount64;
                if (_logger.IsEnabled(LogLevel.Information))
                {
                    foreach (string line in _engine.FormatStatus((now - last) / 1000.0, _packetIns.Total).Split('\n'))
                    {
#pragma warning disable CA1873 // guarded by IsEnabled above
                        LogStatus(line.TrimEnd('\r'));
#pragma warning restore CA1873
                    }
                }

                last = now;
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "status {Status}")]
    private partial void LogStatus(string status);
}
