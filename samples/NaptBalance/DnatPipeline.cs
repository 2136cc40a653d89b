using System;
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
/// The proactive mode's pipeline, for switches without conntrack: destination NAT only, in plain OpenFlow 1.3 (a select
/// group, set-field, goto-table; no extension). Servers see the clients' own addresses and answer through their
/// default gateway, the switch.
/// </summary>
/// <remarks>
/// <code>
/// table 0  client → VIP:svc                    group (select; bucket per server: eth_src=GatewayMac, eth_dst=server MAC,
///                                                ip_dst=server, output server port)
///          server → any, tcp_src=svc            ip_src=VIP, eth_src=VipMac, goto table 1
/// table 1  ip_dst=CLIENT (one per client)       eth_dst=client MAC, output client port
///          (miss)                               CONTROLLER:64 (a reply to a client whose MAC is not known yet)
/// table 0  arp reply to the VIP (client port)  CONTROLLER
/// </code>
/// The client's MAC address comes from its ARP request for the VIP (a PacketIn in every mode): one flow per client
/// address in table 1, read back from the switch after a controller restart. A client that never asks (its ARP cache
/// still holds the VIP from before, and the switch lost the flow) is found the other way: the first reply towards it
/// misses table 1 and goes to the controller, which asks the client with an ARP request from the VIP; the client's
/// ARP reply comes back as a PacketIn and teaches its MAC. Those PacketIns happen once per unknown client, never per
/// connection. The switch picks a bucket by a hash of each packet, so a change of the group's buckets can move a
/// live connection to another server, which resets it.
/// </remarks>
public sealed class DnatPipeline : INaptPipeline
{
    /// <summary>Table 1: towards the client.</summary>
    public static readonly TableId ToClientTable = new(1);

    /// <summary>Priority of the pipeline's flows.</summary>
    public const ushort FlowPriority = 100;

    /// <summary>How much of a reply to an unknown client goes to the controller: its Ethernet and IPv4 headers.</summary>
    public const ushort UnknownClientBytes = 64;

    private readonly NaptSettings _settings;
    private readonly IReadOnlyList<Backend> _backends;
    private readonly Cookie _cookie = NaptCookie.PipelineCookie(BalancerMode.Proactive);

    /// <summary>Creates the pipeline.</summary>
    /// <param name="settings">The configuration.</param>
    /// <param name="backends">The servers.</param>
    public DnatPipeline(NaptSettings settings, IReadOnlyList<Backend> backends)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(backends);
        _settings = settings;
        _backends = backends;
    }

    /// <inheritdoc />
    public BalancerMode Mode => BalancerMode.Proactive;

    /// <inheritdoc />
    public bool LearnsClients => true;

    /// <inheritdoc />
    public TableId ClientTable => ToClientTable;

    /// <inheritdoc />
    public void AddFlows(DesiredSwitchState desired)
    {
        ArgumentNullException.ThrowIfNull(desired);
        var flow = new FlowModSpec { Priority = FlowPriority, Cookie = _cookie };
        GroupId group = _settings.GroupId;
        foreach (ushort port in _settings.ServicePorts)
        {
            // client → VIP:svc: the select group picks the server.
            PipelineFlow.Add(desired, flow, NaptBaseFlows.ClientToService(_settings, port), (ref OpenFlowWriter w) =>
            {
                Span<ActionSpec> actions = stackalloc ActionSpec[1];
                actions[0] = ActionSpec.Group(group);
                PipelineFlow.ApplyActions(ref w, actions);
            });

            // server → client: the VIP and its MAC as the source, then the client's MAC in table 1.
            foreach (Backend backend in _backends)
            {
                OxmSpec[] fromServer =
                {
                    new(OxmField.InPort, backend.SwitchPort.Value),
                    new(OxmField.EthType, EtherType.Ipv4.Value),
                    new(OxmField.IpProto, IpProtocol.Tcp.Value),
                    OxmSpec.Ipv4(OxmField.Ipv4Src, backend.Ip),
                    new(OxmField.TcpSrc, port),
                };
                PipelineFlow.Add(desired, flow, fromServer, (ref OpenFlowWriter w) =>
                {
                    Span<ActionSpec> actions = stackalloc ActionSpec[2];
                    actions[0] = ActionSpec.SetField(OxmField.Ipv4Src, _settings.Vip);
                    actions[1] = ActionSpec.SetField(OxmField.EthSrc, _settings.VipMac);
                    PipelineFlow.ApplyActions(ref w, actions);
                    w.WriteGotoTableInstruction(ToClientTable);
                });
            }
        }

        // A reply to a client whose MAC address is not known yet: its headers go to the controller, which asks the
        // client for its MAC address (the packet itself is dropped; TCP retransmits it).
        ActionSpec[] head = { ActionSpec.Output(PortNo.Controller, UnknownClientBytes) };
        desired.AddFlow(new FlowModSpec { TableId = ToClientTable, Priority = 0, Cookie = _cookie }, default, head);

        // The clients' ARP replies to the VIP (answers to those questions) go to the controller too.
        desired.AddFlow(
            flow,
            new[]
            {
                new OxmSpec(OxmField.InPort, _settings.ClientPort.Value),
                new OxmSpec(OxmField.EthType, EtherType.Arp.Value),
                new OxmSpec(OxmField.ArpOp, (ulong)ArpOperation.Reply),
                OxmSpec.Ipv4(OxmField.ArpTpa, _settings.Vip),
            },
            new[] { ActionSpec.Output(PortNo.Controller, 0xffff) });
    }

    /// <inheritdoc />
    public void AddClientFlow(DesiredSwitchState desired, Ipv4Address client, MacAddress mac)
    {
        ArgumentNullException.ThrowIfNull(desired);
        desired.AddFlow((Pipeline: this, Client: client, Mac: mac), static (ref OpenFlowWriter w, in (DnatPipeline Pipeline, Ipv4Address Client, MacAddress Mac) s) =>
            s.Pipeline.WriteClientFlow(ref w, default, s.Client, s.Mac));
    }

    /// <inheritdoc />
    public void WriteClientFlow(ref OpenFlowWriter writer, Xid xid, Ipv4Address client, MacAddress mac)
    {
        Span<OxmSpec> match = stackalloc OxmSpec[2];
        match[0] = new OxmSpec(OxmField.EthType, EtherType.Ipv4.Value);
        match[1] = OxmSpec.Ipv4(OxmField.Ipv4Dst, client);
        Span<ActionSpec> actions = stackalloc ActionSpec[2];
        actions[0] = ActionSpec.SetField(OxmField.EthDst, mac);
        actions[1] = ActionSpec.Output(_settings.ClientPort);
        writer.WriteFlowMod(xid, new FlowModSpec { TableId = ToClientTable, Priority = FlowPriority, Cookie = _cookie }, match, actions);
    }

    /// <summary>The bucket of one server: the gateway's MAC as source, the server's MAC and address as destination.</summary>
    /// <param name="writer">The writer, inside the bucket.</param>
    /// <param name="backend">The server.</param>
    public void WriteBucket(ref OpenFlowWriter writer, Backend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        Span<ActionSpec> actions = stackalloc ActionSpec[4];
        actions[0] = ActionSpec.SetField(OxmField.EthSrc, _settings.GatewayMac);
        actions[1] = ActionSpec.SetField(OxmField.EthDst, backend.Mac);
        actions[2] = ActionSpec.SetField(OxmField.Ipv4Dst, backend.Ip);
        actions[3] = ActionSpec.Output(backend.SwitchPort);
        writer.WriteActions(actions);
    }
}
