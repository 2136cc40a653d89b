using System;
using System.Buffers;
using System.Threading;
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

namespace OpenFlow.Samples.MacBalance;

/// <content>Reactive mode: a server per new connection, its two flows, and the connections read back after a restart.</content>
public sealed partial class MacEngine
{
    private void HandleTcp(ISwitchConnection connection, ReadOnlySpan<byte> frame, bool whole, MacAddress clientMac, Ipv4Address clientIp, TcpView tcp)
    {
        ushort servicePort = tcp.DestinationPort;
        if (!IsServicePort(servicePort))
        {
            _metrics.Ignored("unserved");
            return;
        }

        var key = new ConnectionKey(clientIp, tcp.SourcePort, servicePort);
        FlowPlan plan = default;
        bool placed = false;
        bool isNew = false;
        string? refusal = null;
        lock (_gate)
        {
            if (_connections.TryGetValue(key, out MacConnection? known) && tcp.Syn && !tcp.Ack && known.InitialSequence != 0 && known.InitialSequence != tcp.SequenceNumber)
            {
                // A new connection on a client port whose old one has not idled out yet: it gets a server of its own.
                EndConnectionLocked(known);
                known = null;
            }

            if (known is not null)
            {
                // The same connection again (SYN retransmit, or the datapath cache catching up): the same server.
                Interlocked.Increment(ref _repeatedPacketIns);
                known.ClientMac = clientMac;
                if (known.InitialSequence == 0 && tcp.Syn && !tcp.Ack)
                {
                    known.InitialSequence = tcp.SequenceNumber;
                }
            }
            else if (!tcp.Syn || tcp.Ack || tcp.Rst)
            {
                refusal = "unknown_connection";
            }
            else if (_connections.Count >= MaxConnections)
            {
                refusal = "too_many_connections";
            }
            else if (_selector.Select() is not { } backend)
            {
                refusal = "no_server";
            }
            else
            {
                known = new MacConnection(clientIp, tcp.SourcePort, clientMac, servicePort, backend) { InitialSequence = tcp.SequenceNumber };
                _connections[key] = known;
                backend.ConnectionOpened();
                isNew = true;
            }

            if (known is not null)
            {
                known.ForwardLive = true;
                known.ReverseLive = true;
                plan = new FlowPlan(this, known.Backend, known.ClientIp, known.ClientPort, known.ClientMac, known.ServicePort, default, default, default, null, 0);
                placed = true;
            }
        }

        if (!placed)
        {
            // No server up, or a segment of a connection we do not know (its flows idled out, or it predates us).
            _metrics.Refused(refusal ?? "unknown_connection");
            if (refusal == "no_server" && Interlocked.Increment(ref _logThrottle) % 100 == 1)
            {
                LogNoServer(clientIp, tcp.SourcePort, _settings.Refuse == RefusalAction.Reset ? "TCP RST" : "drop");
            }

            Refuse(connection, frame, tcp.Rst);
            return;
        }

        if (isNew)
        {
            _metrics.Connection(plan.Server.Name);
        }

        // The PacketOut needs the SYN's bytes in the send callback, whose state may cross an await: a pooled copy,
        // returned once the send completes.
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
    }

    private void Refuse(ISwitchConnection connection, ReadOnlySpan<byte> frame, bool isReset)
    {
        if (_settings.Refuse == RefusalAction.Reset)
        {
            SwitchSend.Reset(connection, _settings.ClientPort, frame, isReset);
        }
    }

