namespace OpenFlow.Protocol.Messages;

/// <summary>Why a packet was sent to the controller (<c>enum ofp_packet_in_reason</c>).</summary>
public enum OfpPacketInReason : byte
{
    /// <summary><c>OFPR_NO_MATCH</c>: no matching flow (table-miss flow entry).</summary>
    NoMatch = 0,

    /// <summary><c>OFPR_ACTION</c>: an output action to the controller.</summary>
    Action = 1,

    /// <summary><c>OFPR_INVALID_TTL</c>: the packet has an invalid TTL.</summary>
    InvalidTtl = 2,
}
