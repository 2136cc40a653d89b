using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Balancing.Arp;

/// <summary>
/// One kind of ARP request the balancer answers: requests arriving on <paramref name="Port"/> for the addresses
/// <paramref name="Targets"/> and <paramref name="Address"/> select are answered with <paramref name="Answer"/>.
/// </summary>
/// <param name="Port">The switch port the request must come from.</param>
/// <param name="Targets">Whether the rule answers only for <paramref name="Address"/> or for every other address.</param>
/// <param name="Address">The target address the rule is about.</param>
/// <param name="Answer">The MAC address the reply gives.</param>
/// <param name="LearnsSender">Whether the asker's address and MAC are worth remembering (clients asking for the VIP).</param>
public readonly record struct ArpRule(PortNo Port, ArpTargets Targets, Ipv4Address Address, MacAddress Answer, bool LearnsSender)
{
    /// <summary>Whether the rule answers a request for <paramref name="target"/> that arrived on <paramref name="inPort"/>.</summary>
    /// <param name="inPort">The port the request came in on.</param>
    /// <param name="target">The address asked for.</param>
    /// <returns>True when the rule answers it.</returns>
    public bool Covers(PortNo inPort, Ipv4Address target) =>
        inPort == Port && (Targets == ArpTargets.Only ? target == Address : target != Address);
}
