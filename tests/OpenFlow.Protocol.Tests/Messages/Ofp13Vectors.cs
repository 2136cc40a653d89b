using OpenFlow.TestKit;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>
/// Annotated OpenFlow 1.3.5 vectors of the configuration messages (group, port, table and meter mod, queue
/// configuration, role, asynchronous configuration), written from the spec's struct layouts.
/// </summary>
internal static class Ofp13Vectors
{
    public static readonly byte[] GroupMod = Hex.Parse("""
        04 0f 0050 00000001      # ofp_header: OFPT_GROUP_MOD, length 80, xid 1
        0000                     # command = OFPGC_ADD
        01                       # type = OFPGT_SELECT
        00                       # pad
        00000005                 # group_id = 5
        0020 000a                # buckets[0].len = 32, weight = 10
        ffffffff                 # buckets[0].watch_port = OFPP_ANY
        ffffffff                 # buckets[0].watch_group = OFPG_ANY
        00000000                 # buckets[0].pad
        0000 0010 00000002 ffff 000000000000  # buckets[0].actions[0]: OUTPUT port 2, max_len 0xffff
        0020 0014                # buckets[1].len = 32, weight = 20
        00000003                 # buckets[1].watch_port = 3
        00000007                 # buckets[1].watch_group = 7
        00000000                 # buckets[1].pad
        0000 0010 00000003 0000 000000000000  # buckets[1].actions[0]: OUTPUT port 3, max_len 0
        """);

    public static readonly byte[] PortMod = Hex.Parse("""
        04 10 0028 00000002      # ofp_header: OFPT_PORT_MOD, length 40, xid 2
        00000003                 # port_no = 3
        00000000                 # pad
        0a0b0c0d0e0f             # hw_addr
        0000                     # pad2
        00000001                 # config = OFPPC_PORT_DOWN
        00000005                 # mask = OFPPC_PORT_DOWN | OFPPC_NO_RECV
        00000020                 # advertise = OFPPF_1GB_FD
        00000000                 # pad3
        """);

    public static readonly byte[] TableMod = Hex.Parse("""
        04 11 0010 00000003      # ofp_header: OFPT_TABLE_MOD, length 16, xid 3
        01                       # table_id = 1
        000000                   # pad
        00000003                 # config = OFPTC_DEPRECATED_MASK
        """);

    public static readonly byte[] MeterMod = Hex.Parse("""
        04 1d 0048 00000006      # ofp_header: OFPT_METER_MOD, length 72, xid 6
        0000                     # command = OFPMC_ADD
        000d                     # flags = OFPMF_KBPS | OFPMF_BURST | OFPMF_STATS
        00000001                 # meter_id = 1
        0001 0010 000003e8 00000064 00000000              # bands[0]: DROP, len 16, rate 1000, burst 100, pad
        0002 0010 000007d0 000000c8 02 000000             # bands[1]: DSCP_REMARK, len 16, rate 2000, burst 200, prec_level 2, pad
        ffff 0018 00000bb8 0000012c 00002320 0102030405060708  # bands[2]: EXPERIMENTER, len 24, rate 3000, burst 300, experimenter 0x2320, data
        """);

    public static readonly byte[] QueueGetConfigRequest = Hex.Parse("""
        04 16 0010 00000007      # ofp_header: OFPT_QUEUE_GET_CONFIG_REQUEST, length 16, xid 7
        00000001                 # port = 1
        00000000                 # pad
        """);

    public static readonly byte[] QueueGetConfigReply = Hex.Parse("""
        04 17 0058 00000007      # ofp_header: OFPT_QUEUE_GET_CONFIG_REPLY, length 88, xid 7
        00000001                 # port = 1
        00000000                 # pad
        00000005                 # queues[0].queue_id = 5
        00000001                 # queues[0].port = 1
        0048 000000000000        # queues[0].len = 72, pad
        0001 0010 00000000 0064 000000000000    # properties[0]: MIN_RATE, len 16, pad, rate 100, pad
        0002 0010 00000000 0384 000000000000    # properties[1]: MAX_RATE, len 16, pad, rate 900, pad
        ffff 0018 00000000 00002320 00000000 aabbccddeeff0011  # properties[2]: EXPERIMENTER, len 24, pad, experimenter 0x2320, pad, data
        """);

    public static readonly byte[] RoleRequest = Hex.Parse("""
        04 18 0018 00000004      # ofp_header: OFPT_ROLE_REQUEST, length 24, xid 4
        00000002                 # role = OFPCR_ROLE_MASTER
        00000000                 # pad
        0000000000000011         # generation_id = 17
        """);

    public static readonly byte[] RoleReply = Hex.Parse("""
        04 19 0018 00000004      # ofp_header: OFPT_ROLE_REPLY, length 24, xid 4
        00000003                 # role = OFPCR_ROLE_SLAVE
        00000000                 # pad
        f000000000000000         # generation_id
        """);

    public static readonly byte[] GetAsyncRequest = Hex.Parse("""
        04 1a 0008 00000005      # ofp_header: OFPT_GET_ASYNC_REQUEST, length 8, xid 5
        """);

    public static readonly byte[] GetAsyncReply = Hex.Parse("""
        04 1b 0020 00000005      # ofp_header: OFPT_GET_ASYNC_REPLY, length 32, xid 5
        00000003 00000000        # packet_in_mask = [NO_MATCH | ACTION, none]
        00000007 00000001        # port_status_mask = [ADD | DELETE | MODIFY, ADD]
        0000000f 00000000        # flow_removed_mask = [all four reasons, none]
        """);

    public static readonly byte[] SetAsync = Hex.Parse("""
        04 1c 0020 00000009      # ofp_header: OFPT_SET_ASYNC, length 32, xid 9
        00000001 00000002        # packet_in_mask
        00000003 00000004        # port_status_mask
        00000005 00000006        # flow_removed_mask
        """);
}
