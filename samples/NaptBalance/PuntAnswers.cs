using System;
using System.Collections.Generic;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Switch;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>
/// The answers the controller gives in every mode: ARP for the VIP on the client port (<c>VipMac</c>), ARP for the
/// gateway on a server port (<c>GatewayMac</c>), and pings to the VIP.
/// </summary>
internal static class PuntAnswers
{
    /// <summary>The MAC address an ARP request gets, or null when it is not ours to answer.</summary>
    public static MacAddress? ArpAnswer(NaptSettings settings, IReadOnlyList<Backend> backends, PortNo inPort, ArpView arp)
    {
        Ipv4Address target = arp.TargetProtocolAddress;
        if (inPort == settings.ClientPort && target == settings.Vip)
        {
            return settings.VipMac;
        }

        if (target == settings.Gateway)
        {
            foreach (Backend backend in backends)
            {
                if (backend.SwitchPort == inPort)
                {
                    return settings.GatewayMac;
                }
            }
        }

        return null;
    }

    /// <summary>Handles an ARP PacketIn: answers a request for the VIP or the gateway (and says which, for learning).</summary>
    /// <returns>The answer given, or null (not a request, not ours, or malformed: counted).</returns>
    public static MacAddress? AnswerArp(ISwitchConnection connection, NaptSettings settings, IReadOnlyList<Backend> backends, NaptMetrics metrics, PortNo inPort, ReadOnlySpan<byte> frame, ArpView arp)
    {
        if (arp.Operation != ArpOperation.Request)
        {
            metrics.Ignored("arp_not_request");
            return null;
        }

        if (ArpAnswer(settings, backends, inPort, arp) is not MacAddress answer)
        {
            metrics.Ignored("arp_not_ours");
            return null;
        }

        byte[] reply = new byte[64];
        if (!PacketBuilder.TryWriteArpReply(reply, frame, answer, out int length))
        {
            metrics.Ignored("arp_malformed");
            return null;
        }

        SwitchSend.PacketOut(connection, inPort, reply, length);
        return answer;
    }

    /// <summary>Answers an ICMP echo request to the VIP out of the client port.</summary>
    public static void AnswerPing(ISwitchConnection connection, NaptSettings settings, NaptMetrics metrics, ReadOnlySpan<byte> frame, SlicedPacket packet)
    {
        if (!packet.Icmp.IsEchoRequest)
        {
            metrics.Ignored("icmp_not_echo");
            return;
        }

        byte[] reply = new byte[frame.Length];
        if (!PacketBuilder.TryWriteIcmpEchoReply(reply, frame, out int length))
        {
            metrics.Ignored("icmp_malformed");
            return;
        }

        SwitchSend.PacketOut(connection, settings.ClientPort, reply, length);
    }
}
