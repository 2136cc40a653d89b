using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

public class SwitchMessageTests
{
    private static readonly byte[] FeaturesReply = Hex.Parse("""
        04 06 0020 00000000  # ofp_header: OFPT_FEATURES_REPLY, length 32
        00000860 6e7f74e7    # datapath_id = 0x0000_0860_6e7f_74e7
        00000000             # n_buffers = 0
        ff                   # n_tables = 255
        63                   # auxiliary_id = 99
        0000                 # pad
        0000004f             # capabilities = FLOW_STATS | TABLE_STATS | PORT_STATS | GROUP_STATS | QUEUE_STATS
        00000000             # reserved
        """);

    private static readonly byte[] SetConfig = Hex.Parse("""
        04 09 000c 00000000  # ofp_header: OFPT_SET_CONFIG, length 12
        0002                 # flags = OFPC_FRAG_REASM
        0080                 # miss_send_len = 128
        """);

    private static readonly byte[] GetConfigReply = Hex.Parse("""
        04 08 000c 00000011  # ofp_header: OFPT_GET_CONFIG_REPLY, length 12, xid 17
        0000                 # flags = OFPC_FRAG_NORMAL
        ffff                 # miss_send_len = OFPCML_NO_BUFFER
        """);

    private static readonly OfpCapabilities Capabilities =
        OfpCapabilities.FlowStats | OfpCapabilities.TableStats | OfpCapabilities.PortStats | OfpCapabilities.GroupStats | OfpCapabilities.QueueStats;

    [Fact]
    public void WriteFeaturesReply_MatchesSpecVector()
    {
        byte[] written = Build.Message((ref OpenFlowWriter w) =>
            w.WriteFeaturesReply(new Xid(0), new DatapathId(9210263729383), 0, 255, 99, Capabilities));
        Build.AssertBytes(FeaturesReply, written);
    }

    [Fact]
    public void ReadFeaturesReply_ExposesFieldsAndRewritesSameBytes()
    {
        FeaturesReplyView view = FeaturesReplyView.Read(FeaturesReply);
        Assert.Equal(new DatapathId(9210263729383), view.DatapathId);
        Assert.Equal(0u, view.NBuffers);
        Assert.Equal(255, view.NTables);
        Assert.Equal(99, view.AuxiliaryId);
        Assert.Equal(Capabilities, view.Capabilities);
        Assert.Equal(0u, view.Reserved);

        Build.AssertBytes(FeaturesReply, Build.Message((ref OpenFlowWriter w) =>
        {
            FeaturesReplyView v = FeaturesReplyView.Read(FeaturesReply);
            return w.WriteFeaturesReply(v.Xid, v.DatapathId, v.NBuffers, v.NTables, v.AuxiliaryId, v.Capabilities, v.Reserved);
        }));
    }

    [Theory]
    [InlineData("04 06 001c 00000000 0000000000000000 00000000 ff 63 0000 00000000")]
    [InlineData("04 06 0024 00000000 0000000000000000 00000000 ff 63 0000 00000000 00000000 00000000")]
    public void ReadFeaturesReply_NotExactly32_ThrowsBadLen(string hex)
    {
        Build.AssertFormatError(() => FeaturesReplyView.Read(Hex.Parse(hex)), "header.length", 2);
    }

    [Fact]
    public void WriteSetConfig_MatchesSpecVector()
    {
        Build.AssertBytes(SetConfig, Build.Message((ref OpenFlowWriter w) => w.WriteSetConfig(new Xid(0), OfpConfigFlags.FragReasm, 128)));
    }

    [Fact]
    public void WriteGetConfigReply_MatchesSpecVector()
    {
        Build.AssertBytes(GetConfigReply, Build.Message((ref OpenFlowWriter w) =>
            w.WriteGetConfigReply(new Xid(17), OfpConfigFlags.FragNormal, SwitchConfigView.MissSendLenNoBuffer)));
    }

    [Fact]
    public void ReadSwitchConfig_BothTypes_ExposeFieldsAndRewriteSameBytes()
    {
        SwitchConfigView set = SwitchConfigView.Read(SetConfig);
        Assert.Equal(OfpType.SetConfig, set.Type);
        Assert.Equal(OfpConfigFlags.FragReasm, set.Flags & OfpConfigFlags.FragMask);
        Assert.Equal(128, set.MissSendLen);

        SwitchConfigView reply = SwitchConfigView.Read(GetConfigReply);
        Assert.Equal(OfpType.GetConfigReply, reply.Type);
        Assert.Equal(new Xid(17), reply.Xid);
        Assert.Equal(SwitchConfigView.MissSendLenNoBuffer, reply.MissSendLen);

        Build.AssertBytes(SetConfig, Build.Message((ref OpenFlowWriter w) =>
        {
            SwitchConfigView v = SwitchConfigView.Read(SetConfig);
            return w.WriteSetConfig(v.Xid, v.Flags, v.MissSendLen);
        }));
    }

    [Fact]
    public void ReadSwitchConfig_OtherType_ThrowsBadType()
    {
        Build.AssertFormatError(
            () => SwitchConfigView.Read(Hex.Parse("04 07 000c 00000000 0000 0080")),
            "header.type",
            1,
            Protocol.Errors.OfpErrorType.BadRequest,
            (ushort)Protocol.Errors.OfpBadRequestCode.BadType);
    }
}
