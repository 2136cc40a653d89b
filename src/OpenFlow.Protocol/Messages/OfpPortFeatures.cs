using System;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// Port features (<c>enum ofp_port_features</c>): the <c>curr</c>, <c>advertised</c>, <c>supported</c> and
/// <c>peer</c> fields of <c>ofp_port</c>.
/// </summary>
[Flags]
public enum OfpPortFeatures : uint
{
    /// <summary>No flag set.</summary>
    None = 0,

    /// <summary><c>OFPPF_10MB_HD</c>: 10 Mb half-duplex.</summary>
    Rate10MbHd = 1 << 0,

    /// <summary><c>OFPPF_10MB_FD</c>: 10 Mb full-duplex.</summary>
    Rate10MbFd = 1 << 1,

    /// <summary><c>OFPPF_100MB_HD</c>: 100 Mb half-duplex.</summary>
    Rate100MbHd = 1 << 2,

    /// <summary><c>OFPPF_100MB_FD</c>: 100 Mb full-duplex.</summary>
    Rate100MbFd = 1 << 3,

    /// <summary><c>OFPPF_1GB_HD</c>: 1 Gb half-duplex.</summary>
    Rate1GbHd = 1 << 4,

    /// <summary><c>OFPPF_1GB_FD</c>: 1 Gb full-duplex.</summary>
    Rate1GbFd = 1 << 5,

    /// <summary><c>OFPPF_10GB_FD</c>: 10 Gb full-duplex.</summary>
    Rate10GbFd = 1 << 6,

    /// <summary><c>OFPPF_40GB_FD</c>: 40 Gb full-duplex.</summary>
    Rate40GbFd = 1 << 7,

    /// <summary><c>OFPPF_100GB_FD</c>: 100 Gb full-duplex.</summary>
    Rate100GbFd = 1 << 8,

    /// <summary><c>OFPPF_1TB_FD</c>: 1 Tb full-duplex.</summary>
    Rate1TbFd = 1 << 9,

    /// <summary><c>OFPPF_OTHER</c>: a rate not in this list.</summary>
    Other = 1 << 10,

    /// <summary><c>OFPPF_COPPER</c>: copper medium.</summary>
    Copper = 1 << 11,

    /// <summary><c>OFPPF_FIBER</c>: fiber medium.</summary>
    Fiber = 1 << 12,

    /// <summary><c>OFPPF_AUTONEG</c>: auto-negotiation.</summary>
    Autoneg = 1 << 13,

    /// <summary><c>OFPPF_PAUSE</c>: pause.</summary>
    Pause = 1 << 14,

    /// <summary><c>OFPPF_PAUSE_ASYM</c>: asymmetric pause.</summary>
    PauseAsym = 1 << 15,
}
