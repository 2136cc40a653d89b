namespace OpenFlow.Protocol.Errors;

/// <summary>Codes of <see cref="OfpErrorType.GroupModFailed"/> (<c>enum ofp_group_mod_failed_code</c>).</summary>
public enum OfpGroupModFailedCode : ushort
{
    /// <summary><c>OFPGMFC_GROUP_EXISTS</c>: Group not added because a group ADD attempted to replace an already-present group.</summary>
    GroupExists = 0,

    /// <summary><c>OFPGMFC_INVALID_GROUP</c>: Group not added because Group specified is invalid.</summary>
    InvalidGroup = 1,

    /// <summary><c>OFPGMFC_WEIGHT_UNSUPPORTED</c>: Switch does not support unequal load sharing with select groups.</summary>
    WeightUnsupported = 2,

    /// <summary><c>OFPGMFC_OUT_OF_GROUPS</c>: The group table is full.</summary>
    OutOfGroups = 3,

    /// <summary><c>OFPGMFC_OUT_OF_BUCKETS</c>: The maximum number of action buckets for a group has been exceeded.</summary>
    OutOfBuckets = 4,

    /// <summary><c>OFPGMFC_CHAINING_UNSUPPORTED</c>: Switch does not support groups that forward to groups.</summary>
    ChainingUnsupported = 5,

    /// <summary><c>OFPGMFC_WATCH_UNSUPPORTED</c>: This group cannot watch the watch_port or watch_group specified.</summary>
    WatchUnsupported = 6,

    /// <summary><c>OFPGMFC_LOOP</c>: Group entry would cause a loop.</summary>
    Loop = 7,

    /// <summary><c>OFPGMFC_UNKNOWN_GROUP</c>: Group not modified because a group MODIFY attempted to modify a non-existent group.</summary>
    UnknownGroup = 8,

    /// <summary><c>OFPGMFC_CHAINED_GROUP</c>: Group not deleted because another group is forwarding to it.</summary>
    ChainedGroup = 9,

    /// <summary><c>OFPGMFC_BAD_TYPE</c>: Unsupported or unknown group type.</summary>
    BadType = 10,

    /// <summary><c>OFPGMFC_BAD_COMMAND</c>: Unsupported or unknown command.</summary>
    BadCommand = 11,

    /// <summary><c>OFPGMFC_BAD_BUCKET</c>: Error in bucket.</summary>
    BadBucket = 12,

    /// <summary><c>OFPGMFC_BAD_WATCH</c>: Error in watch port/group.</summary>
    BadWatch = 13,

    /// <summary><c>OFPGMFC_EPERM</c>: Permissions error.</summary>
    Eperm = 14,
}
