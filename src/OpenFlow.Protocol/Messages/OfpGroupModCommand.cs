namespace OpenFlow.Protocol.Messages;

/// <summary>Group commands (<c>enum ofp_group_mod_command</c>), the <c>command</c> field of <c>ofp_group_mod</c>.</summary>
public enum OfpGroupModCommand : ushort
{
    /// <summary><c>OFPGC_ADD</c>: new group.</summary>
    Add = 0,

    /// <summary><c>OFPGC_MODIFY</c>: modify all matching groups.</summary>
    Modify = 1,

    /// <summary><c>OFPGC_DELETE</c>: delete all matching groups.</summary>
    Delete = 2,
}
