using System;

namespace OpenFlow.Protocol.Messages;

/// <summary>Administrative port settings (<c>enum ofp_port_config</c>), the <c>config</c> field of <c>ofp_port</c>.</summary>
[Flags]
public enum OfpPortConfig : uint
{
    /// <summary>No flag set.</summary>
    None = 0,

    /// <summary><c>OFPPC_PORT_DOWN</c>: the port is administratively down.</summary>
    PortDown = 1 << 0,

    /// <summary><c>OFPPC_NO_RECV</c>: drop all packets received by the port.</summary>
    NoRecv = 1 << 2,

    /// <summary><c>OFPPC_NO_FWD</c>: drop packets forwarded to the port.</summary>
    NoFwd = 1 << 5,

    /// <summary><c>OFPPC_NO_PACKET_IN</c>: send no packet-in messages for the port.</summary>
    NoPacketIn = 1 << 6,
}
