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

namespace OpenFlow.Samples.MacBalance;

/// <content>The base state the switch should hold in each mode; the reconciler makes it so on every (re)connect.</content>
public sealed partial class MacEngine
{
    /// <summary>The proactive mode's table of return flows, one per client.</summary>
    public static TableId ReturnTable => new(1);

    /// <summary>
    /// The flows and group this mode wants in the switch (cookie <see cref="MacCookie.BaseScope"/> under
    /// <see cref="MacCookie.ScopeMask"/>, the configured group id); reactive per-connection flows are not part of it.
    /// </summary>
    /// <returns>The wanted state.</returns>
    /// <remarks>
    /// Both modes: table-miss drop, ARP requests the proxy answers to the controller, other IPv4 to the VIP dropped.
    /// Reactive: new TCP connections to the VIP's service ports to the controller. Proactive: those go to the select
    /// group; server replies from VIP:service port go to <see cref="ReturnTable"/>, which holds a flow per known client
    /// and drops the rest.
    /// </remarks>
    public DesiredSwitchState BuildDesiredState()
    {
        var desired = new DesiredSwitchState(MacCookie.BaseScope, new Cookie(MacCookie.ScopeMask), _settings.GroupId, _settings.GroupId);
        Cookie cookie = MacCookie.Make(MacCookie.Base, MacCookie.NoServer);

        // Table-miss: drop. Only what the punt flows select reaches the controller; nothing is ever flooded.
        desired.AddFlow(new FlowModSpec { Priority = 0, Cookie = cookie }, ReadOnlySpan<OxmSpec>.Empty, ReadOnlySpan<ActionSpec>.Empty);
        _arp.AddPuntFlows(desired, new FlowModSpec { Priority = ServicePriority, Cookie = cookie });

        Span<OxmSpec> match = stackalloc OxmSpec[5];
        match[0] = new OxmSpec(OxmField.InPort, _settings.ClientPort.Value);
        match[1] = new OxmSpec(OxmField.EthType, EtherType.Ipv4.Value);
        match[2] = new OxmSpec(OxmField.IpProto, IpProtocol.Tcp.Value);
        match[3] = OxmSpec.Ipv4(OxmField.Ipv4Dst, _settings.Vip);
        Span<ActionSpec> actions = stackalloc ActionSpec[1];
        actions[0] = _settings.Mode == BalancerMode.Proactive ? ActionSpec.Group(_settings.GroupId) : ActionSpec.Output(PortNo.Controller, 0xffff);
        if (_settings.Mode == BalancerMode.Proactive)
        {
            // The reconciler writes groups before flows, so the group exists before a flow names it.
            _group.AddTo(desired);
        }

        foreach (ushort port in _settings.ServicePorts)
        {
            match[4] = new OxmSpec(OxmField.TcpDst, port);
            desired.AddFlow(new FlowModSpec { Priority = ServicePriority, Cookie = cookie }, match, actions);
        }

        if (_settings.Mode == BalancerMode.Proactive)
        {
            AddReturnFlows(desired, cookie);
        }

        // Other traffic to the VIP (other ports and protocols) is dropped in the switch, where it is counted.
        match[0] = new OxmSpec(OxmField.EthType, EtherType.Ipv4.Value);
        match[1] = OxmSpec.Ipv4(OxmField.Ipv4Dst, _settings.Vip);
        desired.AddFlow(new FlowModSpec { Priority = DropPriority, Cookie = cookie }, match.Slice(0, 2), ReadOnlySpan<ActionSpec>.Empty);
        return desired;
    }

    private void AddReturnFlows(DesiredSwitchState desired, Cookie cookie)
    {
        // From each server port, TCP from VIP:service port continues in the return table.
        var ports = new HashSet<PortNo>();
        foreach (Backend backend in _selector.Backends)
        {
            if (!ports.Add(backend.SwitchPort))
            {
                continue;
            }

            foreach (ushort port in _settings.ServicePorts)
            {
                desired.AddFlow(new ReturnFlowState(_settings.Vip, backend.SwitchPort, port, cookie), static (ref OpenFlowWriter writer, in ReturnFlowState s) =>
                {
                    Span<OxmSpec> match = stackalloc OxmSpec[5];
                    match[0] = new OxmSpec(OxmField.InPort, s.ServerPort.Value);
                    match[1] = new OxmSpec(OxmField.EthType, EtherType.Ipv4.Value);
                    match[2] = new OxmSpec(OxmField.IpProto, IpProtocol.Tcp.Value);
                    match[3] = OxmSpec.Ipv4(OxmField.Ipv4Src, s.Vip);
                    match[4] = new OxmSpec(OxmField.TcpSrc, s.ServicePort);
                    LengthSlot slot = writer.BeginFlowMod(default, new FlowModSpec { Priority = ServicePriority, Cookie = s.Cookie }.ToFields());
                    writer.WriteMatch(match);
                    writer.WriteGotoTableInstruction(ReturnTable);
                    writer.EndMessage(slot);
                });
            }
        }

        // The return table: a flow per client known, the rest dropped (a client not learned yet asks for the VIP first).
        desired.AddFlow(new FlowModSpec { TableId = ReturnTable, Priority = 0, Cookie = cookie }, ReadOnlySpan<OxmSpec>.Empty, ReadOnlySpan<ActionSpec>.Empty);
        foreach (KeyValuePair<Ipv4Address, MacAddress> client in SnapshotClients())
        {
            desired.AddFlow((Settings: _settings, Ip: client.Key, Mac: client.Value), static (ref OpenFlowWriter writer, in (MacSettings Settings, Ipv4Address Ip, MacAddress Mac) s) =>
                WriteClientFlow(ref writer, default, s.Settings, s.Ip, s.Mac));
        }
    }

    private readonly record struct ReturnFlowState(Ipv4Address Vip, PortNo ServerPort, ushort ServicePort, Cookie Cookie);
}
