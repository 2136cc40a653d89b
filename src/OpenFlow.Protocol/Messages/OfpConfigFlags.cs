using System;
using System.Diagnostics.CodeAnalysis;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// Switch configuration flags (<c>enum ofp_config_flags</c>), the <c>flags</c> field of <c>ofp_switch_config</c>.
/// The low two bits are one choice of fragment handling (<see cref="FragMask"/>), not independent flags.
/// </summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named after the spec's enum ofp_config_flags.")]
public enum OfpConfigFlags : ushort
{
    /// <summary><c>OFPC_FRAG_NORMAL</c>: no special handling for IP fragments.</summary>
    FragNormal = 0,

    /// <summary><c>OFPC_FRAG_DROP</c>: drop IP fragments.</summary>
    FragDrop = 1,

    /// <summary><c>OFPC_FRAG_REASM</c>: reassemble IP fragments (only if <see cref="OfpCapabilities.IpReasm"/> is set).</summary>
    FragReasm = 2,

    /// <summary><c>OFPC_FRAG_MASK</c>: the bits that hold the fragment handling.</summary>
    FragMask = 3,
}
