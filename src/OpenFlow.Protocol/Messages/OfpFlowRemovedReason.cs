namespace OpenFlow.Protocol.Messages;

/// <summary>Why a flow entry was removed (<c>enum ofp_flow_removed_reason</c>).</summary>
public enum OfpFlowRemovedReason : byte
{
    /// <summary><c>OFPRR_IDLE_TIMEOUT</c>: the flow idle time exceeded <c>idle_timeout</c>.</summary>
    IdleTimeout = 0,

    /// <summary><c>OFPRR_HARD_TIMEOUT</c>: the time exceeded <c>hard_timeout</c>.</summary>
    HardTimeout = 1,

    /// <summary><c>OFPRR_DELETE</c>: evicted by a delete flow mod.</summary>
    Delete = 2,

    /// <summary><c>OFPRR_GROUP_DELETE</c>: the group was removed.</summary>
    GroupDelete = 3,
}
