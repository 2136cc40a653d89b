using System;
using System.Collections.Generic;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Switch;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Actions.Nicira;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>
/// The conntrack mode's pipeline: the design note's full NAPT (servers see the gateway address, the switch picks the
/// source port) done by Open vSwitch's connection tracker, with no PacketIn per connection. Zone 1 holds the
/// destination NAT (VIP to server), zone 2 the source NAT (client to gateway and a port of
/// <c>Balancer:Napt:PortRangeStart..PortRangeEnd</c>).
/// </summary>
/// <remarks>
/// <code>
/// table 0  client → VIP:svc                 ct(zone=1,nat,table=1)       (established: zone 1 undoes nothing yet, restores the DNAT)
///          server → gateway (tcp)            ct(zone=2,nat,table=3)       (a reply: zone 2 un-SNATs it)
/// table 1  +new+trk tcp                      group (select; bucket per server:
///                                              ct(commit,zone=1,nat(dst=SERVER),exec(move:eth_src→ct_label[0..47]),table=5))
///          +est+trk tcp                      ct(zone=2,nat,table=2)
/// table 5  tcp                               ct(commit,zone=2,nat(src=GATEWAY:LOW-HIGH),table=2)
/// table 2  ip_dst=SERVER                     eth_src=GatewayMac, eth_dst=server MAC, output server port
/// table 3  +est+trk tcp                      ct(zone=1,nat,table=4)       (zone 1 turns the server back into the VIP)
/// table 4  +est+trk tcp ip_src=VIP           move:ct_label[0..47]→eth_dst, eth_src=VipMac, output client port
/// </code>
/// The client's MAC address travels in the connection's label: the bucket copies the SYN's <c>eth_src</c> into
/// <c>ct_label</c> when it commits the connection in zone 1, and table 4 copies it back into <c>eth_dst</c> of every
/// reply. So no per-client flow and no learning are needed, a client behind a router on the client port works (its
/// router's MAC is what the SYN carried), and a controller restart loses nothing: the label lives in the switch's
/// connection table with the NAT. Every table ends in an explicit drop, so its counter shows what fell through.
/// </remarks>
public sealed class ConntrackPipeline : INaptPipeline
{
    /// <summary>The zone of the destination NAT (VIP to server).</summary>
    public const ushort DnatZone = 1;

    /// <summary>The zone of the source NAT (client to gateway and a NAPT port).</summary>
    public const ushort SnatZone = 2;

    /// <summary>Table 1: the client's packets after zone 1.</summary>
    public static readonly TableId AfterDnatTable = new(1);

    /// <summary>Table 2: towards a server.</summary>
    public static readonly TableId ToServerTable = new(2);

    /// <summary>Table 3: a server's reply after zone 2.</summary>
    public static readonly TableId AfterUnSnatTable = new(3);

    /// <summary>Table 4: towards the client.</summary>
    public static readonly TableId ToClientTable = new(4);

    /// <summary>Table 5: a new connection's source NAT.</summary>
    public static readonly TableId SnatTable = new(5);

    /// <summary>Priority of the pipeline's flows (table 0: as the punts; the other tables: above their drop).</summary>
    public const ushort FlowPriority = 100;

    /// <summary>Priority of the established-connection flow of table 1 (below the new-connection one).</summary>
    public const ushort EstablishedPriority = 90;

    private readonly NaptSettings _settings;
    private readonly IReadOnlyList<Backend> _backends;
    private readonly Cookie _cookie = NaptCookie.PipelineCookie(BalancerMode.Conntrack);

