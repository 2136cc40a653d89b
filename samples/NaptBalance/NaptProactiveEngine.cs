using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Groups;
using OpenFlow.Balancing.Hosting;
using OpenFlow.Balancing.Switch;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>
/// The engine of the proactive and conntrack modes: the switch carries every connection by itself (a select group
/// picks the server of a new one, <see cref="INaptPipeline"/> does the rest), so the only PacketIns are ARP (requests,
/// and in proactive mode the replies to the controller's questions for unknown clients, whose first reply packet also
/// comes up once) and pings to the VIP. On every (re)connect the switch's flows and group are reconciled with what the mode wants;
/// health and policy change the group's buckets through <see cref="SelectGroupDriver"/>.
/// </summary>
/// <remarks>
/// No server up means a select group with no bucket, which drops new connections in the switch: in these modes a
/// refused connection is always dropped (a TCP RST would need the PacketIn the mode avoids). <c>DownServerFlows</c>
/// does not apply: a down server's bucket goes at once; what happens to its established connections is the mode's
/// (conntrack: they stay pinned to the server by the connection table; proactive: they follow the group's hash, which
/// may now send them to another server, which resets them).
/// </remarks>
public sealed partial class NaptProactiveEngine : IBalancerEngine, IDisposable
{
    /// <summary>The most client MAC addresses learned (proactive mode); more are ignored, with a warning.</summary>
    public const int MaxClients = 65536;

    private readonly object _gate = new();
    private readonly SemaphoreSlim _groupWrites = new(1, 1);
    private readonly NaptSettings _settings;
    private readonly IReadOnlyList<Backend> _backends;
    private readonly INaptPipeline _pipeline;
    private readonly SelectGroupDriver _group;
    private readonly ILogger _logger;
    private readonly NaptMetrics _metrics;
    private readonly Dictionary<Ipv4Address, MacAddress> _clients = new();
    private readonly Dictionary<Ipv4Address, long> _asked = new();
    private ISwitchConnection? _switch;
    private volatile bool _serving;
    private long _packetIns;
    private long _clientsIgnored;
    private volatile bool _verdictsSettled;

    /// <summary>Creates the engine for <see cref="BalancerSettings.Mode"/> (proactive or conntrack).</summary>
    /// <param name="settings">The configuration.</param>
    /// <param name="backends">The servers.</param>
    /// <param name="logger">The log.</param>
    /// <param name="metrics">The instruments (null: a private meter).</param>
    /// <exception cref="ArgumentException">The mode is reactive.</exception>
    public NaptProactiveEngine(NaptSettings settings, IReadOnlyList<Backend> backends, ILogger<NaptProactiveEngine> logger, NaptMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(backends);
        ArgumentNullException.ThrowIfNull(logger);
        _settings = settings;
        _backends = backends;
        _logger = logger;
        _metrics = metrics ?? new NaptMetrics(null);
        _pipeline = settings.Mode switch
        {
            BalancerMode.Proactive => new DnatPipeline(settings, backends),
            BalancerMode.Conntrack => new ConntrackPipeline(settings, backends),
            _ => throw new ArgumentException($"NaptProactiveEngine runs the proactive and conntrack modes, not {settings.Mode}.", nameof(settings)),
        };
        _group = new SelectGroupDriver(new SelectGroupPlanner(backends, settings.Policy, settings.WeightChangeRatio), settings.GroupId, _pipeline.WriteBucket);
        _metrics.Attach(backends, b => WeightOf(b));
        foreach (Backend backend in backends)
        {
            backend.StateChanged += OnBackendStateChanged;
        }
    }

    /// <summary>The configuration.</summary>
    public NaptSettings Settings => _settings;

    /// <inheritdoc />
    public string Name => "NaptBalance";

    /// <inheritdoc />
    BalancerSettings IBalancerEngine.Settings => _settings;

    /// <inheritdoc />
    public IReadOnlyList<Backend> Backends => _backends;

    /// <inheritdoc />
    public bool IsServing => _serving;

    /// <summary>The pipeline of the mode.</summary>
    public INaptPipeline Pipeline => _pipeline;

    /// <summary>The select group's driver (its planner holds the current buckets).</summary>
    public SelectGroupDriver Group => _group;

