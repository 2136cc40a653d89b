using OpenFlow.TestKit;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>Annotated OpenFlow 1.3.5 vectors of the messages that carry a match, actions or instructions.</summary>
internal static class Phase2Vectors
{
    public static readonly byte[] PacketIn = Hex.Parse("""
        04 0a 0038 00000010  # ofp_header: OFPT_PACKET_IN, length 56, xid 16
        ffffffff             # buffer_id = OFP_NO_BUFFER
        000e                 # total_len = 14
        00                   # reason = OFPR_NO_MATCH
        00                   # table_id = 0
        ffffffffffffffff     # cookie = all ones (table-miss)
        0001 000c            # match.type = OFPMT_OXM, match.length = 12
        80000004 00000003    # OXM_OF_IN_PORT = 3
        00000000             # match padding to 8
        0000                 # pad
        ffffffffffff         # data: eth_dst = broadcast
        000000000001         # data: eth_src
        0806                 # data: eth_type = ARP
        """);

    public static readonly byte[] PacketInData = Hex.Parse("ffffffffffff 000000000001 0806");

    public static readonly byte[] FlowRemoved = Hex.Parse("""
        04 0b 0040 00000011  # ofp_header: OFPT_FLOW_REMOVED, length 64, xid 17
        0000000000000abc     # cookie = 0xabc
        8000                 # priority = 0x8000
        00                   # reason = OFPRR_IDLE_TIMEOUT
        01                   # table_id = 1
        0000003c             # duration_sec = 60
        000001f4             # duration_nsec = 500
        001e                 # idle_timeout = 30
        0000                 # hard_timeout = 0
        000000000000000a     # packet_count = 10
        00000000000003e8     # byte_count = 1000
        0001 000a            # match.type = OFPMT_OXM, match.length = 10
        80000a02 0800        # OXM_OF_ETH_TYPE = 0x0800
        000000000000         # match padding to 8
        """);

    public static readonly byte[] PacketOut = Hex.Parse("""
        04 0d 0032 00000012  # ofp_header: OFPT_PACKET_OUT, length 50, xid 18
        ffffffff             # buffer_id = OFP_NO_BUFFER
        fffffffd             # in_port = OFPP_CONTROLLER
        0010                 # actions_len = 16
        000000000000         # pad
        0000 0010            # actions[0]: OFPAT_OUTPUT, len 16
        00000001             # actions[0].port = 1
        ffff                 # actions[0].max_len = OFPCML_NO_BUFFER
        000000000000         # actions[0].pad
        0102030405060708090a # data (10 bytes)
        """);

    public static readonly byte[] PacketOutData = Hex.Parse("0102030405060708090a");

    public static readonly byte[] FlowMod = Hex.Parse("""
        04 0e 0060 00000013  # ofp_header: OFPT_FLOW_MOD, length 96, xid 19
        0000000000000001     # cookie = 1
        0000000000000000     # cookie_mask = 0
        00                   # table_id = 0
        00                   # command = OFPFC_ADD
        000a                 # idle_timeout = 10
        0000                 # hard_timeout = 0
        8000                 # priority = OFP_DEFAULT_PRIORITY
        ffffffff             # buffer_id = OFP_NO_BUFFER
        ffffffff             # out_port = OFPP_ANY
        ffffffff             # out_group = OFPG_ANY
        0001                 # flags = OFPFF_SEND_FLOW_REM
        0000                 # pad
        0001 0012            # match.type = OFPMT_OXM, match.length = 18
        80000004 00000001    # OXM_OF_IN_PORT = 1
        80000a02 0800        # OXM_OF_ETH_TYPE = 0x0800
        000000000000         # match padding to 8
        0004 0018 00000000   # instructions[0]: OFPIT_APPLY_ACTIONS, len 24, pad
        0000 0010 00000002 ffff 000000000000 # actions[0]: OUTPUT port 2, max_len 0xffff
        """);

    public static readonly byte[] FlowStatsRequest = Hex.Parse("""
        04 12 0038 00000014  # ofp_header: OFPT_MULTIPART_REQUEST, length 56, xid 20
        0001 0000 00000000   # type = OFPMP_FLOW, flags = 0, pad
        ff 000000            # table_id = OFPTT_ALL, pad
        ffffffff             # out_port = OFPP_ANY
        ffffffff             # out_group = OFPG_ANY
        00000000             # pad2
        0000000000000000     # cookie = 0
        0000000000000000     # cookie_mask = 0
        0001 0004 00000000   # match: OFPMT_OXM, length 4 (empty), padding
        """);

    public static readonly byte[] AggregateStatsRequest = Hex.Parse("""
        04 12 0040 00000015  # ofp_header: OFPT_MULTIPART_REQUEST, length 64, xid 21
        0002 0000 00000000   # type = OFPMP_AGGREGATE, flags = 0, pad
        03 000000            # table_id = 3, pad
        00000002             # out_port = 2
        ffffffff             # out_group = OFPG_ANY
        00000000             # pad2
        0000000000001000     # cookie = 0x1000
        000000000000f000     # cookie_mask = 0xf000
        0001 000a            # match: OFPMT_OXM, length 10
        80000a02 0806        # OXM_OF_ETH_TYPE = 0x0806
        000000000000         # match padding to 8
        """);

    public static readonly byte[] FlowStatsReply = Hex.Parse("""
        04 13 00a0 00000014  # ofp_header: OFPT_MULTIPART_REPLY, length 160, xid 20
        0001 0000 00000000   # type = OFPMP_FLOW, flags = 0, pad
        0058                 # flow_stats[0].length = 88
        00 00                # table_id = 0, pad
        00000166             # duration_sec = 358
        06decd40             # duration_nsec = 115264832
        fffe                 # priority = 65534
        0000 0000            # idle_timeout, hard_timeout
        0001                 # flags = OFPFF_SEND_FLOW_REM
        00000000             # pad2
        0000000000000007     # cookie = 7
        0000000000000005     # packet_count = 5
        0000000000000140     # byte_count = 320
        0001 000a 80000a02 0800 000000000000 # match: eth_type = 0x0800, padded
        0004 0018 00000000   # instructions[0]: OFPIT_APPLY_ACTIONS, len 24
        0000 0010 fffffffa 0000 000000000000 # OUTPUT port NORMAL, max_len 0
        0038                 # flow_stats[1].length = 56
        01 00                # table_id = 1, pad
        00000001 00000002    # duration_sec = 1, duration_nsec = 2
        0000 0000 0000 0000  # priority, idle, hard, flags = 0
        00000000             # pad2
        0000000000000000 0000000000000000 0000000000000000 # cookie, packet_count, byte_count
        0001 0004 00000000   # match: empty, padded
        """);

    public static readonly byte[] AggregateStatsReply = Hex.Parse("""
        04 13 0028 00000015  # ofp_header: OFPT_MULTIPART_REPLY, length 40, xid 21
        0002 0000 00000000   # type = OFPMP_AGGREGATE, flags = 0, pad
        0000000000000064     # packet_count = 100
        0000000000001900     # byte_count = 6400
        00000003             # flow_count = 3
        00000000             # pad
        """);
}
