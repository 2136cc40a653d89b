namespace OpenFlow.Protocol.Errors;

/// <summary>Codes of <see cref="OfpErrorType.FlowModFailed"/> (<c>enum ofp_flow_mod_failed_code</c>).</summary>
public enum OfpFlowModFailedCode : ushort
{
    /// <summary><c>OFPFMFC_UNKNOWN</c>: Unspecified error.</summary>
    Unknown = 0,

    /// <summary><c>OFPFMFC_TABLE_FULL</c>: Flow not added because table was full.</summary>
    TableFull = 1,

    /// <summary><c>OFPFMFC_BAD_TABLE_ID</c>: Table does not exist.</summary>
    BadTableId = 2,

    /// <summary><c>OFPFMFC_OVERLAP</c>: Attempted to add overlapping flow with CHECK_OVERLAP flag set.</summary>
    Overlap = 3,

    /// <summary><c>OFPFMFC_EPERM</c>: Permissions error.</summary>
    Eperm = 4,

    /// <summary><c>OFPFMFC_BAD_TIMEOUT</c>: Flow not added because of unsupported idle/hard timeout.</summary>
    BadTimeout = 5,

    /// <summary><c>OFPFMFC_BAD_COMMAND</c>: Unsupported or unknown command.</summary>
    BadCommand = 6,

    /// <summary><c>OFPFMFC_BAD_FLAGS</c>: Unsupported or unknown flags.</summary>
    BadFlags = 7,
}
