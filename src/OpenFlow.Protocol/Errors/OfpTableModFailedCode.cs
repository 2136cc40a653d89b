namespace OpenFlow.Protocol.Errors;

/// <summary>Codes of <see cref="OfpErrorType.TableModFailed"/> (<c>enum ofp_table_mod_failed_code</c>).</summary>
public enum OfpTableModFailedCode : ushort
{
    /// <summary><c>OFPTMFC_BAD_TABLE</c>: Specified table does not exist.</summary>
    BadTable = 0,

    /// <summary><c>OFPTMFC_BAD_CONFIG</c>: Specified config is invalid.</summary>
    BadConfig = 1,

    /// <summary><c>OFPTMFC_EPERM</c>: Permissions error.</summary>
    Eperm = 2,
}
