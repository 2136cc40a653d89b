namespace OpenFlow.Protocol.Errors;

/// <summary>Codes of <see cref="OfpErrorType.BadMatch"/> (<c>enum ofp_bad_match_code</c>).</summary>
public enum OfpBadMatchCode : ushort
{
    /// <summary><c>OFPBMC_BAD_TYPE</c>: Unsupported match type specified by the match.</summary>
    BadType = 0,

    /// <summary><c>OFPBMC_BAD_LEN</c>: Length problem in match.</summary>
    BadLen = 1,

    /// <summary><c>OFPBMC_BAD_TAG</c>: Match uses an unsupported tag/encap.</summary>
    BadTag = 2,

    /// <summary><c>OFPBMC_BAD_DL_ADDR_MASK</c>: Unsupported datalink addr mask.</summary>
    BadDlAddrMask = 3,

    /// <summary><c>OFPBMC_BAD_NW_ADDR_MASK</c>: Unsupported network addr mask.</summary>
    BadNwAddrMask = 4,

    /// <summary><c>OFPBMC_BAD_WILDCARDS</c>: Unsupported combination of fields masked or omitted in the match.</summary>
    BadWildcards = 5,

    /// <summary><c>OFPBMC_BAD_FIELD</c>: Unsupported field type in the match.</summary>
    BadField = 6,

    /// <summary><c>OFPBMC_BAD_VALUE</c>: Unsupported value in a match field.</summary>
    BadValue = 7,

    /// <summary><c>OFPBMC_BAD_MASK</c>: Unsupported mask specified in the match.</summary>
    BadMask = 8,

    /// <summary><c>OFPBMC_BAD_PREREQ</c>: A prerequisite was not met.</summary>
    BadPrereq = 9,

    /// <summary><c>OFPBMC_DUP_FIELD</c>: A field type was duplicated.</summary>
    DupField = 10,

    /// <summary><c>OFPBMC_EPERM</c>: Permissions error.</summary>
    Eperm = 11,
}
