using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Diagnostics;

namespace OpenFlow.Samples.MacBalance;

/// <summary>
/// Runs the health prober, prints the operator's status lines at an interval and, in proactive mode, asks the engine
/// every probe interval whether the select group must follow the response times.
/// </summary>
public sealed partial class MacBalancerService : BackgroundService
{
    private readonly MacEngine _engine;
    private readonly HealthProber _prober;
    private readonly ControllerPacketInCounter _packetIns;
    private readonly ILogger<MacBalancerService> _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="prober">The prober.</param>
    /// <param name="packetIns">The controller's own PacketIn count.</param>
    /// <param name="logger">The log.</param>
    public MacBalancerService(MacEngine engine, HealthProber prober, ControllerPacketInCounter packetIns, ILogger<MacBalancerService> logger)
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
        Task groups = _engine.Mode == BalancerMode.Proactive ? RefreshGroupLoopAsync(stoppingToken) : Task.CompletedTask;
        int interval = _engine.Settings.Options.StatusIntervalSeconds;
        if (interval > 0)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(interval));
            try
            {
                while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
                {
                    if (_logger.IsEnabled(LogLevel.Information))
                    {
                        foreach (string line in _engine.FormatStatus(0, _packetIns.Total).Split('\n'))
                        {
#pragma warning disable CA1873 // guarded by IsEnabled above
                            LogStatus(line.TrimEnd('\r'));
#pragma warning restore CA1873
                        }
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        await groups.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await _prober.DisposeAsync().ConfigureAwait(false);
    }

    private async Task RefreshGroupLoopAsync(CancellationToken stoppingToken)
    {
        // resTime weights follow the smoothed response times; the planner changes the group only on a significant move.
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(_engine.Settings.Options.Probe.IntervalMs));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await _engine.RefreshGroupAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "status {Status}")]
    private partial void LogStatus(string status);
}
