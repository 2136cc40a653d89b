namespace OpenFlow.Protocol.Errors;

/// <summary>Codes of <see cref="OfpErrorType.RoleRequestFailed"/> (<c>enum ofp_role_request_failed_code</c>).</summary>
public enum OfpRoleRequestFailedCode : ushort
{
    /// <summary><c>OFPRRFC_STALE</c>: Stale message: old generation_id.</summary>
    Stale = 0,

    /// <summary><c>OFPRRFC_UNSUP</c>: Controller role change unsupported.</summary>
    Unsup = 1,

    /// <summary><c>OFPRRFC_BAD_ROLE</c>: Invalid role.</summary>
    BadRole = 2,
}
