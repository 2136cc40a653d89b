using System;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>Which optional range fields follow an <c>NXAST_NAT</c> action (<c>enum nx_nat_range</c>), in this order.</summary>
[Flags]
public enum NxNatRange : ushort
{
    /// <summary>No range.</summary>
    None = 0,

    /// <summary><c>NX_NAT_RANGE_IPV4_MIN</c> (4 bytes).</summary>
    Ipv4Min = 1 << 0,

    /// <summary><c>NX_NAT_RANGE_IPV4_MAX</c> (4 bytes).</summary>
    Ipv4Max = 1 << 1,

    /// <summary><c>NX_NAT_RANGE_IPV6_MIN</c> (16 bytes).</summary>
    Ipv6Min = 1 << 2,

    /// <summary><c>NX_NAT_RANGE_IPV6_MAX</c> (16 bytes).</summary>
    Ipv6Max = 1 << 3,

    /// <summary><c>NX_NAT_RANGE_PROTO_MIN</c> (2 bytes).</summary>
    ProtoMin = 1 << 4,

    /// <summary><c>NX_NAT_RANGE_PROTO_MAX</c> (2 bytes).</summary>
    ProtoMax = 1 << 5,
}
