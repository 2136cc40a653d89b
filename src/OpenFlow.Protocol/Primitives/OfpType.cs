namespace OpenFlow.Protocol.Primitives;

/// <summary>OpenFlow 1.3 message types (<c>enum ofp_type</c>), the <c>type</c> byte of <c>ofp_header</c>.</summary>
public enum OfpType : byte
{
    /// <summary><c>OFPT_HELLO</c>: symmetric, opens a connection and offers versions.</summary>
    Hello = 0,

    /// <summary><c>OFPT_ERROR</c>: symmetric, reports a failed request.</summary>
    Error = 1,

    /// <summary><c>OFPT_ECHO_REQUEST</c>: symmetric liveness probe.</summary>
    EchoRequest = 2,

    /// <summary><c>OFPT_ECHO_REPLY</c>: symmetric answer to an echo request.</summary>
    EchoReply = 3,

    /// <summary><c>OFPT_EXPERIMENTER</c>: symmetric vendor extension.</summary>
    Experimenter = 4,

    /// <summary><c>OFPT_FEATURES_REQUEST</c>: controller asks for the datapath id and capabilities.</summary>
    FeaturesRequest = 5,

    /// <summary><c>OFPT_FEATURES_REPLY</c>: the switch's datapath id and capabilities.</summary>
    FeaturesReply = 6,

    /// <summary><c>OFPT_GET_CONFIG_REQUEST</c>: controller asks for the switch configuration.</summary>
    GetConfigRequest = 7,

    /// <summary><c>OFPT_GET_CONFIG_REPLY</c>: the switch configuration.</summary>
    GetConfigReply = 8,

    /// <summary><c>OFPT_SET_CONFIG</c>: controller sets flags and <c>miss_send_len</c>.</summary>
    SetConfig = 9,

    /// <summary><c>OFPT_PACKET_IN</c>: a packet sent to the controller.</summary>
    PacketIn = 10,

    /// <summary><c>OFPT_FLOW_REMOVED</c>: a flow entry was removed.</summary>
    FlowRemoved = 11,

    /// <summary><c>OFPT_PORT_STATUS</c>: a port was added, removed or changed.</summary>
    PortStatus = 12,

    /// <summary><c>OFPT_PACKET_OUT</c>: controller sends a packet out of the switch.</summary>
    PacketOut = 13,

    /// <summary><c>OFPT_FLOW_MOD</c>: add, modify or delete flow entries.</summary>
    FlowMod = 14,

    /// <summary><c>OFPT_GROUP_MOD</c>: add, modify or delete a group.</summary>
    GroupMod = 15,

    /// <summary><c>OFPT_PORT_MOD</c>: change a port's behaviour.</summary>
    PortMod = 16,

    /// <summary><c>OFPT_TABLE_MOD</c>: change a table's configuration.</summary>
    TableMod = 17,

    /// <summary><c>OFPT_MULTIPART_REQUEST</c>: a statistics or description request.</summary>
    MultipartRequest = 18,

    /// <summary><c>OFPT_MULTIPART_REPLY</c>: a statistics or description reply, possibly in parts.</summary>
    MultipartReply = 19,

    /// <summary><c>OFPT_BARRIER_REQUEST</c>: asks the switch to finish all earlier messages.</summary>
    BarrierRequest = 20,

    /// <summary><c>OFPT_BARRIER_REPLY</c>: all messages before the barrier are done.</summary>
    BarrierReply = 21,

    /// <summary><c>OFPT_QUEUE_GET_CONFIG_REQUEST</c>: asks for a port's queue configuration.</summary>
    QueueGetConfigRequest = 22,

    /// <summary><c>OFPT_QUEUE_GET_CONFIG_REPLY</c>: a port's queue configuration.</summary>
    QueueGetConfigReply = 23,

    /// <summary><c>OFPT_ROLE_REQUEST</c>: controller asks for a role (equal, master, slave).</summary>
    RoleRequest = 24,

    /// <summary><c>OFPT_ROLE_REPLY</c>: the role the switch granted.</summary>
    RoleReply = 25,

    /// <summary><c>OFPT_GET_ASYNC_REQUEST</c>: asks which asynchronous messages are sent.</summary>
    GetAsyncRequest = 26,

    /// <summary><c>OFPT_GET_ASYNC_REPLY</c>: which asynchronous messages are sent.</summary>
    GetAsyncReply = 27,

    /// <summary><c>OFPT_SET_ASYNC</c>: chooses which asynchronous messages are sent.</summary>
    SetAsync = 28,

    /// <summary><c>OFPT_METER_MOD</c>: add, modify or delete a meter.</summary>
    MeterMod = 29,
}
