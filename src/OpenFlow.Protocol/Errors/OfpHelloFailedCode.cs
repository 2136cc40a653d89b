namespace OpenFlow.Protocol.Errors;

/// <summary>Codes of <see cref="OfpErrorType.HelloFailed"/> (<c>enum ofp_hello_failed_code</c>).</summary>
public enum OfpHelloFailedCode : ushort
{
    /// <summary><c>OFPHFC_INCOMPATIBLE</c>: No compatible version.</summary>
    Incompatible = 0,

    /// <summary><c>OFPHFC_EPERM</c>: Permissions error.</summary>
    Eperm = 1,
}
