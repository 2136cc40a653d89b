using OpenFlow.TestKit;

namespace OpenFlow.Protocol.Tests.Multipart;

/// <summary>Annotated OpenFlow 1.3.5 vectors of every multipart request and reply beyond desc, flow, aggregate and port desc.</summary>
internal static class Ofp13MultipartVectors
{
    public static readonly byte[] TableStatsRequest = Hex.Parse("""
        04 12 0010 00000008      # ofp_header: OFPT_MULTIPART_REQUEST, length 16, xid 8
        0003 0000 00000000       # type = OFPMP_TABLE, flags = 0, pad
        """);

    public static readonly byte[] TableStatsReply = Hex.Parse("""
        04 13 0028 00000008      # ofp_header: OFPT_MULTIPART_REPLY, length 40, xid 8
        0003 0000 00000000       # type = OFPMP_TABLE, flags = 0, pad
        00 000000                # table_id = 0, pad
        00000004                 # active_count = 4
        0000000000000064         # lookup_count = 100
        0000000000000032         # matched_count = 50
        """);

    public static readonly byte[] PortStatsRequest = Hex.Parse("""
        04 12 0018 00000009      # ofp_header: OFPT_MULTIPART_REQUEST, length 24, xid 9
        0004 0001 00000000       # type = OFPMP_PORT_STATS, flags = OFPMPF_REQ_MORE, pad
        ffffffff                 # port_no = OFPP_ANY
        00000000                 # pad
        """);

    public static readonly byte[] PortStatsReply = Hex.Parse("""
        04 13 0080 00000009      # ofp_header: OFPT_MULTIPART_REPLY, length 128, xid 9
        0004 0001 00000000       # type = OFPMP_PORT_STATS, flags = OFPMPF_REPLY_MORE, pad
        00000007 00000000        # port_no = 7, pad
        0000000000000001         # rx_packets
        0000000000000002         # tx_packets
        0000000000000003         # rx_bytes
        0000000000000004         # tx_bytes
        0000000000000005         # rx_dropped
        0000000000000006         # tx_dropped
        0000000000000007         # rx_errors
        0000000000000008         # tx_errors
        0000000000000009         # rx_frame_err
        000000000000000a         # rx_over_err
        000000000000000b         # rx_crc_err
        000000000000000c         # collisions
        0000000d                 # duration_sec
        0000000e                 # duration_nsec
        """);

    public static readonly byte[] QueueStatsRequest = Hex.Parse("""
        04 12 0018 0000000a      # ofp_header: OFPT_MULTIPART_REQUEST, length 24, xid 10
        0005 0000 00000000       # type = OFPMP_QUEUE, flags = 0, pad
        00000001                 # port_no = 1
        ffffffff                 # queue_id = OFPQ_ALL
        """);

    public static readonly byte[] QueueStatsReply = Hex.Parse("""
        04 13 0038 0000000a      # ofp_header: OFPT_MULTIPART_REPLY, length 56, xid 10
        0005 0000 00000000       # type = OFPMP_QUEUE, flags = 0, pad
        00000001                 # port_no = 1
        00000002                 # queue_id = 2
        0000000000000100         # tx_bytes = 256
        0000000000000004         # tx_packets = 4
        0000000000000001         # tx_errors = 1
        0000000a                 # duration_sec = 10
        00000014                 # duration_nsec = 20
        """);

    public static readonly byte[] GroupStatsRequest = Hex.Parse("""
        04 12 0018 0000000b      # ofp_header: OFPT_MULTIPART_REQUEST, length 24, xid 11
        0006 0000 00000000       # type = OFPMP_GROUP, flags = 0, pad
        fffffffc                 # group_id = OFPG_ALL
        00000000                 # pad
        """);

    public static readonly byte[] GroupStatsReply = Hex.Parse("""
        04 13 0058 0000000b      # ofp_header: OFPT_MULTIPART_REPLY, length 88, xid 11
        0006 0000 00000000       # type = OFPMP_GROUP, flags = 0, pad
        0048 0000                # length = 72, pad
        00000001                 # group_id = 1
        00000002                 # ref_count = 2
        00000000                 # pad2
        000000000000007b         # packet_count = 123
        0000000000003039         # byte_count = 12345
        00000009                 # duration_sec = 9
        00000010                 # duration_nsec = 16
        000000000000000a 0000000000000064  # bucket_stats[0]: packet_count 10, byte_count 100
        000000000000000b 00000000000000c8  # bucket_stats[1]: packet_count 11, byte_count 200
        """);

