using System;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenFlow.Balancing;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>Runs the health prober and prints the operator's status line per server at an interval.</summary>
public sealed partial class BalancerService : BackgroundService
{
    private readonly NaptEngine _engine;
    private readonly HealthProber _prober;
    private readonly ILogger<BalancerService> _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="prober">The prober.</param>
    /// <param name="logger">The log.</param>
    public BalancerService(NaptEngine engine, HealthProber prober, ILogger<BalancerService> logger)
    {
        _engine = engine;
        _prober = prober;
        _logger = logger;
    }

    /// <summary>One status line per server: state, smoothed response time, connections, PacketIns per second, ports.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="previousPacketIns">The per-server PacketIn counts at the last call (updated).</param>
    /// <param name="seconds">Seconds since the last call.</param>
    /// <returns>The lines.</returns>
    public static string FormatStatus(NaptEngine engine, long[] previousPacketIns, double seconds)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(previousPacketIns);
        var text = new StringBuilder();
        foreach (Backend b in engine.Backends)
        {
            long pins = engine.PacketInsOf(b.Index);
            double rate = seconds > 0 ? (pins - previousPacketIns[b.Index]) / seconds : 0;
            previousPacketIns[b.Index] = pins;
            NaptPortPool pool = engine.PoolOf(b.Index);
            text.Append(CultureInfo.InvariantCulture, $"{b.Name,-8} {(b.IsUp ? "UP  " : "DOWN")} rt={(double.IsNaN(b.SmoothedResponseMs) ? "-" : b.SmoothedResponseMs.ToString("F1", CultureInfo.InvariantCulture) + "ms"),-8} active={b.ActiveConnections} total={b.TotalConnections} pin/s={rate:F1} ports inuse={pool.InUse} quarantine={pool.Quarantined} exhausted={pool.Exhausted}");
            text.AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"all      mappings={engine.MappingCount} packetins={engine.PacketIns} repeated={engine.RepeatedPacketIns} refused(no server)={engine.Selector.Refused} serving={engine.IsServing}");
        return text.ToString();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _prober.Start();
        int interval = _engine.Settings.Options.StatusIntervalSeconds;
        if (interval <= 0)
        {
            return;
        }

        long[] previous = new long[_engine.Backends.Count];
        long last = Environment.TickCount64;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(interval));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                long now = Environment.TickCount64;
                if (_logger.IsEnabled(LogLevel.Information))
                {
                    foreach (string line in FormatStatus(_engine, previous, (now - last) / 1000.0).Split('\n'))
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

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await _prober.DisposeAsync().ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "status {Status}")]
    private partial void LogStatus(string status);
}
