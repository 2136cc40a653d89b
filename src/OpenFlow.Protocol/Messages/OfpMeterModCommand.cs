namespace OpenFlow.Protocol.Messages;

/// <summary>Meter commands (<c>enum ofp_meter_mod_command</c>), the <c>command</c> field of <c>ofp_meter_mod</c>.</summary>
public enum OfpMeterModCommand : ushort
{
    /// <summary><c>OFPMC_ADD</c>: new meter.</summary>
    Add = 0,

    /// <summary><c>OFPMC_MODIFY</c>: modify the specified meter.</summary>
    Modify = 1,

    /// <summary><c>OFPMC_DELETE</c>: delete the specified meter.</summary>
    Delete = 2,
}
