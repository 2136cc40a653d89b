namespace OpenFlow.Protocol.Errors;

/// <summary>Codes of <see cref="OfpErrorType.TableFeaturesFailed"/> (<c>enum ofp_table_features_failed_code</c>).</summary>
public enum OfpTableFeaturesFailedCode : ushort
{
    /// <summary><c>OFPTFFC_BAD_TABLE</c>: Specified table does not exist.</summary>
    BadTable = 0,

    /// <summary><c>OFPTFFC_BAD_METADATA</c>: Invalid metadata mask.</summary>
    BadMetadata = 1,

    /// <summary><c>OFPTFFC_BAD_TYPE</c>: Unknown property type.</summary>
    BadType = 2,

    /// <summary><c>OFPTFFC_BAD_LEN</c>: Length problem in properties.</summary>
    BadLen = 3,

    /// <summary><c>OFPTFFC_BAD_ARGUMENT</c>: Unsupported property value.</summary>
    BadArgument = 4,

    /// <summary><c>OFPTFFC_EPERM</c>: Permissions error.</summary>
    Eperm = 5,
}
