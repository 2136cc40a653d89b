using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OpenFlow.Balancing;
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
/// The balancer's logic, independent of the host: what to do with a switch that becomes ready, a PacketIn and a
/// FLOW_REMOVED. It serves one switch at a time. State (mappings and port pools) is guarded by one lock; messages are
/// written through <see cref="ISwitchConnection.Send{TState}"/>, which on a switch's read loop only queues bytes.
/// </summary>
public sealed partial class NaptEngine
{
    /// <summary>Priority of the NAPT flows.</summary>
    public const ushort NaptPriority = 1000;

    /// <summary>Priority of the flows that send ARP, new TCP connections and pings to the controller.</summary>
    public const ushort PuntPriority = NaptBaseFlows.PuntPriority;

    /// <summary>Priority of the flows that drop traffic to the VIP or gateway that the balancer does not serve.</summary>
    public const ushort DropPriority = NaptBaseFlows.DropPriority;

    private readonly object _gate = new();
    private readonly NaptSettings _settings;
    private readonly BackendSelector _selector;
    private readonly NaptPortPool[] _pools;
    private readonly ILogger _logger;
    private readonly NaptMetrics _metrics;
    private readonly Dictionary<ClientKey, NaptMapping> _byClient = new();
    private readonly PortIndex _byServer;

    // Instances of ended mappings, reused for new connections (under _gate). A mapping is pushed here only once it is
    // in neither dictionary; nothing else keeps one: sends carry a FlowPlan copy of its fields and SnapshotMappings
    // hands out clones. Every mapping holds a NAPT port, so this never holds more than the peak of live mappings.
    private readonly Stack<NaptMapping> _freeMappings = new();
    private readonly Dictionary<Ipv4Address, MacAddress> _clientMacs = new();
    private readonly long[] _serverPacketIns;
    private ISwitchConnection? _switch;
    private volatile bool _serving;
    private long _packetIns;
    private long _repeatedPacketIns;
    private long _logThrottle;

    /// <summary>Creates the engine.</summary>
    /// <param name="settings">The configuration.</param>
    /// <param name="selector">The servers and the policy.</param>
    /// <param name="logger">The log.</param>
    /// <param name="metrics">The instruments (null: a private meter).</param>
    /// <param name="time">The clock of the port pools' quarantine.</param>
    public NaptEngine(NaptSettings settings, BackendSelector selector, ILogger<NaptEngine> logger, NaptMetrics? metrics = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(logger);
        _settings = settings;
        _selector = selector;
        _logger = logger;
        _pools = new NaptPortPool[selector.Backends.Count];
        _byServer = new PortIndex(_pools.Length, settings.PortRangeStart, settings.PortRangeEnd);
        _serverPacketIns = new long[_pools.Length];
        for (int i = 0; i < _pools.Length; i++)
        {
            _pools[i] = new NaptPortPool(settings.PortRangeStart, settings.PortRangeEnd, settings.Quarantine, time);
        }

        _metrics = metrics ?? new NaptMetrics(null);
        _metrics.Attach(this);
        foreach (Backend backend in selector.Backends)
        {
            backend.StateChanged += OnBackendStateChanged;
        }
    }

    /// <summary>The servers.</summary>
    public IReadOnlyList<Backend> Backends => _selector.Backends;

    /// <summary>The selector.</summary>
    public BackendSelector Selector => _selector;

    /// <summary>The settings.</summary>
    public NaptSettings Settings => _settings;

    /// <summary>Whether the engine serves a switch (its state is rebuilt and its base flows installed).</summary>
    public bool IsServing => _serving;

    /// <summary>PacketIns received.</summary>
    public long PacketIns => Interlocked.Read(ref _packetIns);

    /// <summary>PacketIns of connections that already had a mapping (SYN retransmits, datapath cache lag).</summary>
    public long RepeatedPacketIns => Interlocked.Read(ref _repeatedPacketIns);

    /// <summary>The port pool of a server.</summary>
    /// <param name="server">The server index.</param>
    /// <returns>The pool.</returns>
    public NaptPortPool PoolOf(int server) => _pools[server];

    /// <summary>PacketIns of connections to a server (new and repeated).</summary>
    /// <param name="server">The server index.</param>
    /// <returns>The count.</returns>
    public long PacketInsOf(int server) => Interlocked.Read(ref _serverPacketIns[server]);

