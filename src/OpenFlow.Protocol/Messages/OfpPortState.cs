using System;

namespace OpenFlow.Protocol.Messages;

/// <summary>Current port state (<c>enum ofp_port_state</c>), the <c>state</c> field of <c>ofp_port</c>.</summary>
[Flags]
public enum OfpPortState : uint
{
    /// <summary>No flag set.</summary>
    None = 0,

    /// <summary><c>OFPPS_LINK_DOWN</c>: no physical link present.</summary>
    LinkDown = 1 << 0,

    /// <summary><c>OFPPS_BLOCKED</c>: the port is blocked.</summary>
    Blocked = 1 << 1,

    /// <summary><c>OFPPS_LIVE</c>: live for fast failover groups.</summary>
    Live = 1 << 2,
}