    public static readonly byte[] GroupDescRequest = Hex.Parse("""
        04 12 0010 0000000c      # ofp_header: OFPT_MULTIPART_REQUEST, length 16, xid 12
        0007 0000 00000000       # type = OFPMP_GROUP_DESC, flags = 0, pad
        """);

    public static readonly byte[] GroupDescReply = Hex.Parse("""
        04 13 0038 0000000c      # ofp_header: OFPT_MULTIPART_REPLY, length 56, xid 12
        0007 0000 00000000       # type = OFPMP_GROUP_DESC, flags = 0, pad
        0028 03 00               # length = 40, type = OFPGT_FF, pad
        00000009                 # group_id = 9
        0020 0000 00000001 ffffffff 00000000  # buckets[0]: len 32, weight 0, watch_port 1, watch_group ANY, pad
        0000 0010 00000001 ffff 000000000000  # buckets[0].actions[0]: OUTPUT port 1
        """);

    public static readonly byte[] GroupFeaturesRequest = Hex.Parse("""
        04 12 0010 0000000d      # ofp_header: OFPT_MULTIPART_REQUEST, length 16, xid 13
        0008 0000 00000000       # type = OFPMP_GROUP_FEATURES, flags = 0, pad
        """);

    public static readonly byte[] GroupFeaturesReply = Hex.Parse("""
        04 13 0038 0000000d      # ofp_header: OFPT_MULTIPART_REPLY, length 56, xid 13
        0008 0000 00000000       # type = OFPMP_GROUP_FEATURES, flags = 0, pad
        0000000f                 # types = ALL | SELECT | INDIRECT | FF
        00000005                 # capabilities = SELECT_WEIGHT | CHAINING
        00000010 00000020 00000030 00000040  # max_groups[4]
        00000001 00000002 00000003 00000004  # actions[4]
        """);

    public static readonly byte[] MeterStatsRequest = Hex.Parse("""
        04 12 0018 0000000e      # ofp_header: OFPT_MULTIPART_REQUEST, length 24, xid 14
        0009 0000 00000000       # type = OFPMP_METER, flags = 0, pad
        00000001                 # meter_id = 1
        00000000                 # pad
        """);

    public static readonly byte[] MeterStatsReply = Hex.Parse("""
        04 13 0048 0000000e      # ofp_header: OFPT_MULTIPART_REPLY, length 72, xid 14
        0009 0000 00000000       # type = OFPMP_METER, flags = 0, pad
        00000001                 # meter_id = 1
        0038 000000000000        # len = 56, pad
        00000003                 # flow_count = 3
        0000000000000004         # packet_in_count = 4
        0000000000000005         # byte_in_count = 5
        00000006                 # duration_sec = 6
        00000007                 # duration_nsec = 7
        0000000000000008 0000000000000009  # band_stats[0]: packet_band_count 8, byte_band_count 9
        """);

    public static readonly byte[] MeterConfigRequest = Hex.Parse("""
        04 12 0018 0000000f      # ofp_header: OFPT_MULTIPART_REQUEST, length 24, xid 15
        000a 0000 00000000       # type = OFPMP_METER_CONFIG, flags = 0, pad
        ffffffff                 # meter_id = OFPM_ALL
        00000000                 # pad
        """);

    public static readonly byte[] MeterConfigReply = Hex.Parse("""
        04 13 0028 0000000f      # ofp_header: OFPT_MULTIPART_REPLY, length 40, xid 15
        000a 0000 00000000       # type = OFPMP_METER_CONFIG, flags = 0, pad
        0018 0006                # length = 24, flags = OFPMF_PKTPS | OFPMF_BURST
        00000002                 # meter_id = 2
        0001 0010 0000000a 00000000 00000000  # bands[0]: DROP, len 16, rate 10, burst 0, pad
        """);

    public static readonly byte[] MeterFeaturesRequest = Hex.Parse("""
        04 12 0010 00000010      # ofp_header: OFPT_MULTIPART_REQUEST, length 16, xid 16
        000b 0000 00000000       # type = OFPMP_METER_FEATURES, flags = 0, pad
        """);

    public static readonly byte[] MeterFeaturesReply = Hex.Parse("""
        04 13 0020 00000010      # ofp_header: OFPT_MULTIPART_REPLY, length 32, xid 16
        000b 0000 00000000       # type = OFPMP_METER_FEATURES, flags = 0, pad
        00010000                 # max_meter = 65536
        00000006                 # band_types = 1 << DROP | 1 << DSCP_REMARK
        0000000f                 # capabilities = KBPS | PKTPS | BURST | STATS
        10 08 0000               # max_bands = 16, max_color = 8, pad
        """);

