namespace OpenFlow.Protocol.Messages;

/// <summary>
/// The six masks of <c>struct ofp_async_config</c> (in <c>OFPT_GET_ASYNC_REPLY</c> and <c>OFPT_SET_ASYNC</c>): for
/// packet-in, port status and flow removed messages, which reasons a controller in the master/equal role and in the
/// slave role receives. Bit <c>n</c> of a mask enables reason <c>n</c> (<see cref="OfpPacketInReason"/>,
/// <see cref="OfpPortReason"/>, <see cref="OfpFlowRemovedReason"/>).
/// </summary>
public struct AsyncConfigSpec
{
    /// <summary><c>packet_in_mask[0]</c>: packet-in reasons sent to a master or equal controller.</summary>
    public uint PacketInMaskMaster { get; set; }

    /// <summary><c>packet_in_mask[1]</c>: packet-in reasons sent to a slave controller.</summary>
    public uint PacketInMaskSlave { get; set; }

    /// <summary><c>port_status_mask[0]</c>: port status reasons sent to a master or equal controller.</summary>
    public uint PortStatusMaskMaster { get; set; }

    /// <summary><c>port_status_mask[1]</c>: port status reasons sent to a slave controller.</summary>
    public uint PortStatusMaskSlave { get; set; }

    /// <summary><c>flow_removed_mask[0]</c>: flow removed reasons sent to a master or equal controller.</summary>
    public uint FlowRemovedMaskMaster { get; set; }

    /// <summary><c>flow_removed_mask[1]</c>: flow removed reasons sent to a slave controller.</summary>
    public uint FlowRemovedMaskSlave { get; set; }
}
