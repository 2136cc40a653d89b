namespace OpenFlow.Protocol.Errors;

/// <summary>Codes of <see cref="OfpErrorType.BadAction"/> (<c>enum ofp_bad_action_code</c>).</summary>
public enum OfpBadActionCode : ushort
{
    /// <summary><c>OFPBAC_BAD_TYPE</c>: Unknown or unsupported action type.</summary>
    BadType = 0,

    /// <summary><c>OFPBAC_BAD_LEN</c>: Length problem in actions.</summary>
    BadLen = 1,

    /// <summary><c>OFPBAC_BAD_EXPERIMENTER</c>: Unknown experimenter id specified.</summary>
    BadExperimenter = 2,

    /// <summary><c>OFPBAC_BAD_EXP_TYPE</c>: Unknown action for experimenter id.</summary>
    BadExpType = 3,

    /// <summary><c>OFPBAC_BAD_OUT_PORT</c>: Problem validating output port.</summary>
    BadOutPort = 4,

    /// <summary><c>OFPBAC_BAD_ARGUMENT</c>: Bad action argument.</summary>
    BadArgument = 5,

    /// <summary><c>OFPBAC_EPERM</c>: Permissions error.</summary>
    Eperm = 6,

    /// <summary><c>OFPBAC_TOO_MANY</c>: Can't handle this many actions.</summary>
    TooMany = 7,

    /// <summary><c>OFPBAC_BAD_QUEUE</c>: Problem validating output queue.</summary>
    BadQueue = 8,

    /// <summary><c>OFPBAC_BAD_OUT_GROUP</c>: Invalid group id in forward action.</summary>
    BadOutGroup = 9,

    /// <summary><c>OFPBAC_MATCH_INCONSISTENT</c>: Action can't apply for this match, or set-field missing prerequisite.</summary>
    MatchInconsistent = 10,

    /// <summary><c>OFPBAC_UNSUPPORTED_ORDER</c>: Action order is unsupported for the action list in an Apply-Actions instruction.</summary>
    UnsupportedOrder = 11,

    /// <summary><c>OFPBAC_BAD_TAG</c>: Actions uses an unsupported tag/encap.</summary>
    BadTag = 12,

    /// <summary><c>OFPBAC_BAD_SET_TYPE</c>: Unsupported type in set-field action.</summary>
    BadSetType = 13,

    /// <summary><c>OFPBAC_BAD_SET_LEN</c>: Length problem in set-field action.</summary>
    BadSetLen = 14,

    /// <summary><c>OFPBAC_BAD_SET_ARGUMENT</c>: Bad argument in set-field action.</summary>
    BadSetArgument = 15,
}