    /// <summary>Writes the reverse flow, the forward flow, then the first packet rewritten like the forward flow.</summary>
    private void WriteConnection(ref OpenFlowWriter writer, in FlowPlan plan)
    {
        Backend server = plan.Server;
        var spec = new FlowModSpec
        {
            Priority = ConnectionPriority,
            IdleTimeout = _settings.IdleTimeoutSeconds,
            Flags = OfpFlowModFlags.SendFlowRem,
        };

        Span<OxmSpec> match = stackalloc OxmSpec[7];
        Span<ActionSpec> actions = stackalloc ActionSpec[3];

        // Reverse first, so the server's SYN-ACK finds its way back the moment the SYN reaches the server.
        match[0] = new OxmSpec(OxmField.InPort, server.SwitchPort.Value);
        match[1] = new OxmSpec(OxmField.EthType, EtherType.Ipv4.Value);
        match[2] = new OxmSpec(OxmField.IpProto, IpProtocol.Tcp.Value);
        match[3] = OxmSpec.Ipv4(OxmField.Ipv4Src, _settings.Vip);
        match[4] = OxmSpec.Ipv4(OxmField.Ipv4Dst, plan.ClientIp);
        match[5] = new OxmSpec(OxmField.TcpSrc, plan.ServicePort);
        match[6] = new OxmSpec(OxmField.TcpDst, plan.ClientPort);
        actions[0] = ActionSpec.SetField(OxmField.EthSrc, _settings.VipMac);
        actions[1] = ActionSpec.SetField(OxmField.EthDst, plan.ClientMac);
        actions[2] = ActionSpec.Output(_settings.ClientPort);
        writer.WriteFlowMod(plan.ReverseXid, spec with { Cookie = MacCookie.Make(MacCookie.Reverse, server.Index) }, match, actions);

        match[0] = new OxmSpec(OxmField.InPort, _settings.ClientPort.Value);
        match[3] = OxmSpec.Ipv4(OxmField.Ipv4Src, plan.ClientIp);
        match[4] = OxmSpec.Ipv4(OxmField.Ipv4Dst, _settings.Vip);
        match[5] = new OxmSpec(OxmField.TcpSrc, plan.ClientPort);
        match[6] = new OxmSpec(OxmField.TcpDst, plan.ServicePort);
        actions[0] = ActionSpec.SetField(OxmField.EthSrc, _settings.GatewayMac);
        actions[1] = ActionSpec.SetField(OxmField.EthDst, server.Mac);
        actions[2] = ActionSpec.Output(server.SwitchPort);
        writer.WriteFlowMod(plan.ForwardXid, spec with { Cookie = MacCookie.Make(MacCookie.Forward, server.Index) }, match, actions);

        if (plan.Packet is { } packet)
        {
            writer.WritePacketOut(plan.PacketOutXid, BufferId.NoBuffer, PortNo.Controller, actions, packet.AsSpan(0, plan.PacketLength));
        }
    }

