namespace OpenFlow.Controller.Apps;

/// <summary>The <c>command</c> of a FLOW_MOD (<c>enum ofp_flow_mod_command</c>).</summary>
public enum FlowModCommand : byte
{
    /// <summary><c>OFPFC_ADD</c>: new flow.</summary>
    Add = 0,

    /// <summary><c>OFPFC_MODIFY</c>: modify all matching flows.</summary>
    Modify = 1,

    /// <summary><c>OFPFC_MODIFY_STRICT</c>: modify the flow with exactly this match and priority.</summary>
    ModifyStrict = 2,

    /// <summary><c>OFPFC_DELETE</c>: delete all matching flows.</summary>
    Delete = 3,

    /// <summary><c>OFPFC_DELETE_STRICT</c>: delete the flow with exactly this match and priority.</summary>
    DeleteStrict = 4,
}
