using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>An <c>NXAST_NAT</c> action to write: flags and the optional ranges (null: absent).</summary>
/// <param name="Flags">Source or destination NAT and options.</param>
public readonly record struct NxNatSpec(NxNatFlags Flags)
{
    /// <summary>The lowest IPv4 address.</summary>
    public Ipv4Address? Ipv4Min { get; init; }

    /// <summary>The highest IPv4 address.</summary>
    public Ipv4Address? Ipv4Max { get; init; }

    /// <summary>The lowest IPv6 address.</summary>
    public Ipv6Address? Ipv6Min { get; init; }

    /// <summary>The highest IPv6 address.</summary>
    public Ipv6Address? Ipv6Max { get; init; }

    /// <summary>The lowest transport port.</summary>
    public ushort? ProtoMin { get; init; }

    /// <summary>The highest transport port.</summary>
    public ushort? ProtoMax { get; init; }
}
