using System;
using System.Diagnostics.CodeAnalysis;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>Flags of <c>NXAST_NAT</c> (<c>enum nx_nat_flags</c>).</summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named after Open vSwitch's enum nx_nat_flags.")]
public enum NxNatFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary><c>NX_NAT_F_SRC</c>: source NAT.</summary>
    Source = 1 << 0,

    /// <summary><c>NX_NAT_F_DST</c>: destination NAT.</summary>
    Destination = 1 << 1,

    /// <summary><c>NX_NAT_F_PERSISTENT</c>.</summary>
    Persistent = 1 << 2,

    /// <summary><c>NX_NAT_F_PROTO_HASH</c>.</summary>
    ProtoHash = 1 << 3,

    /// <summary><c>NX_NAT_F_PROTO_RANDOM</c>.</summary>
    ProtoRandom = 1 << 4,
}
