using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Arp;
using OpenFlow.Balancing.Groups;
using OpenFlow.Balancing.Switch;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Samples.MacBalance;

/// <summary>
/// MacBalance's logic, independent of the host: the switch rewrites only MAC addresses, since every server holds the
/// VIP itself. Reactive mode places each new connection from a PacketIn; proactive mode leaves that to a select group
/// and only answers ARP. It serves one switch at a time; state is guarded by one lock, and messages go out through
/// <see cref="ISwitchConnection.Send{TState}"/>, which on a switch's read loop only queues bytes.
/// </summary>
public sealed partial class MacEngine : IDisposable
{
    /// <summary>Priority of the reactive per-connection flows.</summary>
    public const ushort ConnectionPriority = 1000;

    /// <summary>Priority of the punt flows (ARP, reactive new connections) and the proactive balancing and return flows.</summary>
    public const ushort ServicePriority = 100;

    /// <summary>Priority of the flow that drops other traffic to the VIP in the switch.</summary>
    public const ushort DropPriority = 10;

    /// <summary>At most this many clients are remembered (a flood of made-up ARP senders cannot fill the switch).</summary>
    public const int MaxClients = 4096;

    /// <summary>At most this many reactive connections are tracked at once.</summary>
    public const int MaxConnections = 100_000;

    private readonly object _gate = new();
    private readonly MacSettings _settings;
    private readonly BackendSelector _selector;
    private readonly ArpResponder _arp;
    private readonly SelectGroupDriver _group;
    private readonly ILogger _logger;
    private readonly MacMetrics _metrics;
    private readonly Dictionary<Ipv4Address, MacAddress> _clients = new();
    private readonly Dictionary<ConnectionKey, MacConnection> _connections = new();
    private readonly long _createdAt = Environment.TickCount64;
    private ISwitchConnection? _switch;
    private volatile bool _serving;
    private long _packetIns;
    private long _arpPacketIns;
    private long _tcpPacketIns;
    private long _otherPacketIns;
    private long _repeatedPacketIns;
    private long _logThrottle;

    /// <summary>Creates the engine.</summary>
    /// <param name="settings">The configuration.</param>
    /// <param name="selector">The servers and the policy.</param>
    /// <param name="logger">The log.</param>
    /// <param name="metrics">The instruments (null: a private meter).</param>
    public MacEngine(MacSettings settings, BackendSelector selector, ILogger<MacEngine> logger, MacMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(logger);
        _settings = settings;
        _selector = selector;
        _logger = logger;
        _arp = new ArpResponder(ArpRules(settings, selector.Backends));
        _group = new SelectGroupDriver(
            new SelectGroupPlanner(selector.Backends, settings.Policy, settings.WeightChangeRatio),
            settings.GroupId,
            WriteBucketActions);
        _metrics = metrics ?? new MacMetrics(null);
        _metrics.Attach(this);
        foreach (Backend backend in selector.Backends)
        {
            backend.StateChanged += OnBackendStateChanged;
        }
    }

    /// <summary>The servers.</summary>
    public IReadOnlyList<Backend> Backends => _selector.Backends;

    /// <summary>Stops following the servers' state.</summary>
    public void Dispose()
    {
        foreach (Backend backend in _selector.Backends)
        {
            backend.StateChanged -= OnBackendStateChanged;
        }
    }

    /// <summary>The selector.</summary>
    public BackendSelector Selector => _selector;

    /// <summary>The settings.</summary>
    public MacSettings Settings => _settings;

    /// <summary>The mode (reactive or proactive).</summary>
    public BalancerMode Mode => _settings.Mode;

    /// <summary>The ARP proxy.</summary>
    public ArpResponder Arp => _arp;

    /// <summary>The select group (used in proactive mode).</summary>
    public SelectGroupDriver Group => _group;

    /// <summary>Whether the engine serves a switch (its state reconciled).</summary>
    public bool IsServing => _serving;

    /// <summary>PacketIns received.</summary>
    public long PacketIns => Interlocked.Read(ref _packetIns);

    /// <summary>ARP PacketIns.</summary>
    public long ArpPacketIns => Interlocked.Read(ref _arpPacketIns);

    /// <summary>PacketIns of TCP segments to the VIP from the client side.</summary>
    public long TcpPacketIns => Interlocked.Read(ref _tcpPacketIns);