    /// <summary>Creates the pipeline.</summary>
    /// <param name="settings">The configuration.</param>
    /// <param name="backends">The servers.</param>
    public ConntrackPipeline(NaptSettings settings, IReadOnlyList<Backend> backends)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(backends);
        _settings = settings;
        _backends = backends;
    }

    /// <inheritdoc />
    public BalancerMode Mode => BalancerMode.Conntrack;

    /// <inheritdoc />
    public bool LearnsClients => false;

    /// <inheritdoc />
    public TableId ClientTable => ToClientTable;

    /// <summary>Bits 0-47 of <c>ct_label</c>: where the client's MAC address rides with its connection.</summary>
    public static NxmFieldRef ClientMacLabel => NxmFieldRef.Of(OxmFieldKey.CtLabel, 0, 48);

    /// <inheritdoc />
    public void AddFlows(DesiredSwitchState desired)
    {
        ArgumentNullException.ThrowIfNull(desired);
        var flow = new FlowModSpec { Priority = FlowPriority, Cookie = _cookie };
        OxmSpec ip = new(OxmField.EthType, EtherType.Ipv4.Value);
        OxmSpec tcp = new(OxmField.IpProto, IpProtocol.Tcp.Value);
        OxmSpec[] anyTcp = { ip, tcp };
        GroupId group = _settings.GroupId;

        // Table 0: client → VIP:svc into zone 1; server → gateway into zone 2.
        foreach (ushort port in _settings.ServicePorts)
        {
            PipelineFlow.Add(desired, flow, NaptBaseFlows.ClientToService(_settings, port), (ref OpenFlowWriter w) => WriteCt(ref w, DnatZone, AfterDnatTable));
        }

        foreach (Backend backend in _backends)
        {
            OxmSpec[] fromServer =
            {
                new(OxmField.InPort, backend.SwitchPort.Value),
                ip,
                tcp,
                OxmSpec.Ipv4(OxmField.Ipv4Src, backend.Ip),
                OxmSpec.Ipv4(OxmField.Ipv4Dst, _settings.Gateway),
            };
            PipelineFlow.Add(desired, flow, fromServer, (ref OpenFlowWriter w) => WriteCt(ref w, SnatZone, AfterUnSnatTable));
        }

        // Table 1: a new connection goes to the select group; an established one to its source NAT in zone 2.
        PipelineFlow.Add(desired, flow with { TableId = AfterDnatTable }, anyTcp, CtStateBits.New | CtStateBits.Tracked, CtStateBits.New | CtStateBits.Tracked, (ref OpenFlowWriter w) =>
        {
            Span<ActionSpec> actions = stackalloc ActionSpec[1];
            actions[0] = ActionSpec.Group(group);
            PipelineFlow.ApplyActions(ref w, actions);
        });
        PipelineFlow.Add(desired, flow with { TableId = AfterDnatTable, Priority = EstablishedPriority }, anyTcp, CtStateBits.Established | CtStateBits.Tracked, CtStateBits.Established | CtStateBits.Tracked, (ref OpenFlowWriter w) => WriteCt(ref w, SnatZone, ToServerTable));

        // Table 5: the new connection's source NAT, committed in zone 2.
        PipelineFlow.Add(desired, flow with { TableId = SnatTable }, anyTcp, (ref OpenFlowWriter w) => WriteSnatCommit(ref w));

        // Table 2: towards each server.
        foreach (Backend backend in _backends)
        {
            PipelineFlow.Add(desired, flow with { TableId = ToServerTable }, new[] { ip, OxmSpec.Ipv4(OxmField.Ipv4Dst, backend.Ip) }, (ref OpenFlowWriter w) =>
            {
                Span<ActionSpec> actions = stackalloc ActionSpec[3];
                actions[0] = ActionSpec.SetField(OxmField.EthSrc, _settings.GatewayMac);
                actions[1] = ActionSpec.SetField(OxmField.EthDst, backend.Mac);
                actions[2] = ActionSpec.Output(backend.SwitchPort);
                PipelineFlow.ApplyActions(ref w, actions);
            });
        }

        // Table 3: a reply, un-SNATed by zone 2, goes through zone 1 to get the VIP back as its source.
        PipelineFlow.Add(desired, flow with { TableId = AfterUnSnatTable }, anyTcp, CtStateBits.Established | CtStateBits.Tracked, CtStateBits.Established | CtStateBits.Tracked, (ref OpenFlowWriter w) => WriteCt(ref w, DnatZone, ToClientTable));

        // Table 4: towards the client, its MAC address from the connection's label.
        PipelineFlow.Add(desired, flow with { TableId = ToClientTable }, new[] { ip, tcp, OxmSpec.Ipv4(OxmField.Ipv4Src, _settings.Vip) }, CtStateBits.Established | CtStateBits.Tracked, CtStateBits.Established | CtStateBits.Tracked, (ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginApplyActionsInstruction();
            w.WriteNxRegMoveAction(ClientMacLabel, EthernetField(OxmField.EthDst));
            w.WriteSetFieldAction(OxmField.EthSrc, _settings.VipMac);
            w.WriteOutputAction(_settings.ClientPort);
            w.EndActionsInstruction(slot);
        });

        // What falls through a table is dropped there (and counted).
        foreach (TableId table in new[] { AfterDnatTable, ToServerTable, AfterUnSnatTable, ToClientTable, SnatTable })
        {
            desired.AddFlow(new FlowModSpec { TableId = table, Priority = 0, Cookie = _cookie }, default, default);
        }
    }

    /// <inheritdoc />
    public void AddClientFlow(DesiredSwitchState desired, Ipv4Address client, MacAddress mac) =>
        throw new NotSupportedException("The conntrack pipeline keeps the client's MAC address in ct_label; it has no per-client flows.");

    /// <inheritdoc />
    public void WriteClientFlow(ref OpenFlowWriter writer, Xid xid, Ipv4Address client, MacAddress mac) =>
        throw new NotSupportedException("The conntrack pipeline keeps the client's MAC address in ct_label; it has no per-client flows.");

    /// <summary>
    /// The bucket of one server: commit the connection in zone 1 with its destination rewritten to the server (the
    /// destination port is kept) and the client's MAC in the label, then continue in table 5 for the source NAT.
    /// </summary>
    /// <param name="writer">The writer, inside the bucket.</param>
    /// <param name="backend">The server.</param>
    public void WriteBucket(ref OpenFlowWriter writer, Backend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        LengthSlot ct = writer.BeginNxCtAction(new NxCtSpec(NxCtFlags.Commit) { ZoneImmediate = DnatZone, RecircTable = SnatTable });
        writer.WriteNxNatAction(new NxNatSpec(NxNatFlags.Destination) { Ipv4Min = backend.Ip });
        writer.WriteNxRegMoveAction(EthernetField(OxmField.EthSrc), ClientMacLabel);
        writer.EndNxCtAction(ct);
    }

    /// <summary>
    /// An Ethernet address field as Open vSwitch writes it back in a <c>move</c>, even under OpenFlow 1.3: its NXM
    /// header (<c>NXM_OF_ETH_DST</c>, <c>NXM_OF_ETH_SRC</c>: class 0, fields 1 and 2), not the OXM one
    /// (<c>OXM_OF_ETH_DST</c>, class 0x8000). Written the same way, the flow reads back byte for byte, and a restart
    /// finds nothing to modify.
    /// </summary>
    /// <param name="field">EthSrc or EthDst.</param>
    /// <returns>All 48 bits of the field.</returns>
    public static NxmFieldRef EthernetField(OxmField field) => field switch
    {
        OxmField.EthDst => new NxmFieldRef(new OxmHeader((ushort)OxmClass.Nxm0, 1, false, 6), 0, 48),
        OxmField.EthSrc => new NxmFieldRef(new OxmHeader((ushort)OxmClass.Nxm0, 2, false, 6), 0, 48),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "eth_src or eth_dst."),
    };

    // ct(zone=Z,nat,table=T): look the packet up in zone Z, apply the NAT of its connection, continue in table T.
    private static void WriteCt(ref OpenFlowWriter writer, ushort zone, TableId table)
    {
        LengthSlot slot = writer.BeginApplyActionsInstruction();
        LengthSlot ct = writer.BeginNxCtAction(new NxCtSpec(NxCtFlags.None) { ZoneImmediate = zone, RecircTable = table });
        writer.WriteNxNatAction(new NxNatSpec(NxNatFlags.None));
        writer.EndNxCtAction(ct);
        writer.EndActionsInstruction(slot);
    }

    // ct(commit,zone=2,nat(src=GATEWAY:LOW-HIGH),table=2).
    private void WriteSnatCommit(ref OpenFlowWriter writer)
    {
        LengthSlot slot = writer.BeginApplyActionsInstruction();
        LengthSlot ct = writer.BeginNxCtAction(new NxCtSpec(NxCtFlags.Commit) { ZoneImmediate = SnatZone, RecircTable = ToServerTable });
        writer.WriteNxNatAction(new NxNatSpec(NxNatFlags.Source) { Ipv4Min = _settings.Gateway, ProtoMin = _settings.PortRangeStart, ProtoMax = _settings.PortRangeEnd });
        writer.EndNxCtAction(ct);
        writer.EndActionsInstruction(slot);
    }
}