    public static readonly byte[] TableFeaturesRequest = Hex.Parse("""
        04 12 0010 00000011      # ofp_header: OFPT_MULTIPART_REQUEST, length 16, xid 17
        000c 0000 00000000       # type = OFPMP_TABLE_FEATURES, flags = 0, pad (empty body: query only)
        """);

    public static readonly byte[] TableFeaturesReply = Hex.Parse("""
        04 13 00b0 00000011      # ofp_header: OFPT_MULTIPART_REPLY, length 176, xid 17
        000c 0000 00000000       # type = OFPMP_TABLE_FEATURES, flags = 0, pad
        00a0 00 0000000000       # length = 160, table_id = 0, pad
        6d61696e00000000000000000000000000000000000000000000000000000000  # name = "main" (32 bytes)
        ffffffffffffffff         # metadata_match
        00000000ffffffff         # metadata_write
        00000000                 # config
        00001000                 # max_entries = 4096
        0000 000c 0001 0004 0004 0004 00000000  # INSTRUCTIONS, length 12: GOTO_TABLE, APPLY_ACTIONS; pad
        0002 0007 010203 00                      # NEXT_TABLES, length 7: 1, 2, 3; pad
        0006 0008 0000 0004                      # APPLY_ACTIONS, length 8: OUTPUT
        0008 000c 80000004 80000606 00000000     # MATCH, length 12: in_port, eth_dst; pad
        fffe 0010 00002320 00000001 0000000a     # EXPERIMENTER, length 16: experimenter 0x2320, exp_type 1, data
        0004 0008 0000 0004                      # WRITE_ACTIONS, length 8: OUTPUT
        000a 0008 80000004                       # WILDCARDS, length 8: in_port
        000c 0008 80000606                       # WRITE_SETFIELD, length 8: eth_dst
        000e 0008 80000606                       # APPLY_SETFIELD, length 8: eth_dst
        """);

    public static readonly byte[] ExperimenterRequest = Hex.Parse("""
        04 12 001c 00000012      # ofp_header: OFPT_MULTIPART_REQUEST, length 28, xid 18
        ffff 0000 00000000       # type = OFPMP_EXPERIMENTER, flags = 0, pad
        00002320                 # experimenter
        00000001                 # exp_type
        01020304                 # data
        """);

    public static readonly byte[] ExperimenterReply = Hex.Parse("""
        04 13 001c 00000012      # ofp_header: OFPT_MULTIPART_REPLY, length 28, xid 18
        ffff 0000 00000000       # type = OFPMP_EXPERIMENTER, flags = 0, pad
        00002320                 # experimenter
        00000001                 # exp_type
        01020304                 # data
        """);

    public static readonly byte[] OnfFlowMonitorRequest = Hex.Parse("""
        04 12 0040 00000013      # ofp_header: OFPT_MULTIPART_REQUEST, length 64, xid 19
        ffff 0000 00000000       # type = OFPMP_EXPERIMENTER, flags = 0, pad
        4f4e4600                 # experimenter = ONF
        0000074e                 # exp_type = ONFMP_FLOW_MONITOR (1870)
        00000001 0003 0008       # requests[0]: id 1, flags INITIAL | ADD, match_len 8
        ffffffff ff 000000       # requests[0]: out_port ANY, table_id ALL, zeros
        80000004 00000005        # requests[0]: OXM in_port = 5
        00000002 003f 0000       # requests[1]: id 2, flags all six, match_len 0
        00000001 00 000000       # requests[1]: out_port 1, table_id 0, zeros
        """);

    public static readonly byte[] OnfFlowMonitorReply = Hex.Parse("""
        04 13 0048 00000014      # ofp_header: OFPT_MULTIPART_REPLY, length 72, xid 20
        ffff 0000 00000000       # type = OFPMP_EXPERIMENTER, flags = 0, pad
        4f4e4600                 # experimenter = ONF
        0000074e                 # exp_type = ONFMP_FLOW_MONITOR
        0028 0000                # updates[0]: length 40, event = ONFFME_ADDED
        0000 0064                # reason 0, priority 100
        000a 0000                # idle_timeout 10, hard_timeout 0
        0008 01 00               # match_len 8, table_id 1, pad
        00000000000000ff         # cookie
        80000004 00000005        # OXM in_port = 5
        0001 0008 02 000000      # instructions[0]: GOTO_TABLE 2
        0008 0003 00000007       # updates[1]: length 8, event = ONFFME_ABBREV, xid 7
        """);
}
