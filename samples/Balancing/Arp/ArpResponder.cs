using System;
using System.Collections.Generic;
using OpenFlow.Balancing.Switch;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Balancing.Arp;

/// <summary>
/// The balancers' ARP proxy: answers the requests its <see cref="ArpRule"/>s cover with the rule's MAC, on the port
/// the request came from, and nothing else. It never floods: the hosts on the switch only learn the addresses the
/// balancer vouches for (a MacBalance server's own answer for the VIP never reaches the client). It also writes the
/// punt flows that bring exactly those requests to the controller.
/// </summary>
public sealed class ArpResponder
{
    /// <summary>The largest reply <see cref="TryAnswer"/> writes (an ARP reply with one VLAN tag, padded).</summary>
    public const int MaxReplyLength = 64;

    private readonly ArpRule[] _rules;

    /// <summary>Creates a responder.</summary>
    /// <param name="rules">The requests to answer, first match wins.</param>
    public ArpResponder(IEnumerable<ArpRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = new List<ArpRule>(rules).ToArray();
    }

    /// <summary>The rules, in the order they are tried.</summary>
    public IReadOnlyList<ArpRule> Rules => _rules;

    /// <summary>Decides about one ARP packet and, when a rule covers it, writes the reply.</summary>
    /// <param name="inPort">The port it came in on.</param>
    /// <param name="frame">The whole frame (the reply copies its link header).</param>
    /// <param name="arp">The ARP packet in <paramref name="frame"/>.</param>
    /// <param name="reply">Where the reply goes (<see cref="MaxReplyLength"/> bytes).</param>
    /// <param name="length">The reply's length (0 unless answered).</param>
    /// <param name="rule">The rule that answered (default unless answered).</param>
    /// <returns>What happened.</returns>
    public ArpOutcome TryAnswer(PortNo inPort, ReadOnlySpan<byte> frame, ArpView arp, Span<byte> reply, out int length, out ArpRule rule)
    {
        length = 0;
        rule = default;
        if (arp.Operation != ArpOperation.Request)
        {
            return ArpOutcome.NotRequest;
        }

        Ipv4Address target = arp.TargetProtocolAddress;
        foreach (ArpRule candidate in _rules)
        {
            if (!candidate.Covers(inPort, target))
            {
                continue;
            }

            if (!PacketBuilder.TryWriteArpReply(reply, frame, candidate.Answer, out length))
            {
                return ArpOutcome.Malformed;
            }

            rule = candidate;
            return ArpOutcome.Answered;
        }

        return ArpOutcome.NotOurs;
    }

    /// <summary>
    /// Adds the flows that send the covered requests to the controller: per rule, ARP requests from its port (for its
    /// address only, with <see cref="ArpTargets.Only"/>); everything else about ARP is left to the table-miss drop.
    /// </summary>
    /// <param name="desired">The wanted state.</param>
    /// <param name="spec">Table, priority and cookie of the punt flows.</param>
    public void AddPuntFlows(DesiredSwitchState desired, in FlowModSpec spec)
    {
        ArgumentNullException.ThrowIfNull(desired);
        Span<ActionSpec> toController = stackalloc ActionSpec[1];
        toController[0] = ActionSpec.Output(PortNo.Controller, 0xffff);
        Span<OxmSpec> match = stackalloc OxmSpec[4];
        var added = new HashSet<(PortNo Port, ArpTargets Targets, Ipv4Address Address)>();
        foreach (ArpRule rule in _rules)
        {
            // An AllBut rule punts every request from its port; the controller leaves the excepted address unanswered.
            Ipv4Address address = rule.Targets == ArpTargets.Only ? rule.Address : default;
            if (!added.Add((rule.Port, rule.Targets, address)))
            {
                continue;
            }

            match[0] = new OxmSpec(OxmField.InPort, rule.Port.Value);
            match[1] = new OxmSpec(OxmField.EthType, EtherType.Arp.Value);
            match[2] = new OxmSpec(OxmField.ArpOp, (ulong)ArpOperation.Request);
            int fields = 3;
            if (rule.Targets == ArpTargets.Only)
            {
                match[3] = OxmSpec.Ipv4(OxmField.ArpTpa, rule.Address);
                fields = 4;
            }

            desired.AddFlow(spec, match.Slice(0, fields), toController);
        }
    }
}
