namespace OpenFlow.Balancing;

/// <summary>How a balancer puts new connections on servers (<c>Balancer:Mode</c>).</summary>
public enum BalancerMode
{
    /// <summary>The design note's way: every new connection is a PacketIn, and the controller installs its flows.</summary>
    Reactive,

    /// <summary>
    /// A select group in the switch spreads new connections; static flows carry the rest. No PacketIn per connection,
    /// but a change of the group's buckets can move existing connections.
    /// </summary>
    Proactive,

    /// <summary>
    /// Open vSwitch's connection tracker does the NAT: the select group picks the server of a new connection once and
    /// conntrack remembers it. No PacketIn per connection, and group changes never move existing connections.
    /// </summary>
    Conntrack,
}
