using System;
using System.Diagnostics.CodeAnalysis;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>Flags of <c>NXAST_CT</c> (<c>enum nx_conntrack_flags</c>).</summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named after Open vSwitch's enum nx_conntrack_flags.")]
public enum NxCtFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary><c>NX_CT_F_COMMIT</c>: commit the connection to the tracker.</summary>
    Commit = 1 << 0,

    /// <summary><c>NX_CT_F_FORCE</c>: end a connection seen in the other direction and commit anew.</summary>
    Force = 1 << 1,
}