    /// <summary>PacketIns received (ARP and pings; nothing else is punted in these modes).</summary>
    public long PacketIns => Interlocked.Read(ref _packetIns);

    /// <summary>The result of the last reconciliation with the switch (null before the first).</summary>
    public ReconcileResult? LastReconcile { get; private set; }

    /// <summary>How many clients' MAC addresses are known (proactive mode).</summary>
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

    /// <summary>The known clients and their MAC addresses (proactive mode).</summary>
    /// <returns>A copy.</returns>
    public IReadOnlyDictionary<Ipv4Address, MacAddress> SnapshotClients()
    {
        lock (_gate)
        {
            return new Dictionary<Ipv4Address, MacAddress>(_clients);
        }
    }

    /// <summary>
    /// Everything the mode wants in the switch: base flows, the pipeline's flows, a flow per known client (proactive)
    /// and the select group as the planner wants it now. Scope: every mode's infrastructure cookie and the group id.
    /// </summary>
    /// <returns>The wanted state.</returns>
    public DesiredSwitchState DesiredState()
    {
        var desired = new DesiredSwitchState(NaptCookie.InfrastructureCookie, new Cookie(NaptCookie.KindMask), _settings.GroupId, _settings.GroupId);
        NaptBaseFlows.AddTo(desired, _settings, _backends, _pipeline.Mode);
        _pipeline.AddFlows(desired);
        if (_pipeline.LearnsClients)
        {
            lock (_gate)
            {
                foreach (KeyValuePair<Ipv4Address, MacAddress> client in _clients)
                {
                    _pipeline.AddClientFlow(desired, client.Key, client.Value);
                }
            }
        }

        _group.AddTo(desired);
        return desired;
    }

