using System.Collections.Generic;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Switch;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>
/// The table-0 flows every mode has: table-miss drop, the punts of what the controller answers (ARP for the VIP from
/// the client side, ARP for the gateway from each server, pings to the VIP; in reactive mode also new TCP connections
/// to the service ports) and the drops of other traffic to our addresses. Only what the punt flows select reaches the
/// controller.
/// </summary>
public static class NaptBaseFlows
{
    /// <summary>Priority of the flows that send ARP, pings (and, reactive, new TCP connections) to the controller.</summary>
    public const ushort PuntPriority = 100;

    /// <summary>Priority of the flows that drop traffic to the VIP or gateway that the balancer does not serve.</summary>
    public const ushort DropPriority = 10;

    /// <summary>Adds the base flows of a mode to the wanted state.</summary>
    /// <param name="desired">The wanted state.</param>
    /// <param name="settings">The configuration.</param>
    /// <param name="backends">The servers.</param>
    /// <param name="mode">The mode (its cookie; reactive also punts TCP to the service ports).</param>
    public static void AddTo(DesiredSwitchState desired, NaptSettings settings, IReadOnlyList<Backend> backends, BalancerMode mode)
    {
        System.ArgumentNullException.ThrowIfNull(desired);
        System.ArgumentNullException.ThrowIfNull(settings);
        System.ArgumentNullException.ThrowIfNull(backends);
        Cookie cookie = NaptCookie.PipelineCookie(mode);
        ActionSpec[] toController = { ActionSpec.Output(PortNo.Controller, 0xffff) };

        // Table-miss: drop.
        desired.AddFlow(new FlowModSpec { Priority = 0, Cookie = cookie }, default, default);

        var punt = new FlowModSpec { Priority = PuntPriority, Cookie = cookie };

        // ARP requests for the VIP from the client side.
        desired.AddFlow(
            punt,
            new[]
            {
                new OxmSpec(OxmField.InPort, settings.ClientPort.Value),
                new OxmSpec(OxmField.EthType, EtherType.Arp.Value),
                new OxmSpec(OxmField.ArpOp, (ulong)ArpOperation.Request),
                OxmSpec.Ipv4(OxmField.ArpTpa, settings.Vip),
            },
            toController);

        // ARP requests for the gateway from each server.
        foreach (Backend backend in backends)
        {
            desired.AddFlow(
                punt,
                new[]
                {
                    new OxmSpec(OxmField.InPort, backend.SwitchPort.Value),
                    new OxmSpec(OxmField.EthType, EtherType.Arp.Value),
                    new OxmSpec(OxmField.ArpOp, (ulong)ArpOperation.Request),
                    OxmSpec.Ipv4(OxmField.ArpTpa, settings.Gateway),
                },
                toController);
        }

        if (mode == BalancerMode.Reactive)
        {
            // TCP to the VIP's service ports from the client side (new connections; the NAPT flows take the rest).
            foreach (ushort port in settings.ServicePorts)
            {
                desired.AddFlow(punt, ClientToService(settings, port), toController);
            }
        }

        // Pings to the VIP.
        desired.AddFlow(
            punt,
            new[]
            {
                new OxmSpec(OxmField.InPort, settings.ClientPort.Value),
                new OxmSpec(OxmField.EthType, EtherType.Ipv4.Value),
                new OxmSpec(OxmField.IpProto, IpProtocol.Icmp.Value),
                OxmSpec.Ipv4(OxmField.Ipv4Dst, settings.Vip),
                new OxmSpec(OxmField.Icmpv4Type, (ulong)IcmpType.EchoRequest),
            },
            toController);

        // Unserved traffic to our addresses (other ports, other protocols) is dropped in the switch.
        var drop = new FlowModSpec { Priority = DropPriority, Cookie = cookie };
        desired.AddFlow(drop, new[] { new OxmSpec(OxmField.EthType, EtherType.Ipv4.Value), OxmSpec.Ipv4(OxmField.Ipv4Dst, settings.Vip) }, default);
        desired.AddFlow(drop, new[] { new OxmSpec(OxmField.EthType, EtherType.Ipv4.Value), OxmSpec.Ipv4(OxmField.Ipv4Dst, settings.Gateway) }, default);
    }

    /// <summary>The match of TCP from the client side to the VIP's service port: the entry of every mode's TCP path.</summary>
    /// <param name="settings">The configuration.</param>
    /// <param name="port">The service port.</param>
    /// <returns>The match fields, prerequisites first.</returns>
    public static OxmSpec[] ClientToService(NaptSettings settings, ushort port)
    {
        System.ArgumentNullException.ThrowIfNull(settings);
        return new[]
        {
            new OxmSpec(OxmField.InPort, settings.ClientPort.Value),
            new OxmSpec(OxmField.EthType, EtherType.Ipv4.Value),
            new OxmSpec(OxmField.IpProto, IpProtocol.Tcp.Value),
            OxmSpec.Ipv4(OxmField.Ipv4Dst, settings.Vip),
            new OxmSpec(OxmField.TcpDst, port),
        };
    }
}
