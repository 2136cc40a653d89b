namespace OpenFlow.Protocol.Errors;

/// <summary>Codes of <see cref="OfpErrorType.PortModFailed"/> (<c>enum ofp_port_mod_failed_code</c>).</summary>
public enum OfpPortModFailedCode : ushort
{
    /// <summary><c>OFPPMFC_BAD_PORT</c>: Specified port number does not exist.</summary>
    BadPort = 0,

    /// <summary><c>OFPPMFC_BAD_HW_ADDR</c>: Specified hardware address does not match the port number.</summary>
    BadHwAddr = 1,

    /// <summary><c>OFPPMFC_BAD_CONFIG</c>: Specified config is invalid.</summary>
    BadConfig = 2,

    /// <summary><c>OFPPMFC_BAD_ADVERTISE</c>: Specified advertise is invalid.</summary>
    BadAdvertise = 3,

    /// <summary><c>OFPPMFC_EPERM</c>: Permissions error.</summary>
    Eperm = 4,
}