    private void EndConnectionLocked(MacConnection connection)
    {
        var key = new ConnectionKey(connection.ClientIp, connection.ClientPort, connection.ServicePort);
        if (_connections.TryGetValue(key, out MacConnection? current) && current == connection)
        {
            _connections.Remove(key);
            connection.Backend.ConnectionClosed();
        }
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

    /// <summary>The connection a per-connection flow's match names (forward: client as source; reverse: as destination).</summary>
    private static bool TryReadConnectionKey(int kind, MatchView match, out ConnectionKey key)
    {
        Ipv4Address clientIp = default;
        ushort clientPort = 0, servicePort = 0;
        foreach (OxmView oxm in match)
        {
            if (!oxm.IsOpenFlowBasic)
            {
                continue;
            }

            switch (oxm.Field)
            {
                case OxmField.Ipv4Src when kind == MacCookie.Forward: clientIp = oxm.AsIpv4(); break;
                case OxmField.Ipv4Dst when kind == MacCookie.Reverse: clientIp = oxm.AsIpv4(); break;
                case OxmField.TcpSrc when kind == MacCookie.Forward: clientPort = oxm.AsUInt16(); break;
                case OxmField.TcpSrc: servicePort = oxm.AsUInt16(); break;
                case OxmField.TcpDst when kind == MacCookie.Forward: servicePort = oxm.AsUInt16(); break;
                case OxmField.TcpDst: clientPort = oxm.AsUInt16(); break;
                default: break;
            }
        }

        key = new ConnectionKey(clientIp, clientPort, servicePort);
        return clientIp != default && clientPort != 0 && servicePort != 0;
    }

    /// <summary>Adds one flow of ours read back from the switch: a reactive connection's flow, or a client's return flow.</summary>
    private void AdoptFlow(FlowStatsView flow)
    {
        int kind = MacCookie.KindOf(flow.Cookie);
        if (kind == MacCookie.Client)
        {
            AdoptClientFlow(flow);
            return;
        }

        if (kind is not (MacCookie.Forward or MacCookie.Reverse) || !TryReadConnectionKey(kind, flow.Match, out ConnectionKey key))
        {
            return;
        }

        int server = MacCookie.ServerOf(flow.Cookie);
        if (server >= _selector.Backends.Count)
        {
            LogUnknownFlow(flow.Cookie, server);
            return;
        }

        Backend backend = _selector.Backends[server];
        MacAddress clientMac = kind == MacCookie.Reverse ? SetFieldOf(flow, OxmField.EthDst) : default;
        lock (_gate)
        {
            if (!_connections.TryGetValue(key, out MacConnection? known) || known.Backend != backend)
            {
                if (known is not null)
                {
                    EndConnectionLocked(known);
                }

                known = new MacConnection(key.ClientIp, key.ClientPort, clientMac, key.ServicePort, backend);
                _connections[key] = known;
                backend.ConnectionAdopted();
            }

            if (clientMac != default)
            {
                known.ClientMac = clientMac;
            }

            if (kind == MacCookie.Forward)
            {
                known.ForwardLive = true;
            }
            else
            {
                known.ReverseLive = true;
            }
        }
    }

    private void AdoptClientFlow(FlowStatsView flow)
    {
        // Reactive mode does not want return flows: the reconciler deletes them; only proactive mode keeps them.
        if (_settings.Mode != BalancerMode.Proactive)
        {
            return;
        }

        Ipv4Address ip = default;
        foreach (OxmView oxm in flow.Match)
        {
            if (oxm.IsOpenFlowBasic && oxm.Field == OxmField.Ipv4Dst)
            {
                ip = oxm.AsIpv4();
            }
        }

        MacAddress mac = SetFieldOf(flow, OxmField.EthDst);
        if (ip == default || mac == default)
        {
            return;
        }

        lock (_gate)
        {
            if (_clients.Count < MaxClients || _clients.ContainsKey(ip))
            {
                _clients[ip] = mac;
            }
        }
    }

    private static MacAddress SetFieldOf(FlowStatsView flow, OxmField field)
    {
        foreach (InstructionView instruction in flow.Instructions)
        {
            if (instruction.Type != OfpInstructionType.ApplyActions)
            {
                continue;
            }

            foreach (ActionView action in instruction.Actions)
            {
                if (action.Type == OfpActionType.SetField && action.Field.Field == field)
                {
                    return action.Field.AsMac();
                }
            }
        }

        return default;
    }

    /// <summary>A reactive connection as the switch's flows see it: the client's address and port and the service port.</summary>
    private readonly record struct ConnectionKey(Ipv4Address ClientIp, ushort ClientPort, ushort ServicePort);

    /// <summary>What WriteConnection needs: the connection's fields (copied under the lock), the xids, the SYN to send on.</summary>
    private readonly record struct FlowPlan(
        MacEngine Engine,
        Backend Server,
        Ipv4Address ClientIp,
        ushort ClientPort,
        MacAddress ClientMac,
        ushort ServicePort,
        Xid ReverseXid,
        Xid ForwardXid,
        Xid PacketOutXid,
        byte[]? Packet,
        int PacketLength);

    [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "No server is up: new connection from {Client}:{Port} refused ({Action})")]
    private partial void LogNoServer(Ipv4Address client, ushort port, string action);

    [LoggerMessage(EventId = 31, Level = LogLevel.Warning, Message = "Flow {Cookie} read back names no configured server (index {Server}); left to idle out")]
    private partial void LogUnknownFlow(Cookie cookie, int server);
}
