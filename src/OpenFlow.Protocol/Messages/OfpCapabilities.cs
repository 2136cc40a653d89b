using System;

namespace OpenFlow.Protocol.Messages;

/// <summary>Switch capabilities (<c>enum ofp_capabilities</c>), the <c>capabilities</c> field of <c>ofp_switch_features</c>.</summary>
[Flags]
public enum OfpCapabilities : uint
{
    /// <summary>No capability.</summary>
    None = 0,

    /// <summary><c>OFPC_FLOW_STATS</c>: flow statistics.</summary>
    FlowStats = 1 << 0,

    /// <summary><c>OFPC_TABLE_STATS</c>: table statistics.</summary>
    TableStats = 1 << 1,

    /// <summary><c>OFPC_PORT_STATS</c>: port statistics.</summary>
    PortStats = 1 << 2,

    /// <summary><c>OFPC_GROUP_STATS</c>: group statistics.</summary>
    GroupStats = 1 << 3,

    /// <summary><c>OFPC_IP_REASM</c>: can reassemble IP fragments.</summary>
    IpReasm = 1 << 5,

    /// <summary><c>OFPC_QUEUE_STATS</c>: queue statistics.</summary>
    QueueStats = 1 << 6,

    /// <summary><c>OFPC_PORT_BLOCKED</c>: the switch blocks looping ports.</summary>
    PortBlocked = 1 << 8,
}
