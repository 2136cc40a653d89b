using System;
using System.Diagnostics.CodeAnalysis;

namespace OpenFlow.Protocol.Messages;

/// <summary>Meter configuration flags (<c>enum ofp_meter_flags</c>), in <c>ofp_meter_mod</c> and <c>ofp_meter_config</c>.</summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named after the spec's enum ofp_meter_flags.")]
public enum OfpMeterFlags : ushort
{
    /// <summary>No flag set.</summary>
    None = 0,

    /// <summary><c>OFPMF_KBPS</c>: rate value in kb/s (kilo-bit per second).</summary>
    Kbps = 1 << 0,

    /// <summary><c>OFPMF_PKTPS</c>: rate value in packet/sec.</summary>
    Pktps = 1 << 1,

    /// <summary><c>OFPMF_BURST</c>: do burst size.</summary>
    Burst = 1 << 2,

    /// <summary><c>OFPMF_STATS</c>: collect statistics.</summary>
    Stats = 1 << 3,
}
