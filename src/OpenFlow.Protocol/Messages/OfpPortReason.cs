namespace OpenFlow.Protocol.Messages;

/// <summary>Why a port status message was sent (<c>enum ofp_port_reason</c>).</summary>
public enum OfpPortReason : byte
{
    /// <summary><c>OFPPR_ADD</c>: the port was added.</summary>
    Add = 0,

    /// <summary><c>OFPPR_DELETE</c>: the port was removed.</summary>
    Delete = 1,

    /// <summary><c>OFPPR_MODIFY</c>: some attribute of the port changed.</summary>
    Modify = 2,
}
