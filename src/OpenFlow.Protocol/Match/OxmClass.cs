namespace OpenFlow.Protocol.Match;

/// <summary>OXM classes (<c>enum ofp_oxm_class</c>), the top 16 bits of an OXM header.</summary>
public enum OxmClass : ushort
{
    /// <summary><c>OFPXMC_NXM_0</c> (0x0000): backward compatibility with NXM (Open vSwitch's original fields).</summary>
    Nxm0 = 0x0000,

    /// <summary><c>OFPXMC_NXM_1</c> (0x0001): backward compatibility with NXM (registers, tunnel fields, ...).</summary>
    Nxm1 = 0x0001,

    /// <summary><c>OFPXMC_OPENFLOW_BASIC</c> (0x8000): the fields of <see cref="OxmField"/>.</summary>
    OpenFlowBasic = 0x8000,

    /// <summary><c>OFPXMC_EXPERIMENTER</c> (0xffff): the payload starts with a 32-bit experimenter id.</summary>
    Experimenter = 0xffff,
}
