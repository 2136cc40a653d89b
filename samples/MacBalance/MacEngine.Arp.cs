using System;
using System.Threading;
using Microsoft.Extensions.Logging;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Switch;
using OpenFlow.Balancing.Arp;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Samples.MacBalance;

/// <content>ARP: the proxy's answers and the clients learned from their requests for the VIP.</content>
public sealed partial class MacEngine
{
    private void HandleArp(ISwitchConnection connection, PortNo inPort, ReadOnlySpan<byte> frame, ArpView arp)
    {
        Span<byte> reply = stackalloc byte[ArpResponder.MaxReplyLength];
        switch (_arp.TryAnswer(inPort, frame, arp, reply, out int length, out ArpRule rule))
        {
            case ArpOutcome.NotRequest:
                _metrics.Ignored("arp_not_request");
                return;
            case ArpOutcome.NotOurs:
                _metrics.Ignored("arp_not_ours");
                return;
            case ArpOutcome.Malformed:
                _metrics.Ignored("arp_malformed");
                return;
            default:
                break;
        }

        // Learn first: in proactive mode the client's return flow then precedes the answer that lets it connect.
        if (rule.LearnsSender)
        {
            LearnClient(connection, arp.SenderProtocolAddress, arp.SenderHardwareAddress);
        }

        SwitchSend.PacketOut(connection, inPort, reply.Slice(0, length).ToArray(), length);
    }

    private void LearnClient(ISwitchConnection connection, Ipv4Address ip, MacAddress mac)
    {
        if (ip == Ipv4Address.Any || ip == Ipv4Address.Broadcast || ip == _settings.Vip || ip == _settings.Gateway || mac.IsMulticast || mac == MacAddress.Zero)
        {
            return; // an ARP probe, or a sender no client can be
        }

        lock (_gate)
        {
            if (_clients.TryGetValue(ip, out MacAddress known) && known == mac)
            {
                return;
            }

            if (!_clients.ContainsKey(ip) && _clients.Count >= MaxClients)
            {
                if (Interlocked.Increment(ref _logThrottle) % 100 == 1)
                {
                    LogTooManyClients(ip, MaxClients);
                }

                return;
            }

            _clients[ip] = mac;
        }

        LogClientLearned(ip, mac);
        if (_settings.Mode == BalancerMode.Proactive)
        {
            var state = new ClientFlowState(_settings, ip, mac, connection.NextXid());
            SwitchSend.Send(connection, state, static (ref OpenFlowWriter writer, in ClientFlowState s) => WriteClientFlow(ref writer, s.Xid, s.Settings, s.Ip, s.Mac), 160);
        }
    }

    /// <summary>
    /// The proactive return flow towards one client (table <see cref="ReturnTable"/>): packets to its address get the
    /// switch's client-side MAC as source, the client's MAC as destination, and leave by the client port.
    /// </summary>
    private static void WriteClientFlow(ref OpenFlowWriter writer, Xid xid, MacSettings settings, Ipv4Address ip, MacAddress mac)
    {
        Span<OxmSpec> match = stackalloc OxmSpec[2];
        match[0] = new OxmSpec(OxmField.EthType, EtherType.Ipv4.Value);
        match[1] = OxmSpec.Ipv4(OxmField.Ipv4Dst, ip);
        Span<ActionSpec> actions = stackalloc ActionSpec[3];
        actions[0] = ActionSpec.SetField(OxmField.EthSrc, settings.VipMac);
        actions[1] = ActionSpec.SetField(OxmField.EthDst, mac);
        actions[2] = ActionSpec.Output(settings.ClientPort);
        var spec = new FlowModSpec { TableId = ReturnTable, Priority = ServicePriority, Cookie = MacCookie.Make(MacCookie.Client, MacCookie.NoServer) };
        writer.WriteFlowMod(xid, spec, match, actions);
    }

    private readonly record struct ClientFlowState(MacSettings Settings, Ipv4Address Ip, MacAddress Mac, Xid Xid);

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Client {Client} is at {Mac}")]
    private partial void LogClientLearned(Ipv4Address client, MacAddress mac);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Client {Client} not remembered: {Max} clients are known already")]
    private partial void LogTooManyClients(Ipv4Address client, int max);
}
