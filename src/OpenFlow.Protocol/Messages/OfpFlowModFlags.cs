using System;
using System.Diagnostics.CodeAnalysis;

namespace OpenFlow.Protocol.Messages;

/// <summary>Flow mod flags (<c>enum ofp_flow_mod_flags</c>), also reported in flow stats.</summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named after the spec's enum ofp_flow_mod_flags.")]
public enum OfpFlowModFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary><c>OFPFF_SEND_FLOW_REM</c>: send a flow removed message when the flow expires or is deleted.</summary>
    SendFlowRem = 1 << 0,

    /// <summary><c>OFPFF_CHECK_OVERLAP</c>: check for overlapping entries first.</summary>
    CheckOverlap = 1 << 1,

    /// <summary><c>OFPFF_RESET_COUNTS</c>: reset the flow's packet and byte counts.</summary>
    ResetCounts = 1 << 2,

    /// <summary><c>OFPFF_NO_PKT_COUNTS</c>: do not keep track of the packet count.</summary>
    NoPktCounts = 1 << 3,

    /// <summary><c>OFPFF_NO_BYT_COUNTS</c>: do not keep track of the byte count.</summary>
    NoBytCounts = 1 << 4,
}
