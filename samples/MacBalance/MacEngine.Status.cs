using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Hosting;
using OpenFlow.Controller.Connection;

namespace OpenFlow.Samples.MacBalance;

/// <content>What the host drives beyond the switch's messages: the status lines and the periodic group refresh.</content>
public sealed partial class MacEngine : IBalancerEngine
{
    /// <inheritdoc />
    public string Name => "MacBalance";

    /// <inheritdoc />
    BalancerSettings IBalancerEngine.Settings => _settings;

    /// <inheritdoc />
    Task IBalancerEngine.PrepareSwitchAsync(ISwitchConnection connection, CancellationToken cancellationToken) => PrepareSwitchAsync(connection, cancellationToken);

    /// <summary>Proactive mode: <see cref="RefreshGroupAsync"/> (resTime weights follow the response times); reactive: nothing.</summary>
    /// <returns>A task that completes when done.</returns>
    public async ValueTask TickAsync() => await RefreshGroupAsync().ConfigureAwait(false);

    /// <summary>
    /// One status line per server (state, smoothed response time, and its connections in reactive mode or its bucket
    /// weight in proactive mode), then a line for the whole balancer whose <c>packetins=</c> is the controller
    /// runtime's own PacketIn count since start, followed by the app's count by kind.
    /// </summary>
    /// <param name="seconds">Seconds since the last call (no rates here: unused).</param>
    /// <param name="controllerPacketIns">The controller runtime's PacketIn count.</param>
    /// <returns>The lines.</returns>
    public string FormatStatus(double seconds, long controllerPacketIns)
    {
        bool proactive = Mode == BalancerMode.Proactive;
        var text = new StringBuilder();
        foreach (Backend b in Backends)
        {
            string rt = double.IsNaN(b.SmoothedResponseMs) ? "-" : b.SmoothedResponseMs.ToString("F1", CultureInfo.InvariantCulture) + "ms";
            text.Append(CultureInfo.InvariantCulture, $"{b.Name,-8} {(b.IsUp ? "UP  " : "DOWN")} rt={rt,-8}");
            if (proactive)
            {
                long weight = BucketWeightOf(b);
                text.Append(CultureInfo.InvariantCulture, $" bucket={(weight == 0 ? "-" : weight.ToString(CultureInfo.InvariantCulture))}");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $" active={b.ActiveConnections} total={b.TotalConnections}");
            }

            text.AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"all      mode={(proactive ? "proactive" : "reactive")} packetins={controllerPacketIns} arp={ArpPacketIns} tcp={TcpPacketIns} other={OtherPacketIns} repeated={RepeatedPacketIns} clients={ClientCount}");
        if (!proactive)
        {
            text.Append(CultureInfo.InvariantCulture, $" connections={ConnectionCount}");
        }

        text.Append(CultureInfo.InvariantCulture, $" refused(no server)={Selector.Refused} serving={IsServing}");
        return text.ToString();
    }
}
