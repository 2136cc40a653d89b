namespace OpenFlow.Protocol.Errors;

/// <summary>Codes of <see cref="OfpErrorType.SwitchConfigFailed"/> (<c>enum ofp_switch_config_failed_code</c>).</summary>
public enum OfpSwitchConfigFailedCode : ushort
{
    /// <summary><c>OFPSCFC_BAD_FLAGS</c>: Specified flags is invalid.</summary>
    BadFlags = 0,

    /// <summary><c>OFPSCFC_BAD_LEN</c>: Specified len is invalid.</summary>
    BadLen = 1,

    /// <summary><c>OFPSCFC_EPERM</c>: Permissions error.</summary>
    Eperm = 2,
}
