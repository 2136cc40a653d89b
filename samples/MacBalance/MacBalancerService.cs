using System;
using System.Globalization;
using System.Text;
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

    /// <summary>
    /// One status line per server (state, smoothed response time, and its connections in reactive mode or its bucket
    /// weight in proactive mode), then a line for the whole balancer whose <c>packetins=</c> is the controller
    /// runtime's own PacketIn count since start, followed by the app's count by kind.
    /// </summary>
    /// <param name="engine">The engine.</param>
    /// <param name="controllerPacketIns">The controller runtime's PacketIn count.</param>
    /// <returns>The lines.</returns>
    public static string FormatStatus(MacEngine engine, long controllerPacketIns)
    {
        ArgumentNullException.ThrowIfNull(engine);
        bool proactive = engine.Mode == BalancerMode.Proactive;
        var text = new StringBuilder();
        foreach (Backend b in engine.Backends)
        {
            string rt = double.IsNaN(b.SmoothedResponseMs) ? "-" : b.SmoothedResponseMs.ToString("F1", CultureInfo.InvariantCulture) + "ms";
            text.Append(CultureInfo.InvariantCulture, $"{b.Name,-8} {(b.IsUp ? "UP  " : "DOWN")} rt={rt,-8}");
            if (proactive)
            {
                long weight = engine.BucketWeightOf(b);
                text.Append(CultureInfo.InvariantCulture, $" bucket={(weight == 0 ? "-" : weight.ToString(CultureInfo.InvariantCulture))}");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $" active={b.ActiveConnections} total={b.TotalConnections}");
            }

            text.AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"all      mode={(proactive ? "proactive" : "reactive")} packetins={controllerPacketIns} arp={engine.ArpPacketIns} tcp={engine.TcpPacketIns} other={engine.OtherPacketIns} repeated={engine.RepeatedPacketIns} clients={engine.ClientCount}");
        if (!proactive)
        {
            text.Append(CultureInfo.InvariantCulture, $" connections={engine.ConnectionCount}");
        }

        text.Append(CultureInfo.InvariantCulture, $" refused(no server)={engine.Selector.Refused} serving={engine.IsServing}");
        return text.ToString();
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
                        foreach (string line in FormatStatus(_engine, _packetIns.Total).Split('\n'))
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
