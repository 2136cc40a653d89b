namespace OpenFlow.Protocol.Messages;

/// <summary>Group types (<c>enum ofp_group_type</c>), in <c>ofp_group_mod</c> and <c>ofp_group_desc</c>.</summary>
public enum OfpGroupType : byte
{
    /// <summary><c>OFPGT_ALL</c>: all (multicast/broadcast) group.</summary>
    All = 0,

    /// <summary><c>OFPGT_SELECT</c>: select group.</summary>
    Select = 1,

    /// <summary><c>OFPGT_INDIRECT</c>: indirect group.</summary>
    Indirect = 2,

    /// <summary><c>OFPGT_FF</c>: fast failover group.</summary>
    FastFailover = 3,
}