    /// <summary>Other PacketIns (malformed, other protocols).</summary>
    public long OtherPacketIns => Interlocked.Read(ref _otherPacketIns);

    /// <summary>TCP PacketIns of connections that already had their server (SYN retransmits, datapath cache lag).</summary>
    public long RepeatedPacketIns => Interlocked.Read(ref _repeatedPacketIns);

    /// <summary>Clients whose MAC address is known.</summary>
    public int ClientCount
    {
        get
        {
            lock (_gate)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>Reactive connections with flows in the switch.</summary>
    public int ConnectionCount
    {
        get
        {
            lock (_gate)
            {
                return _connections.Count;
            }
        }
    }

    /// <summary>A copy of the known clients.</summary>
    /// <returns>Address to MAC.</returns>
    public IReadOnlyDictionary<Ipv4Address, MacAddress> SnapshotClients()
    {
        lock (_gate)
        {
            return new Dictionary<Ipv4Address, MacAddress>(_clients);
        }
    }

    /// <summary>A copy of the live reactive connections.</summary>
    /// <returns>The connections.</returns>
    public IReadOnlyList<MacConnection> SnapshotConnections()
    {
        lock (_gate)
        {
            var copies = new List<MacConnection>(_connections.Count);
            foreach (MacConnection connection in _connections.Values)
            {
                copies.Add(connection.Clone());
            }

            return copies;
        }
    }

    /// <summary>The server's weight in the select group as planned last (0: no bucket).</summary>
    /// <param name="backend">The server.</param>
    /// <returns>The weight.</returns>
    public long BucketWeightOf(Backend backend)
    {
        foreach (GroupBucket bucket in _group.Planner.Current)
        {
            if (bucket.Backend == backend)
            {
                return bucket.Weight;
            }
        }

        return 0;
    }

    /// <summary>
    /// Takes a switch that finished its handshake: waits until the servers had time to be probed up (right after
    /// start only), reads back MacBalance's flows (live reactive connections; in proactive mode the clients' return
    /// flows), reconciles the base flows and the select group with what this mode wants, then serves. PacketIns that
    /// arrive before that are dropped (ARP and SYNs are retried).
    /// </summary>
    /// <param name="connection">The switch.</param>
    /// <param name="cancellationToken">Cancels the preparation.</param>
    /// <returns>What the reconciler found and changed; null when another switch is served.</returns>
    public async Task<ReconcileResult?> PrepareSwitchAsync(ISwitchConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        lock (_gate)
        {
            if (_switch is { IsConnected: true } current && current != connection && current.DatapathId != connection.DatapathId)
            {
                LogSecondSwitch(connection.DatapathId, current.DatapathId);
                return null;
            }

            _serving = false;
            _switch = connection;

            // Every connection must be confirmed by a flow read back; the others ended while we were away.
            foreach (MacConnection known in _connections.Values)
            {
                known.ForwardLive = false;
                known.ReverseLive = false;
            }
        }

        // Right after start the servers are not probed yet and count as down: wanting the group then would empty it
        // and drop new connections, and a restart against a switch that holds a good group would rewrite it twice.
        TimeSpan warmUp = ProbeWarmUp() - TimeSpan.FromMilliseconds(Environment.TickCount64 - _createdAt);
        if (warmUp > TimeSpan.Zero)
        {
            await Task.Delay(warmUp, cancellationToken).ConfigureAwait(false);
        }

        int flows = await FlowReadBack.ReadAsync(connection, new Cookie(MacCookie.Magic), new Cookie(MacCookie.OursMask), AdoptFlow, cancellationToken).ConfigureAwait(false);

        lock (_gate)
        {
            var ended = new List<MacConnection>();
            foreach (MacConnection known in _connections.Values)
            {
                if (!known.ForwardLive && !known.ReverseLive)
                {
                    ended.Add(known);
                }
            }

            foreach (MacConnection known in ended)
            {
                EndConnectionLocked(known);
            }
        }

        ReconcileResult result = await SwitchReconciler.ReconcileAsync(connection, BuildDesiredState(), cancellationToken).ConfigureAwait(false);
        LogReconciled(connection.DatapathId, result);
        lock (_gate)
        {
            if (_switch != connection)
            {
                return result;
            }

            _serving = true;
        }

        LogServing(connection.DatapathId, _settings.Mode, flows, ConnectionCount, ClientCount);

        // A server may have changed state while the wanted state was being written.
        await RefreshGroupAsync().ConfigureAwait(false);
        return result;
    }

    /// <summary>A switch went away: stop serving it (connections and clients stay until the next switch is prepared).</summary>
    /// <param name="connection">The switch.</param>
    public void SwitchGone(ISwitchConnection connection)
    {
        lock (_gate)
        {
            if (_switch == connection)
            {
                _serving = false;
            }
        }
    }

    /// <summary>
    /// Proactive mode: asks the planner whether the select group's buckets must change (a server went up or down, or
    /// in resTime a weight moved significantly) and rewrites the group when they must. Call it periodically.
    /// </summary>
    /// <returns>True when the group was rewritten.</returns>
    public async ValueTask<bool> RefreshGroupAsync()
    {
        ISwitchConnection? connection = _switch;
        if (_settings.Mode != BalancerMode.Proactive || connection is null || !_serving)
        {
            return false;
        }

        // The driver serialises refreshes, so racing ones (prober threads, the periodic check) reach the switch in order.
        if (!await _group.RefreshAsync(connection).ConfigureAwait(false))
        {
            return false;
        }

        if (_logger.IsEnabled(LogLevel.Information))
        {
            var buckets = new List<string>();
            foreach (GroupBucket bucket in _group.Planner.Current)
            {
                buckets.Add(bucket.Backend.Name + " weight " + bucket.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            LogGroupChanged(buckets.Count == 0 ? "no bucket (no server up: new connections are dropped)" : string.Join(", ", buckets));
        }

        return true;
    }

    /// <summary>Handles a PacketIn: ARP, or (reactive) a TCP segment to the VIP's service port from the client side.</summary>
    /// <param name="connection">The switch.</param>
    /// <param name="message">The whole OFPT_PACKET_IN message (valid during the call).</param>
    public void HandlePacketIn(ISwitchConnection connection, ReadOnlySpan<byte> message)
    {
        Interlocked.Increment(ref _packetIns);
        if (!PacketInView.TryRead(message, out PacketInView packetIn, out _))
        {
            Interlocked.Increment(ref _otherPacketIns);
            _metrics.Ignored("malformed");
            return;
        }

        ReadOnlySpan<byte> frame = packetIn.Data;
        PortNo inPort = packetIn.InPort;
        SlicedPacket packet = PacketSlicer.SliceLax(frame);
        bool ethernet = packet.HasEthernet && packet.VlanCount == 0;
        bool arp = ethernet && packet.NetworkLayer == PacketLayer.Arp;
        bool tcp = ethernet && !arp && packet.NetworkLayer == PacketLayer.Ipv4 && packet.TransportLayer == PacketLayer.Tcp && !packet.IsFragment
            && inPort == _settings.ClientPort && packet.Ipv4.Destination == _settings.Vip;
        if (arp)
        {
            Interlocked.Increment(ref _arpPacketIns);
            _metrics.PacketIn("arp");
        }
        else if (tcp)
        {
            Interlocked.Increment(ref _tcpPacketIns);
            _metrics.PacketIn("tcp");
        }
        else
        {
            Interlocked.Increment(ref _otherPacketIns);
            _metrics.PacketIn("other");
            _metrics.Ignored("unserved");
            return;
        }

        if (!_serving || _switch != connection)
        {
            _metrics.Refused("not_ready");
            return;
        }

        if (arp)
        {
            HandleArp(connection, inPort, frame, packet.Arp);
        }
        else if (_settings.Mode == BalancerMode.Reactive)
        {
            HandleTcp(connection, frame, packetIn.TotalLen <= frame.Length, packet.Ethernet.Source, packet.Ipv4.Source, packet.Tcp);
        }
        else
        {
            // Proactive: the select group places connections; a TCP PacketIn means a flow is missing.
            _metrics.Ignored("proactive_tcp");
        }
    }

    /// <summary>Handles a FLOW_REMOVED: when both flows of a reactive connection are gone, the connection ends.</summary>
    /// <param name="connection">The switch.</param>
    /// <param name="message">The whole OFPT_FLOW_REMOVED message (valid during the call).</param>
    public void HandleFlowRemoved(ISwitchConnection connection, ReadOnlySpan<byte> message)
    {
        if (!FlowRemovedView.TryRead(message, out FlowRemovedView removed, out _) || !MacCookie.IsOurs(removed.Cookie))
        {
            return;
        }

        int kind = MacCookie.KindOf(removed.Cookie);
        if (kind is not (MacCookie.Forward or MacCookie.Reverse) || !TryReadConnectionKey(kind, removed.Match, out ConnectionKey key))
        {
            return;
        }

        lock (_gate)
        {
            if (_switch != connection || !_connections.TryGetValue(key, out MacConnection? known) || known.Backend.Index != MacCookie.ServerOf(removed.Cookie))
            {
                return;
            }

            if (kind == MacCookie.Forward)
            {
                known.ForwardLive = false;
            }
            else
            {
                known.ReverseLive = false;
            }

            if (!known.ForwardLive && !known.ReverseLive)
            {
                EndConnectionLocked(known);
            }
        }
    }

    /// <summary>How long after start a healthy server has had the probes it needs to be up.</summary>
    private TimeSpan ProbeWarmUp()
    {
        foreach (Backend backend in _selector.Backends)
        {
            if (backend.ProbeUri is not null)
            {
                ProbeOptions probe = _settings.Options.Probe;
                return TimeSpan.FromMilliseconds(((double)probe.IntervalMs * (probe.Rise - 1)) + probe.TimeoutMs);
            }
        }

        return TimeSpan.Zero;
    }

    private static List<ArpRule> ArpRules(MacSettings settings, IReadOnlyList<Backend> backends)
    {
        // The client asks for the VIP: the switch's client side answers (never a server, which also holds it).
        var rules = new List<ArpRule> { new(settings.ClientPort, ArpTargets.Only, settings.Vip, settings.VipMac, LearnsSender: true) };

        // A server asks for its gateway or for a client (on-link for it): both are behind the switch's server side.
        // Its own address, the VIP, is never answered.
        var ports = new HashSet<PortNo>();
        foreach (Backend backend in backends)
        {
            if (ports.Add(backend.SwitchPort))
            {
                rules.Add(new ArpRule(backend.SwitchPort, ArpTargets.AllBut, settings.Vip, settings.GatewayMac, LearnsSender: false));
            }
        }

        return rules;
    }

    private void WriteBucketActions(ref OpenFlowWriter writer, Backend backend)
    {
        writer.WriteSetFieldAction(OxmField.EthSrc, _settings.GatewayMac);
        writer.WriteSetFieldAction(OxmField.EthDst, backend.Mac);
        writer.WriteOutputAction(backend.SwitchPort);
    }

    private void OnBackendStateChanged(Backend backend, bool up)
    {
        if (_settings.Mode == BalancerMode.Proactive)
        {
            _ = RefreshGroupObservedAsync();
            return;
        }

        if (up || !_settings.RemoveFlowsOfDownServer)
        {
            return;
        }

        ISwitchConnection? connection = _switch;
        if (connection is null || !_serving)
        {
            return;
        }

        LogRemovingFlows(backend.Name);
        var cookie = new Cookie(MacCookie.Magic | MacCookie.ConnectionBit | ((ulong)(backend.Index & 0xff) << 16));
        SwitchSend.DeleteFlows(connection, new Xid(0x4d420010), cookie, new Cookie(MacCookie.ServerMask));
    }

    private async Task RefreshGroupObservedAsync()
    {
        try
        {
            await RefreshGroupAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException)
        {
            LogGroupRefreshFailed(ex.Message);
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Serving switch {Dpid} in {Mode} mode: {Flows} flows of ours read back, {Connections} connections and {Clients} clients rebuilt")]
    private partial void LogServing(DatapathId dpid, BalancerMode mode, int flows, int connections, int clients);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Switch {Dpid} ignored: MacBalance serves one switch and {Current} is connected")]
    private partial void LogSecondSwitch(DatapathId dpid, DatapathId current);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Reconciled switch {Dpid}: {Result}")]
    private partial void LogReconciled(DatapathId dpid, ReconcileResult result);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "Select group rewritten: {Buckets}")]
    private partial void LogGroupChanged(string buckets);

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "Select group refresh failed: {Reason}")]
    private partial void LogGroupRefreshFailed(string reason);

    [LoggerMessage(EventId = 15, Level = LogLevel.Information, Message = "Server {Server} is down: removing its connections' flows")]
    private partial void LogRemovingFlows(string server);
}