    /// <summary>How many mappings exist.</summary>
    public int MappingCount
    {
        get
        {
            lock (_gate)
            {
                return _byServer.Count;
            }
        }
    }

    /// <summary>A copy of the live mappings.</summary>
    /// <returns>The mappings.</returns>
    public IReadOnlyList<NaptMapping> SnapshotMappings()
    {
        lock (_gate)
        {
            var copies = new List<NaptMapping>(_byServer.Count);
            foreach (NaptMapping mapping in _byServer.Values)
            {
                copies.Add(mapping.Clone());
            }

            return copies;
        }
    }

    /// <summary>
    /// Takes a switch that finished its handshake: reads its flows with our cookie and rebuilds the mappings and port
    /// pools from them, reconciles the base flows (table-miss, punts, drops) with <see cref="SwitchReconciler"/> (which
    /// ends with a barrier), then serves.
    /// PacketIns that arrive before that are dropped (a client's SYN is retransmitted).
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

            // Every mapping must be confirmed by a flow read back from the switch; the others ended while we were away.
            foreach (NaptMapping mapping in _byServer.Values)
            {
                mapping.ForwardLive = false;
                mapping.ReverseLive = false;
            }
        }

        int flows = await FlowReadBack.ReadAsync(connection, new Cookie(NaptCookie.Magic), new Cookie(NaptCookie.OursMask), AdoptFlow, cancellationToken).ConfigureAwait(false);

        lock (_gate)
        {
            var ended = new List<NaptMapping>();
            foreach (NaptMapping mapping in _byServer.Values)
            {
                if (!mapping.ForwardLive && !mapping.ReverseLive)
                {
                    ended.Add(mapping);
                }
            }

            foreach (NaptMapping mapping in ended)
            {
                EndMappingLocked(mapping);
            }
        }

        // The base flows are reconciled, not rewritten: what is already there stays (counters included), a stale
        // pipeline of another mode (its flows and its select group) goes. The NAPT flows are outside that scope.
        DesiredSwitchState desired = DesiredState(_settings, _selector.Backends);
        ReconcileResult result = await SwitchReconciler.ReconcileAsync(connection, desired, cancellationToken).ConfigureAwait(false);
        LogReconciled(connection.DatapathId, result);
        lock (_gate)
        {
            if (_switch != connection)
            {
                return;
            }

            _serving = true;
        }

        LogServing(connection.DatapathId, flows, MappingCount, _settings.SustainedConnectionsPerSecond);
    }

    /// <summary>
    /// What the reactive mode wants in a switch besides its NAPT flows: the base flows (table-miss drop, punts, drops),
    /// within the scope of every mode's infrastructure cookie and the select group's id, so that switching from a
    /// proactive mode leaves nothing of it behind.
    /// </summary>
    /// <param name="settings">The configuration.</param>
    /// <param name="backends">The servers.</param>
    /// <returns>The wanted state.</returns>
    public static DesiredSwitchState DesiredState(NaptSettings settings, IReadOnlyList<Backend> backends)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var desired = new DesiredSwitchState(NaptCookie.InfrastructureCookie, new Cookie(NaptCookie.KindMask), settings.GroupId, settings.GroupId);
        NaptBaseFlows.AddTo(desired, settings, backends, BalancerMode.Reactive);
        return desired;
    }

    /// <summary>A switch went away: stop serving it (mappings stay until the next switch is prepared).</summary>
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

    /// <summary>Handles a PacketIn: ARP, ping to the VIP, or a TCP segment to a service port.</summary>
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
            HandleArp(connection, inPort, frame, packet.Arp);
            return;
        }

        if (packet.NetworkLayer != PacketLayer.Ipv4 || inPort != _settings.ClientPort || packet.Ipv4.Destination != _settings.Vip)
        {
            _metrics.Ignored("unserved");
            return;
        }

        if (packet.TransportLayer == PacketLayer.Icmp)
        {
            _metrics.PacketIn("icmp");
            PuntAnswers.AnswerPing(connection, _settings, _metrics, frame, packet);
            return;
        }

        if (packet.TransportLayer != PacketLayer.Tcp || packet.IsFragment)
        {
            _metrics.Ignored("unserved");
            return;
        }

        _metrics.PacketIn("tcp");
        bool whole = packetIn.TotalLen <= frame.Length;
        HandleTcp(connection, frame, whole, packet.Ethernet.Source, packet.Ipv4.Source, packet.Tcp);
    }

    /// <summary>Handles a FLOW_REMOVED: when both flows of a mapping are gone, its port goes into quarantine.</summary>
    /// <param name="connection">The switch.</param>
    /// <param name="message">The whole OFPT_FLOW_REMOVED message (valid during the call).</param>
    public void HandleFlowRemoved(ISwitchConnection connection, ReadOnlySpan<byte> message)
    {
        if (!FlowRemovedView.TryRead(message, out FlowRemovedView removed, out _) || !NaptCookie.IsOurs(removed.Cookie))
        {
            return;
        }

        int kind = NaptCookie.KindOf(removed.Cookie);
        if (kind is not (NaptCookie.Forward or NaptCookie.Reverse))
        {
            return;
        }

        lock (_gate)
        {
            if (_switch != connection)
            {
                return;
            }

            NaptMapping? mapping = FindByCookieLocked(removed.Cookie);
            if (mapping is null)
            {
                return;
            }

            if (kind == NaptCookie.Forward)
            {
                mapping.ForwardLive = false;
            }
            else
            {
                mapping.ReverseLive = false;
            }

            if (!mapping.ForwardLive && !mapping.ReverseLive)
            {
                EndMappingLocked(mapping);
            }
        }
    }

    private NaptMapping? FindByCookieLocked(Cookie cookie)
    {
        int server = NaptCookie.ServerOf(cookie);
        if (server >= _pools.Length)
        {
            return null;
        }

        return _byServer.TryGetValue(new ServerKey(server, NaptCookie.PortOf(cookie)), out NaptMapping? mapping) ? mapping : null;
    }

    private void EndMappingLocked(NaptMapping mapping)
    {
        _byServer.Remove(new ServerKey(mapping.Backend.Index, mapping.NaptPort));
        var clientKey = new ClientKey(mapping.ClientIp, mapping.ClientPort, mapping.ServicePort);
        if (_byClient.TryGetValue(clientKey, out NaptMapping? current) && current == mapping)
        {
            _byClient.Remove(clientKey);
        }

        _pools[mapping.Backend.Index].Release(mapping.NaptPort);
        mapping.Backend.ConnectionClosed();
        _freeMappings.Push(mapping);
    }

    private NaptMapping RentMappingLocked(Ipv4Address clientIp, ushort clientPort, MacAddress clientMac, ushort servicePort, Backend backend, ushort naptPort)
    {
        if (_freeMappings.TryPop(out NaptMapping? mapping))
        {
            mapping.Init(clientIp, clientPort, clientMac, servicePort, backend, naptPort);
            return mapping;
        }

        return new NaptMapping(clientIp, clientPort, clientMac, servicePort, backend, naptPort);
    }

    private void HandleArp(ISwitchConnection connection, PortNo inPort, ReadOnlySpan<byte> frame, ArpView arp)
    {
        MacAddress? answer = PuntAnswers.AnswerArp(connection, _settings, _selector.Backends, _metrics, inPort, frame, arp);
        if (answer == _settings.VipMac && inPort == _settings.ClientPort)
        {
            lock (_gate)
            {
                _clientMacs[arp.SenderProtocolAddress] = arp.SenderHardwareAddress;
            }
        }
    }

    private void HandleTcp(ISwitchConnection connection, ReadOnlySpan<byte> frame, bool whole, MacAddress clientMac, Ipv4Address clientIp, TcpView tcp)
    {
        ushort servicePort = tcp.DestinationPort;
        if (!IsServicePort(servicePort))
        {
            _metrics.Ignored("unserved");
            return;
        }

        var key = new ClientKey(clientIp, tcp.SourcePort, servicePort);
        NaptMapping? mapping;
        FlowPlan plan = default;
        bool isNew = false;
        lock (_gate)
        {
            if (_byClient.TryGetValue(key, out mapping) && tcp.Syn && !tcp.Ack && mapping.InitialSequence != 0 && mapping.InitialSequence != tcp.SequenceNumber)
            {
                // A new connection on a client port whose old mapping has not ended yet (its flows are idling out):
                // the server may still hold the old 5-tuple in TIME_WAIT, so the new connection gets a new port.
                EndMappingLocked(mapping);
                mapping = null;
            }

            if (mapping is not null)
            {
                Interlocked.Increment(ref _repeatedPacketIns);
                mapping.ClientMac = clientMac;
                if (mapping.InitialSequence == 0 && tcp.Syn && !tcp.Ack)
                {
                    mapping.InitialSequence = tcp.SequenceNumber;
                }
            }
            else
            {
                if (!tcp.Syn || tcp.Ack || tcp.Rst)
                {
                    mapping = null;
                }
                else
                {
                    Backend? backend = _selector.Select();
                    if (backend is null)
                    {
                        _metrics.Refused("no_server");
                        if (Interlocked.Increment(ref _logThrottle) % 100 == 1)
                        {
                            LogNoServer(clientIp.ToString(), tcp.SourcePort, _settings.Refuse == RefusalAction.Reset ? "TCP RST" : "drop");
                        }

                        goto Refuse;
                    }

                    NaptPortPool pool = _pools[backend.Index];
                    PortAllocation allocation = pool.TryAllocate(out ushort naptPort);
                    if (allocation == PortAllocation.Exhausted)
                    {
                        _metrics.Refused("ports_exhausted");
                        if (Interlocked.Increment(ref _logThrottle) % 100 == 1)
                        {
                            LogExhausted(backend.Name, pool.Capacity, pool.Quarantined);
                        }

                        return; // dropped: the client retries, ports come back from quarantine
                    }

                    if (allocation == PortAllocation.Low)
                    {
                        LogPoolLow(backend.Name, pool.Available, pool.Capacity, pool.Quarantined);
                    }

                    mapping = RentMappingLocked(clientIp, tcp.SourcePort, clientMac, servicePort, backend, naptPort);
                    mapping.InitialSequence = tcp.SequenceNumber;
                    _byClient[key] = mapping;
                    _byServer[new ServerKey(backend.Index, naptPort)] = mapping;
                    backend.ConnectionOpened();
                    isNew = true;
                }
            }

            if (mapping is not null)
            {
                mapping.ForwardLive = true;
                mapping.ReverseLive = true;

                // The fields are copied while the lock is held: once it is released, the mapping may end and its
                // instance be reused for another connection.
                plan = new FlowPlan(this, mapping.Backend, mapping.ClientIp, mapping.ClientPort, mapping.ClientMac, mapping.ServicePort, mapping.NaptPort, default, default, default, null, 0);
            }
        }

        if (mapping is null)
        {
            // A segment of a connection we do not know (its flows idled out, or it predates us): refuse it.
            _metrics.Refused("unknown_connection");
            goto Refuse;
        }

        Interlocked.Increment(ref _serverPacketIns[plan.Server.Index]);
        if (isNew)
        {
            _metrics.Connection(plan.Server.Name);
        }

        // The PacketOut needs the SYN's bytes inside the send callback, but ISwitchConnection.Send takes its state as a
        // struct that may cross an await (when the writer is contended or the queue full), so it cannot carry the
        // PacketIn's span. (PacketInContext.Send with a PacketInWriteCallback can, but only on the read loop, and the
        // engine is driven through ISwitchConnection.) The copy goes into a pooled array instead, returned once the
        // send completes: the callback never runs after that.
        byte[]? packet = null;
        if (whole)
        {
            packet = ArrayPool<byte>.Shared.Rent(frame.Length);
            frame.CopyTo(packet);
        }

        plan = plan with
        {
            ReverseXid = connection.NextXid(),
            ForwardXid = connection.NextXid(),
            PacketOutXid = connection.NextXid(),
            Packet = packet,
            PacketLength = whole ? frame.Length : 0,
        };
        SwitchSend.Send(connection, plan, static (ref OpenFlowWriter writer, in FlowPlan p) => p.Engine.WriteConnection(ref writer, in p), 512 + plan.PacketLength, packet);
        return;

    Refuse:
        if (_settings.Refuse == RefusalAction.Reset)
        {
            SwitchSend.Reset(connection, _settings.ClientPort, frame, tcp.Rst);
        }
    }

    /// <summary>Writes reverse flow, forward flow, then the first packet rewritten like the forward flow.</summary>
    private void WriteConnection(ref OpenFlowWriter writer, in FlowPlan plan)
    {
        FlowPlan m = plan;
        Backend server = plan.Server;
        var spec = new FlowModSpec
        {
            Priority = NaptPriority,
            IdleTimeout = _settings.IdleTimeoutSeconds,
            Flags = OfpFlowModFlags.SendFlowRem,
        };

        Span<OxmSpec> match = stackalloc OxmSpec[7];
        Span<ActionSpec> actions = stackalloc ActionSpec[6];

        // Reverse first, so the server's SYN-ACK finds its way back the moment the forward flow lets the SYN through.
        match[0] = new OxmSpec(OxmField.InPort, server.SwitchPort.Value);
        match[1] = new OxmSpec(OxmField.EthType, EtherType.Ipv4.Value);
        match[2] = new OxmSpec(OxmField.IpProto, IpProtocol.Tcp.Value);
        match[3] = OxmSpec.Ipv4(OxmField.Ipv4Src, server.Ip);
        match[4] = OxmSpec.Ipv4(OxmField.Ipv4Dst, _settings.Gateway);
        match[5] = new OxmSpec(OxmField.TcpSrc, m.ServicePort);
        match[6] = new OxmSpec(OxmField.TcpDst, m.NaptPort);
        actions[0] = ActionSpec.SetField(OxmField.EthSrc, _settings.VipMac);
        actions[1] = ActionSpec.SetField(OxmField.EthDst, m.ClientMac);
        actions[2] = ActionSpec.SetField(OxmField.Ipv4Src, _settings.Vip);
        actions[3] = ActionSpec.SetField(OxmField.Ipv4Dst, m.ClientIp);
        actions[4] = ActionSpec.SetField(OxmField.TcpDst, m.ClientPort);
        actions[5] = ActionSpec.Output(_settings.ClientPort);
        writer.WriteFlowMod(plan.ReverseXid, spec with { Cookie = NaptCookie.Make(NaptCookie.Reverse, server.Index, m.NaptPort) }, match, actions);

        match[0] = new OxmSpec(OxmField.InPort, _settings.ClientPort.Value);
        match[3] = OxmSpec.Ipv4(OxmField.Ipv4Src, m.ClientIp);
        match[4] = OxmSpec.Ipv4(OxmField.Ipv4Dst, _settings.Vip);
        match[5] = new OxmSpec(OxmField.TcpSrc, m.ClientPort);
        match[6] = new OxmSpec(OxmField.TcpDst, m.ServicePort);
        actions[0] = ActionSpec.SetField(OxmField.EthSrc, _settings.GatewayMac);
        actions[1] = ActionSpec.SetField(OxmField.EthDst, server.Mac);
        actions[2] = ActionSpec.SetField(OxmField.Ipv4Src, _settings.Gateway);
        actions[3] = ActionSpec.SetField(OxmField.Ipv4Dst, server.Ip);
        actions[4] = ActionSpec.SetField(OxmField.TcpSrc, m.NaptPort);
        actions[5] = ActionSpec.Output(server.SwitchPort);
        writer.WriteFlowMod(plan.ForwardXid, spec with { Cookie = NaptCookie.Make(NaptCookie.Forward, server.Index, m.NaptPort) }, match, actions);

        if (plan.Packet is { } packet)
        {
            writer.WritePacketOut(plan.PacketOutXid, BufferId.NoBuffer, PortNo.Controller, actions, packet.AsSpan(0, plan.PacketLength));
        }
    }

    private void OnBackendStateChanged(Backend backend, bool up)
    {
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
        SwitchSend.DeleteFlows(connection, new Xid(0xbeef0010), NaptCookie.Make(0, backend.Index, 0), new Cookie(NaptCookie.ServerMask));
    }

    private bool IsServicePort(ushort port)
    {
        foreach (ushort p in _settings.ServicePorts)
        {
            if (p == port)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds one flow of ours read back from the switch to the rebuilt state.</summary>
    private void AdoptFlow(FlowStatsView flow)
    {
        int kind = NaptCookie.KindOf(flow.Cookie);
        if (kind is not (NaptCookie.Forward or NaptCookie.Reverse))
        {
            return;
        }

        Ipv4Address clientIp = default, serverIp = default;
        ushort clientPort = 0, servicePort = 0, naptPort = 0;
        MacAddress clientMac = default;
        foreach (OxmView oxm in flow.Match)
        {
            if (!oxm.IsOpenFlowBasic)
            {
                continue;
            }

            switch (oxm.Field)
            {
                case OxmField.Ipv4Src when kind == NaptCookie.Forward: clientIp = oxm.AsIpv4(); break;
                case OxmField.Ipv4Src: serverIp = oxm.AsIpv4(); break;
                case OxmField.TcpSrc when kind == NaptCookie.Forward: clientPort = oxm.AsUInt16(); break;
                case OxmField.TcpSrc: servicePort = oxm.AsUInt16(); break;
                case OxmField.TcpDst when kind == NaptCookie.Forward: servicePort = oxm.AsUInt16(); break;
                case OxmField.TcpDst: naptPort = oxm.AsUInt16(); break;
                default: break;
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
                if (action.Type != OfpActionType.SetField)
                {
                    continue;
                }

                OxmView field = action.Field;
                switch (field.Field)
                {
                    case OxmField.Ipv4Dst when kind == NaptCookie.Forward: serverIp = field.AsIpv4(); break;
                    case OxmField.Ipv4Dst: clientIp = field.AsIpv4(); break;
                    case OxmField.TcpSrc when kind == NaptCookie.Forward: naptPort = field.AsUInt16(); break;
                    case OxmField.TcpDst when kind == NaptCookie.Reverse: clientPort = field.AsUInt16(); break;
                    case OxmField.EthDst when kind == NaptCookie.Reverse: clientMac = field.AsMac(); break;
                    default: break;
                }
            }
        }

        Backend? backend = null;
        foreach (Backend b in _selector.Backends)
        {
            if (b.Ip == serverIp)
            {
                backend = b;
            }
        }

        if (backend is null || naptPort == 0 || clientPort == 0)
        {
            LogUnknownFlow(flow.Cookie.ToString(), serverIp.ToString());
            return;
        }

        lock (_gate)
        {
            var serverKey = new ServerKey(backend.Index, naptPort);
            if (clientMac == default)
            {
                _clientMacs.TryGetValue(clientIp, out clientMac);
            }

            if (!_byServer.TryGetValue(serverKey, out NaptMapping? mapping))
            {
                mapping = RentMappingLocked(clientIp, clientPort, clientMac, servicePort, backend, naptPort);
                _byServer[serverKey] = mapping;
                _byClient[new ClientKey(clientIp, clientPort, servicePort)] = mapping;
                _pools[backend.Index].Reserve(naptPort);
                backend.ConnectionAdopted();
            }
            else if (clientMac != default)
            {
                mapping.ClientMac = clientMac;
            }

            if (kind == NaptCookie.Forward)
            {
                mapping.ForwardLive = true;
            }
            else
            {
                mapping.ReverseLive = true;
            }
        }
    }

    private readonly record struct ClientKey(Ipv4Address Ip, ushort Port, ushort ServicePort);

    private readonly record struct ServerKey(int Server, ushort Port);

    /// <summary>What WriteConnection needs: the mapping's fields (copied under the lock), the xids, the SYN to send on.</summary>
    private readonly record struct FlowPlan(
        NaptEngine Engine,
        Backend Server,
        Ipv4Address ClientIp,
        ushort ClientPort,
        MacAddress ClientMac,
        ushort ServicePort,
        ushort NaptPort,
        Xid ReverseXid,
        Xid ForwardXid,
        Xid PacketOutXid,
        byte[]? Packet,
        int PacketLength);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Serving switch {Dpid}: {Flows} flows of ours read back, {Mappings} connections rebuilt; sustained new-connection rate of this configuration: {Rate:F0}/s")]
    private partial void LogServing(DatapathId dpid, int flows, int mappings, double rate);

    [LoggerMessage(EventId = 17, Level = LogLevel.Information, Message = "Reconciled switch {Dpid} (reactive): {Result}")]
    private partial void LogReconciled(DatapathId dpid, ReconcileResult result);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Switch {Dpid} ignored: NaptBalance serves one switch and {Current} is connected")]
    private partial void LogSecondSwitch(DatapathId dpid, DatapathId current);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "No server is up: new connection from {Client}:{Port} refused ({Action})")]
    private partial void LogNoServer(string client, ushort port, string action);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "NAPT ports of {Server} exhausted ({Capacity} ports, {Quarantined} in quarantine): new connection dropped")]
    private partial void LogExhausted(string server, int capacity, int quarantined);

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "NAPT ports of {Server} running low: {Available} of {Capacity} free, {Quarantined} in quarantine")]
    private partial void LogPoolLow(string server, int available, int capacity, int quarantined);

    [LoggerMessage(EventId = 15, Level = LogLevel.Information, Message = "Server {Server} is down: removing its flows")]
    private partial void LogRemovingFlows(string server);

    [LoggerMessage(EventId = 16, Level = LogLevel.Warning, Message = "Flow {Cookie} read back names no configured server ({ServerIp}); left to idle out")]
    private partial void LogUnknownFlow(string cookie, string serverIp);
}
