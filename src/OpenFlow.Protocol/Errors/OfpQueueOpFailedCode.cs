namespace OpenFlow.Protocol.Errors;

/// <summary>Codes of <see cref="OfpErrorType.QueueOpFailed"/> (<c>enum ofp_queue_op_failed_code</c>).</summary>
public enum OfpQueueOpFailedCode : ushort
{
    /// <summary><c>OFPQOFC_BAD_PORT</c>: Invalid port (or port does not exist).</summary>
    BadPort = 0,

    /// <summary><c>OFPQOFC_BAD_QUEUE</c>: Queue does not exist.</summary>
    BadQueue = 1,

    /// <summary><c>OFPQOFC_EPERM</c>: Permissions error.</summary>
    Eperm = 2,
}
