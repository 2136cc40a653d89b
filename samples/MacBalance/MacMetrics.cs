using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using OpenFlow.Balancing;

namespace OpenFlow.Samples.MacBalance;

/// <summary>
/// MacBalance's instruments on the meter <c>OpenFlow.Samples.MacBalance</c> (watch with
/// <c>dotnet-counters monitor -n MacBalance --counters OpenFlow.Samples.MacBalance,OpenFlow.Controller</c>): per server
/// its state, smoothed response time, active and total connections (reactive) and bucket weight (proactive); PacketIns
/// by kind, refusals and ignored packets by reason, clients learned.
/// </summary>
public sealed class MacMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "OpenFlow.Samples.MacBalance";

    private readonly Meter _meter;
    private readonly Counter<long> _packetIns;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _ignored;
    private readonly Counter<long> _connections;
    private MacEngine? _engine;

    /// <summary>Creates the instruments.</summary>
    /// <param name="meterFactory">The host's meter factory (null: a meter of our own).</param>
    public MacMetrics(IMeterFactory? meterFactory)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _packetIns = _meter.CreateCounter<long>("macbalance.packet_ins", "{packet}", "PacketIns handled, by kind (arp, tcp, other).");
        _refused = _meter.CreateCounter<long>("macbalance.refused", "{connection}", "Segments refused, by reason (no_server, not_ready, unknown_connection).");
        _ignored = _meter.CreateCounter<long>("macbalance.ignored", "{packet}", "PacketIns ignored, by reason.");
        _connections = _meter.CreateCounter<long>("macbalance.connections", "{connection}", "New connections placed by the controller (reactive), by server.");
        _meter.CreateObservableGauge("macbalance.server.up", () => Each(static (_, b) => b.IsUp ? 1 : 0), "{state}", "1 when the server takes new connections.");
        _meter.CreateObservableGauge("macbalance.server.response_time", EachResponseTime, "ms", "Smoothed probe response time.");
        _meter.CreateObservableUpDownCounter("macbalance.server.active_connections", () => Each(static (_, b) => b.ActiveConnections), "{connection}", "Connections with flows in the switch (reactive).");
        _meter.CreateObservableGauge("macbalance.server.bucket_weight", () => Each(static (e, b) => e.BucketWeightOf(b)), "{weight}", "The server's weight in the select group (proactive; 0: no bucket).");
        _meter.CreateObservableUpDownCounter("macbalance.clients", ClientCount, "{client}", "Clients whose MAC address is known (learned from ARP).");
    }

    internal void Attach(MacEngine engine) => _engine = engine;

    internal void PacketIn(string kind) => _packetIns.Add(1, new KeyValuePair<string, object?>("kind", kind));

    internal void Refused(string reason) => _refused.Add(1, new KeyValuePair<string, object?>("reason", reason));

    internal void Ignored(string reason) => _ignored.Add(1, new KeyValuePair<string, object?>("reason", reason));

    internal void Connection(string server) => _connections.Add(1, new KeyValuePair<string, object?>("server", server));

    private IEnumerable<Measurement<long>> ClientCount()
    {
        if (_engine is { } engine)
        {
            yield return new Measurement<long>(engine.ClientCount);
        }
    }

    private IEnumerable<Measurement<long>> Each(Func<MacEngine, Backend, long> read)
    {
        MacEngine? engine = _engine;
        if (engine is null)
        {
            yield break;
        }

        foreach (Backend backend in engine.Backends)
        {
            yield return new Measurement<long>(read(engine, backend), new KeyValuePair<string, object?>("server", backend.Name));
        }
    }

    private IEnumerable<Measurement<double>> EachResponseTime()
    {
        MacEngine? engine = _engine;
        if (engine is null)
        {
            yield break;
        }

        foreach (Backend backend in engine.Backends)
        {
            double value = backend.SmoothedResponseMs;
            if (!double.IsNaN(value))
            {
                yield return new Measurement<double>(value, new KeyValuePair<string, object?>("server", backend.Name));
            }
        }
    }
}
