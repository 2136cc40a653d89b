namespace OpenFlow.Balancing.Arp;

/// <summary>What <see cref="ArpResponder.TryAnswer"/> did with an ARP packet.</summary>
public enum ArpOutcome
{
    /// <summary>A reply was written.</summary>
    Answered,

    /// <summary>Not a request (a reply, or another operation): never answered, never flooded.</summary>
    NotRequest,

    /// <summary>A request no rule covers (another port, another address): ignored.</summary>
    NotOurs,

    /// <summary>A request the reply could not be built from (not Ethernet/IPv4 ARP).</summary>
    Malformed,
}
