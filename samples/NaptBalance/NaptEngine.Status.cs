using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Hosting;

namespace OpenFlow.Samples.NaptBalance;

/// <content>What the host drives beyond the PacketIns: the status lines, the (empty) periodic work.</content>
public sealed partial class NaptEngine : IBalancerEngine
{
    private long[]? _statusPacketIns;

    /// <inheritdoc />
    public string Name => "NaptBalance";

    /// <inheritdoc />
    BalancerSettings IBalancerEngine.Settings => _settings;

    /// <summary>
    /// One status line per server: state, smoothed response time, connections, PacketIns per second, NAPT ports; then
    /// <c>all</c> with the mappings, the controller's PacketIns since start, repeats, refusals and whether it serves.
    /// </summary>
    /// <param name="seconds">Seconds since the last call.</param>
    /// <param name="controllerPacketIns">The PacketIns the controller runtime received since start.</param>
    /// <returns>The lines.</returns>
    public string FormatStatus(double seconds, long controllerPacketIns)
    {
        long[] previous = _statusPacketIns ??= new long[Backends.Count];
        var text = new StringBuilder();
        foreach (Backend b in Backends)
        {
            long pins = PacketInsOf(b.Index);
            double rate = seconds > 0 ? (pins - previous[b.Index]) / seconds : 0;
            previous[b.Index] = pins;
            NaptPortPool pool = PoolOf(b.Index);
            text.Append(CultureInfo.InvariantCulture, $"{b.Name,-8} {(b.IsUp ? "UP  " : "DOWN")} rt={StatusText.ResponseTime(b),-8} active={b.ActiveConnections} total={b.TotalConnections} pin/s={rate:F1} ports inuse={pool.InUse} quarantine={pool.Quarantined} exhausted={pool.Exhausted}");
            text.AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"all      mode=reactive mappings={MappingCount} packetins={controllerPacketIns} repeated={RepeatedPacketIns} refused(no server)={Selector.Refused} serving={IsServing}");
        return text.ToString();
    }

    /// <summary>Nothing periodic: the reactive mode picks a server per connection.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask TickAsync() => default;
}