    /// <summary>
    /// Takes a switch that finished its handshake: (proactive) reads back the per-client flows to relearn the clients'
    /// MAC addresses, then reconciles the switch with <see cref="DesiredState"/>, logs the result, and serves.
    /// </summary>
    /// <param name="connection">The switch.</param>
    /// <param name="cancellationToken">Cancels the preparation.</param>
    /// <returns>A task that completes when the engine serves the switch.</returns>
    public async Task PrepareSwitchAsync(ISwitchConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        lock (_gate)
        {
            if (_switch is { IsConnected: true } current && current != connection && current.DatapathId != connection.DatapathId)
            {
                LogSecondSwitch(connection.DatapathId, current.DatapathId);
                return;
            }

            _serving = false;
            _switch = connection;
        }

        await WaitForFirstVerdictsAsync(cancellationToken).ConfigureAwait(false);

        // Group writes wait while the switch is reconciled, so that a bucket change in the meantime is written after
        // the reconciled group, never overwritten by it.
        ReconcileResult result;
        await _groupWrites.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            int adopted = _pipeline.LearnsClients ? await AdoptClientsAsync(connection, cancellationToken).ConfigureAwait(false) : 0;
            result = await SwitchReconciler.ReconcileAsync(connection, DesiredState(), cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                if (_switch != connection)
                {
                    return;
                }

                LastReconcile = result;
                _serving = true;
            }

            LogReconciled(connection.DatapathId, ModeName, result);
            if (_logger.IsEnabled(LogLevel.Information))
            {
#pragma warning disable CA1873 // guarded by IsEnabled above
                LogServing(connection.DatapathId, ModeName, BucketsText(), adopted);
#pragma warning restore CA1873
            }
        }
        finally
        {
            _groupWrites.Release();
        }
    }

    /// <inheritdoc />
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

    /// <summary>Handles a PacketIn: an ARP request (answered; in proactive mode the client's MAC is learned) or a ping to the VIP.</summary>
    /// <param name="connection">The switch.</param>
    /// <param name="message">The whole OFPT_PACKET_IN message (valid during the call).</param>
    public void HandlePacketIn(ISwitchConnection connection, ReadOnlySpan<byte> message)
    {
        Interlocked.Increment(ref _packetIns);
        if (!PacketInIntake.TryOpen(message, _serving && _switch == connection, _metrics, out PacketInView packetIn, out SlicedPacket packet))
        {
            return;
        }

        ReadOnlySpan<byte> frame = packetIn.Data;
        PortNo inPort = packetIn.InPort;

        if (packet.NetworkLayer == PacketLayer.Arp)
        {
            _metrics.PacketIn("arp");
            ArpView arp = packet.Arp;
            bool fromClientToVip = inPort == _settings.ClientPort && arp.TargetProtocolAddress == _settings.Vip;
            if (_pipeline.LearnsClients && fromClientToVip && arp.Operation is ArpOperation.Request or ArpOperation.Reply)
            {
                // The client's flow goes out before the ARP answer, so the first reply of its first connection finds it.
                LearnClient(connection, arp.SenderProtocolAddress, arp.SenderHardwareAddress);
                if (arp.Operation == ArpOperation.Reply)
                {
                    return; // the answer to our question (AskForClient)
                }
            }

            PuntAnswers.AnswerArp(connection, _settings, _backends, _metrics, inPort, frame, arp);
            return;
        }

        if (_pipeline.LearnsClients && packetIn.TableId == _pipeline.ClientTable && packet.NetworkLayer == PacketLayer.Ipv4)
        {
            _metrics.PacketIn("unknown_client");
            AskForClient(connection, packet.Ipv4.Destination);
            return;
        }

        if (packet.NetworkLayer == PacketLayer.Ipv4 && inPort == _settings.ClientPort && packet.Ipv4.Destination == _settings.Vip && packet.TransportLayer == PacketLayer.Icmp)
        {
            _metrics.PacketIn("icmp");
            PuntAnswers.AnswerPing(connection, _settings, _metrics, frame, packet);
            return;
        }

        _metrics.Ignored("unserved");
    }

    /// <summary>Nothing to do: the pipelines' flows have no timeouts.</summary>
    /// <param name="connection">The switch.</param>
    /// <param name="message">The message.</param>
    public void HandleFlowRemoved(ISwitchConnection connection, ReadOnlySpan<byte> message)
    {
    }

    /// <summary>Lets the planner look at the response times again (resTime weights) and rewrites the group when it must.</summary>
    /// <returns>A task that completes when done.</returns>
    public async ValueTask TickAsync() => await RefreshGroupAsync().ConfigureAwait(false);

    /// <summary>
    /// One line per server (state, smoothed response time, its bucket's weight, 0 for no bucket); then <c>all</c> with
    /// the mode, the group, its buckets and changes, the known clients, the controller's PacketIns since start and
    /// whether it serves. Connection counts are not visible to the controller in these modes (they live in the switch).
    /// </summary>
    /// <param name="seconds">Seconds since the last call (unused: nothing here is a rate).</param>
    /// <param name="controllerPacketIns">The PacketIns the controller runtime received since start.</param>
    /// <returns>The lines.</returns>
    public string FormatStatus(double seconds, long controllerPacketIns)
    {
        IReadOnlyList<GroupBucket> buckets = _group.Planner.Current;
        var text = new StringBuilder();
        foreach (Backend b in _backends)
        {
            text.Append(CultureInfo.InvariantCulture, $"{b.Name,-8} {(b.IsUp ? "UP  " : "DOWN")} rt={StatusText.ResponseTime(b),-8} weight={WeightOf(b)}");
            text.AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"all      mode={ModeName} group=0x{_settings.GroupId.Value:x8} buckets={buckets.Count} group_changes={_group.Planner.Changes}");
        if (_pipeline.LearnsClients)
        {
            text.Append(CultureInfo.InvariantCulture, $" clients={ClientCount}");
        }

        text.Append(CultureInfo.InvariantCulture, $" packetins={controllerPacketIns} serving={IsServing}");
        return text.ToString();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (Backend backend in _backends)
        {
            backend.StateChanged -= OnBackendStateChanged;
        }

        _groupWrites.Dispose();
    }

    /// <summary>The weight of a server's bucket as planned now (0: no bucket).</summary>
    /// <param name="backend">The server.</param>
    /// <returns>The weight.</returns>
    public int WeightOf(Backend backend)
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

    private string ModeName => _pipeline.Mode == BalancerMode.Conntrack ? "conntrack" : "proactive";

    private string BucketsText()
    {
        IReadOnlyList<GroupBucket> buckets = _group.Planner.Current;
        if (buckets.Count == 0)
        {
            return "no bucket (no server up: new connections are dropped)";
        }

        var text = new StringBuilder();
        foreach (GroupBucket bucket in buckets)
        {
            text.Append(text.Length == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"{bucket.Backend.Name} weight {bucket.Weight}");
        }

        return text.ToString();
    }

    private void OnBackendStateChanged(Backend backend, bool up) => _ = RefreshGroupAsync();

    /// <summary>
    /// A probed server counts as down until <c>Rise</c> probes answered. Reconciling before that would empty the select
    /// group of a switch that serves already (a controller restart): new connections dropped, and in proactive mode
    /// live ones too, until the probes catch up. So the first preparation waits until every server is up, or at most
    /// <c>Rise</c> probe intervals plus the probe timeout (then a server still down is down).
    /// </summary>
    private async Task WaitForFirstVerdictsAsync(CancellationToken cancellationToken)
    {
        if (_verdictsSettled)
        {
            return;
        }

        ProbeOptions probe = _settings.Options.Probe;
        var deadline = TimeSpan.FromMilliseconds(((double)probe.IntervalMs * probe.Rise) + probe.TimeoutMs + 500);
        long start = Environment.TickCount64;
        bool logged = false;
        while (!AllUp() && Environment.TickCount64 - start < deadline.TotalMilliseconds)
        {
            if (!logged)
            {
                LogWaitingForProbes(deadline.TotalMilliseconds);
                logged = true;
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }

        _verdictsSettled = true;
    }

    private bool AllUp()
    {
        foreach (Backend backend in _backends)
        {
            if (!backend.IsUp)
            {
                return false;
            }
        }

        return true;
    }

    private async Task RefreshGroupAsync()
    {
        try
        {
            await _groupWrites.WaitAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        try
        {
            ISwitchConnection? connection = _serving ? _switch : null;
            if (await _group.RefreshAsync(connection).ConfigureAwait(false) && _logger.IsEnabled(LogLevel.Information))
            {
#pragma warning disable CA1873 // guarded by IsEnabled above
                LogGroupChanged(_settings.GroupId.Value, BucketsText());
#pragma warning restore CA1873
            }
        }
        catch (SwitchDisconnectedException)
        {
            // The switch went away; the reconciliation on its return writes the group as planned.
        }
        finally
        {
            _groupWrites.Release();
        }
    }

    private void LearnClient(ISwitchConnection connection, Ipv4Address client, MacAddress mac)
    {
        if (client.Value == 0 || client == _settings.Vip || mac == default)
        {
            return; // an ARP probe (sender 0.0.0.0) or nonsense
        }

        lock (_gate)
        {
            if (_clients.TryGetValue(client, out MacAddress known))
            {
                if (known == mac)
                {
                    return;
                }
            }
            else if (_clients.Count >= MaxClients)
            {
                if (Interlocked.Increment(ref _clientsIgnored) % 1000 == 1)
                {
                    LogTooManyClients(MaxClients, client.ToString());
                }

                return;
            }

            _clients[client] = mac;
        }

        // An ADD with the same match replaces the flow of a client whose MAC address changed.
        var state = (Pipeline: _pipeline, Xid: connection.NextXid(), Client: client, Mac: mac);
        SwitchSend.Send(connection, state, static (ref OpenFlowWriter writer, in (INaptPipeline Pipeline, Xid Xid, Ipv4Address Client, MacAddress Mac) s) =>
            s.Pipeline.WriteClientFlow(ref writer, s.Xid, s.Client, s.Mac), 128);
    }

    /// <summary>
    /// A reply went to a client whose MAC address is not known: ask the client (an ARP request from the VIP out of the
    /// client port, at most once a second per client); its ARP reply teaches the address.
    /// </summary>
    private void AskForClient(ISwitchConnection connection, Ipv4Address client)
    {
        long now = Environment.TickCount64;
        lock (_gate)
        {
            if (_clients.ContainsKey(client) || (_asked.TryGetValue(client, out long when) && now - when < 1000))
            {
                return;
            }

            if (_asked.Count >= 4096)
            {
                _asked.Clear();
            }

            _asked[client] = now;
        }

        byte[] request = new byte[EthernetHeader.Size + ArpPacket.Size];
        int length = new EthernetHeader(MacAddress.Broadcast, _settings.VipMac, EtherType.Arp).Write(request);
        length += ArpPacket.Request(_settings.VipMac, _settings.Vip, client).Write(request.AsSpan(length));
        SwitchSend.PacketOut(connection, _settings.ClientPort, request, length);
    }

    /// <summary>Reads the per-client flows of ours back from the switch and learns their clients' MAC addresses.</summary>
    private async Task<int> AdoptClientsAsync(ISwitchConnection connection, CancellationToken cancellationToken)
    {
        var found = new List<(Ipv4Address Client, MacAddress Mac)>();
        await connection.MultipartRequestAsync(
            (Table: _pipeline.ClientTable, Cookie: NaptCookie.PipelineCookie(_pipeline.Mode)),
            static (ref OpenFlowWriter writer, in (TableId Table, Cookie Cookie) s, Xid xid) => writer.WriteFlowStatsRequest(xid, s.Table, PortNo.Any, GroupId.Any, s.Cookie, new Cookie(ulong.MaxValue), ReadOnlySpan<OxmSpec>.Empty),
            (part, _) => ReadClientFlows(part, found),
            cancellationToken).ConfigureAwait(false);

        int adopted = 0;
        lock (_gate)
        {
            foreach ((Ipv4Address client, MacAddress mac) in found)
            {
                // What was learned while this process ran is newer than what the switch kept.
                if (_clients.Count < MaxClients && _clients.TryAdd(client, mac))
                {
                    adopted++;
                }
            }
        }

        return adopted;
    }

    private static void ReadClientFlows(ReadOnlySpan<byte> part, List<(Ipv4Address Client, MacAddress Mac)> found)
    {
        MultipartReplyView reply = MultipartReplyView.Read(part);
        if (reply.Type != OfpMultipartType.Flow)
        {
            return;
        }

        foreach (FlowStatsView flow in reply.GetFlowStats())
        {
            Ipv4Address client = default;
            MacAddress mac = default;
            foreach (OxmView oxm in flow.Match)
            {
                if (oxm.IsOpenFlowBasic && oxm.Field == OxmField.Ipv4Dst && !oxm.HasMask)
                {
                    client = oxm.AsIpv4();
                }
            }

            foreach (InstructionView instruction in flow.Instructions)
            {
                if (instruction.Type != OfpInstructionType.ApplyActions)
                {
                    continue;
                }

                foreach (ActionView action in instruction.Actions)
                {
                    if (action.Type == OfpActionType.SetField && action.Field.IsOpenFlowBasic && action.Field.Field == OxmField.EthDst)
                    {
                        mac = action.Field.AsMac();
                    }
                }
            }

            if (client.Value != 0 && mac != default)
            {
                found.Add((client, mac));
            }
        }
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Information, Message = "Reconciled switch {Dpid} ({Mode}): {Result}")]
    private partial void LogReconciled(DatapathId dpid, string mode, ReconcileResult result);

    [LoggerMessage(EventId = 31, Level = LogLevel.Information, Message = "Serving switch {Dpid} in {Mode} mode: select group {Buckets}; {Adopted} client MAC addresses read back")]
    private partial void LogServing(DatapathId dpid, string mode, string buckets, int adopted);

    [LoggerMessage(EventId = 32, Level = LogLevel.Warning, Message = "Switch {Dpid} ignored: NaptBalance serves one switch and {Current} is connected")]
    private partial void LogSecondSwitch(DatapathId dpid, DatapathId current);

    [LoggerMessage(EventId = 33, Level = LogLevel.Information, Message = "Select group 0x{Group:x8} now: {Buckets}")]
    private partial void LogGroupChanged(uint group, string buckets);

    [LoggerMessage(EventId = 35, Level = LogLevel.Information, Message = "Waiting up to {Ms} ms for the servers' first health verdicts before reconciling the switch")]
    private partial void LogWaitingForProbes(double ms);

    [LoggerMessage(EventId = 34, Level = LogLevel.Warning, Message = "{Max} client MAC addresses known: {Client} not learned, its replies are dropped")]
    private partial void LogTooManyClients(int max, string client);
}
