namespace OpenFlow.Protocol.Multipart;

/// <summary>Events of an ONF flow monitor reply (<c>enum onf_flow_update_event</c>, ONF EXT-187).</summary>
public enum OnfFlowUpdateEvent : ushort
{
    /// <summary><c>ONFFME_ADDED</c>: a flow was added (or matched initially); an <c>onf_flow_update_full</c>.</summary>
    Added = 0,

    /// <summary><c>ONFFME_DELETED</c>: a flow was deleted; an <c>onf_flow_update_full</c>.</summary>
    Deleted = 1,

    /// <summary><c>ONFFME_MODIFIED</c>: a flow was modified; an <c>onf_flow_update_full</c>.</summary>
    Modified = 2,

    /// <summary><c>ONFFME_ABBREV</c>: abbreviated, the controller's own change; an <c>onf_flow_update_abbrev</c>.</summary>
    Abbrev = 3,
}
