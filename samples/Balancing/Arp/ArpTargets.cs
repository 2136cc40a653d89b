namespace OpenFlow.Balancing.Arp;

/// <summary>Which target addresses an <see cref="ArpRule"/> answers for.</summary>
public enum ArpTargets
{
    /// <summary>Only the rule's address (the VIP asked from the client side, the gateway asked by a server).</summary>
    Only,

    /// <summary>
    /// Every address but the rule's own: a host that owns the rule's address asks for anything behind the switch (a
    /// MacBalance server, which holds the VIP itself, asking for the gateway or for a client).
    /// </summary>
    AllBut,
}
