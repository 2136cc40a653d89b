using System.IO;
using OpenFlow.Protocol.Tests.Messages;
using OpenFlow.Protocol.Tests.Multipart;
using OpenFlow.Tools.Ofp;
using Xunit;

namespace OpenFlow.Protocol.Tests.Ofp;

/// <summary><c>ofp decode</c> prints the configuration messages and the statistics multiparts readably, and every sample decodes and re-encodes.</summary>
public sealed class Ofp13TextTests
{
    private static string Decode(byte[] message)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit = OfpCommand.Run(["decode", "-"], new MemoryStream(message), output, error, new MemoryStream());
        Assert.True(exit == 0, error.ToString());
        return output.ToString();
    }

    public static TheoryData<string> Samples => Ofp13Samples.Names;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Decode_EverySample_PrintsTheTypeWithoutFailing(string name)
    {
        string text = Decode(Ofp13Samples.Get(name));
        Assert.StartsWith("OFPT_", text, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("group-mod", "OFPT_GROUP_MOD (OF1.3) (xid=0x1): ADD group_id=5,type=select,bucket=weight:10,actions=output:2,bucket=weight:20,watch_port:3,watch_group:7,actions=output:3")]
    [InlineData("meter-mod", "OFPT_METER_MOD (OF1.3) (xid=0x6): ADD meter=1 kbps burst stats bands=type=drop rate=1000 burst_size=100 type=dscp_remark rate=2000 burst_size=200 prec_level=2 type=experimenter rate=3000 burst_size=300 experimenter=0x2320")]
    [InlineData("role-request", "OFPT_ROLE_REQUEST (OF1.3) (xid=0x4): role=master generation_id=17")]
    [InlineData("set-async", "OFPT_SET_ASYNC (OF1.3) (xid=0x9): master: PACKET_IN=no_match PORT_STATUS=add,delete FLOW_REMOVED=idle,delete; slave: PACKET_IN=action PORT_STATUS=modify FLOW_REMOVED=hard,delete")]
    [InlineData("table-mod", "OFPT_TABLE_MOD (OF1.3) (xid=0x3): table_id=1 config=0x3")]
    [InlineData("port-stats-request", "OFPT_MULTIPART_REQUEST (OF1.3) (xid=0x9): OFPMP_PORT_STATS request (more) port_no=ANY")]
    [InlineData("queue-get-config-request", "OFPT_QUEUE_GET_CONFIG_REQUEST (OF1.3) (xid=0x7): port=1")]
    public void Decode_Sample_ReadableLine(string name, string expected) => Assert.Equal(expected, Decode(Ofp13Samples.Get(name)).Split('\n')[0]);

    [Fact]
    public void Decode_PortStatsReply_OneBlockPerPort()
    {
        string text = Decode(Ofp13MultipartVectors.PortStatsReply);
        Assert.Contains("port 7: rx pkts=1, bytes=3, drop=5, errs=7, frame=9, over=10, crc=11", text, System.StringComparison.Ordinal);
        Assert.Contains("tx pkts=2, bytes=4, drop=6, errs=8, coll=12", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TableFeaturesReply_ListsEveryProperty()
    {
        string text = Decode(Ofp13MultipartVectors.TableFeaturesReply);
        Assert.Contains("table 0 (\"main\")", text, System.StringComparison.Ordinal);
        Assert.Contains("instructions: goto_table,apply_actions", text, System.StringComparison.Ordinal);
        Assert.Contains("next_tables: 1,2,3", text, System.StringComparison.Ordinal);
        Assert.Contains("match: in_port,eth_dst", text, System.StringComparison.Ordinal);
        Assert.Contains("experimenter: experimenter=0x2320 exp_type=1", text, System.StringComparison.Ordinal);
    }
}
