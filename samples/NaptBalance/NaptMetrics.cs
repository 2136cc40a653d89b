using System.Collections.Generic;
using System.Diagnostics.Metrics;
using OpenFlow.Balancing;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>
/// NaptBalance's instruments on the meter <c>OpenFlow.NaptBalance</c> (watch with
/// <c>dotnet-counters monitor -n NaptBalance --counters OpenFlow.NaptBalance</c>): per server its state, smoothed
/// response time, active and total connections, PacketIns and NAPT ports in use and in quarantine (reactive), its
/// bucket's weight (proactive, conntrack); PacketIns by kind, refusals by reason.
/// </summary>
public sealed class NaptMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "OpenFlow.NaptBalance";

    private readonly Meter _meter;
    private readonly Counter<long> _packetIns;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _ignored;
    private readonly Counter<long> _connections;
    private NaptEngine? _engine;
    private IReadOnlyList<Backend>? _backends;
    private System.Func<Backend, long>? _weight;

    /// <summary>Creates the instruments.</summary>
    /// <param name="meterFactory">The host's meter factory (null: a meter of our own).</param>
    public NaptMetrics(IMeterFactory? meterFactory)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _packetIns = _meter.CreateCounter<long>("napt.packet_ins", "{packet}", "PacketIns handled, by kind (tcp, arp, icmp, unknown_client).");
        _refused = _meter.CreateCounter<long>("napt.refused", "{connection}", "Segments refused, by reason (no_server, ports_exhausted, not_ready, unknown_connection).");
        _ignored = _meter.CreateCounter<long>("napt.ignored", "{packet}", "PacketIns ignored, by reason.");
        _connections = _meter.CreateCounter<long>("napt.connections", "{connection}", "New connections, by server.");
        _meter.CreateObservableGauge("napt.server.up", () => EachBackend(static b => b.IsUp ? 1 : 0), "{state}", "1 when the server takes new connections.");
        _meter.CreateObservableGauge("napt.server.weight", () => EachWeight(), "{weight}", "Proactive and conntrack modes: the weight of the server's bucket in the select group (0: no bucket).");
        _meter.CreateObservableGauge("napt.server.response_time", () => EachDouble(static b => b.SmoothedResponseMs), "ms", "Smoothed probe response time.");
        _meter.CreateObservableUpDownCounter("napt.server.active_connections", () => Each(static (e, b) => b.ActiveConnections), "{connection}", "Connections holding a NAPT mapping.");
        _meter.CreateObservableCounter("napt.server.packet_ins", () => Each(static (e, b) => e.PacketInsOf(b.Index)), "{packet}", "PacketIns of connections to the server.");
        _meter.CreateObservableUpDownCounter("napt.ports.in_use", () => Each(static (e, b) => e.PoolOf(b.Index).InUse), "{port}", "NAPT ports held by live connections.");
        _meter.CreateObservableUpDownCounter("napt.ports.quarantined", () => Each(static (e, b) => e.PoolOf(b.Index).Quarantined), "{port}", "NAPT ports waiting out the quarantine.");
        _meter.CreateObservableCounter("napt.ports.exhausted", () => Each(static (e, b) => e.PoolOf(b.Index).Exhausted), "{connection}", "New connections dropped because the server's pool was empty.");
    }

    internal void Attach(NaptEngine engine)
    {
        _engine = engine;
        _backends = engine.Backends;
    }

    /// <summary>The servers of the proactive and conntrack modes, and how to read a server's bucket weight.</summary>
    internal void Attach(IReadOnlyList<Backend> backends, System.Func<Backend, long> weight)
    {
        _backends = backends;
        _weight = weight;
    }

    internal void PacketIn(string kind) => _packetIns.Add(1, new KeyValuePair<string, object?>("kind", kind));

    internal void Refused(string reason) => _refused.Add(1, new KeyValuePair<string, object?>("reason", reason));

    internal void Ignored(string reason) => _ignored.Add(1, new KeyValuePair<string, object?>("reason", reason));

    internal void Connection(string server) => _connections.Add(1, new KeyValuePair<string, object?>("server", server));

    private IEnumerable<Measurement<long>> Each(System.Func<NaptEngine, Backend, long> read)
    {
        NaptEngine? engine = _engine;
        if (engine is null)
        {
            yield break;
        }

        foreach (Backend backend in engine.Backends)
        {
            yield return new Measurement<long>(read(engine, backend), new KeyValuePair<string, object?>("server", backend.Name));
        }
    }

    private IEnumerable<Measurement<long>> EachBackend(System.Func<Backend, long> read)
    {
        foreach (Backend backend in _backends ?? System.Array.Empty<Backend>())
        {
            yield return new Measurement<long>(read(backend), new KeyValuePair<string, object?>("server", backend.Name));
        }
    }

    private IEnumerable<Measurement<long>> EachWeight()
    {
        System.Func<Backend, long>? weight = _weight;
        return weight is null ? System.Array.Empty<Measurement<long>>() : EachBackend(weight);
    }

    private IEnumerable<Measurement<double>> EachDouble(System.Func<Backend, double> read)
    {
        foreach (Backend backend in _backends ?? System.Array.Empty<Backend>())
        {
            double value = read(backend);
            if (!double.IsNaN(value))
            {
                yield return new Measurement<double>(value, new KeyValuePair<string, object?>("server", backend.Name));
            }
        }
    }
}
