using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

public class SymmetricMessageTests
{
    private static readonly byte[] EchoRequest = Hex.Parse("""
        04 02 000c 00000007  # ofp_header: OFPT_ECHO_REQUEST, length 12, xid 7
        686f6765             # data = "hoge"
        """);

    private static readonly byte[] EchoReply = Hex.Parse("""
        04 03 000c 00000007  # ofp_header: OFPT_ECHO_REPLY, length 12, xid 7
        686f6765             # data = "hoge" (copied from the request)
        """);

    private static readonly byte[] Experimenter = Hex.Parse("""
        04 04 0014 00000000  # ofp_header: OFPT_EXPERIMENTER, length 20
        05e30a78             # experimenter = 98765432
        075bcd15             # exp_type = 123456789
        6e617a6f             # data = "nazo"
        """);

    [Fact]
    public void WriteEchoRequest_MatchesSpecVector()
    {
        Build.AssertBytes(EchoRequest, Build.Message((ref OpenFlowWriter w) => w.WriteEchoRequest(new Xid(7), "hoge"u8)));
    }

    [Fact]
    public void EchoRequest_ReadThenReply_MatchesReplyVector()
    {
        byte[] reply = Build.Message((ref OpenFlowWriter w) =>
        {
            EchoView request = EchoView.Read(EchoRequest);
            Assert.True(request.IsRequest);
            Assert.Equal(OfpType.EchoRequest, request.Type);
            return w.WriteEchoReply(request.Xid, request.Data);
        });
        Build.AssertBytes(EchoReply, reply);

        EchoView view = EchoView.Read(reply);
        Assert.False(view.IsRequest);
        Assert.Equal("hoge"u8.ToArray(), view.Data.ToArray());
        Assert.Equal(12, view.Length);
    }

    [Fact]
    public void EchoRead_EmptyData_IsAccepted()
    {
        EchoView view = EchoView.Read(Hex.Parse("04 03 0008 00000000"));
        Assert.True(view.Data.IsEmpty);
    }

    [Fact]
    public void EchoTryRead_OtherType_ReturnsBadType()
    {
        Assert.False(EchoView.TryRead(Hex.Parse("04 00 0008 00000000"), out _, out OpenFlowFormatError error));
        Assert.Equal((ushort)OfpBadRequestCode.BadType, error.ErrorCode);
    }

    [Fact]
    public void WriteExperimenter_MatchesSpecVector()
    {
        Build.AssertBytes(Experimenter, Build.Message((ref OpenFlowWriter w) => w.WriteExperimenter(new Xid(0), 98765432, 123456789, "nazo"u8)));
    }

    [Fact]
    public void ReadExperimenter_ExposesFieldsAndRewritesSameBytes()
    {
        ExperimenterView view = ExperimenterView.Read(Experimenter);
        Assert.Equal(98765432u, view.Experimenter);
        Assert.Equal(123456789u, view.ExpType);
        Assert.Equal("nazo"u8.ToArray(), view.Data.ToArray());

        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            ExperimenterView v = ExperimenterView.Read(Experimenter);
            return w.WriteExperimenter(v.Xid, v.Experimenter, v.ExpType, v.Data);
        });
        Build.AssertBytes(Experimenter, rewritten);
    }

    [Fact]
    public void ReadExperimenter_ShorterThan16_ThrowsBadLen()
    {
        Build.AssertFormatError(() => ExperimenterView.Read(Hex.Parse("04 04 000c 00000000 05e30a78")), "header.length", 2);
    }

    [Theory]
    [InlineData(OfpType.FeaturesRequest, "04 05 0008 0000002a")]
    [InlineData(OfpType.GetConfigRequest, "04 07 0008 0000002a")]
    [InlineData(OfpType.BarrierRequest, "04 14 0008 0000002a")]
    [InlineData(OfpType.BarrierReply, "04 15 0008 0000002a")]
    [InlineData(OfpType.GetAsyncRequest, "04 1a 0008 0000002a")]
    public void HeaderOnly_WriteReadRewrite_RoundTrips(OfpType type, string hex)
    {
        byte[] expected = Hex.Parse(hex);
        byte[] written = Build.Message((ref OpenFlowWriter w) => type switch
        {
            OfpType.FeaturesRequest => w.WriteFeaturesRequest(new Xid(42)),
            OfpType.GetConfigRequest => w.WriteGetConfigRequest(new Xid(42)),
            OfpType.BarrierRequest => w.WriteBarrierRequest(new Xid(42)),
            OfpType.BarrierReply => w.WriteBarrierReply(new Xid(42)),
            _ => w.WriteHeaderOnlyMessage(type, new Xid(42)),
        });
        Build.AssertBytes(expected, written);

        HeaderOnlyView view = HeaderOnlyView.Read(expected);
        Assert.Equal(type, view.Type);
        Assert.Equal(new Xid(42), view.Xid);
        Build.AssertBytes(expected, Build.Message((ref OpenFlowWriter w) =>
        {
            HeaderOnlyView v = HeaderOnlyView.Read(expected);
            return w.WriteHeaderOnlyMessage(v.Type, v.Xid);
        }));
    }

    [Fact]
    public void HeaderOnly_WithBody_ThrowsBadLen()
    {
        Build.AssertFormatError(() => HeaderOnlyView.Read(Hex.Parse("04 14 000c 00000000 00000000")), "header.length", 2);
    }

    [Fact]
    public void HeaderOnly_TypeWithBody_ThrowsBadType()
    {
        Build.AssertFormatError(() => HeaderOnlyView.Read(Hex.Parse("04 02 0008 00000000")), "header.type", 1, OfpErrorType.BadRequest, (ushort)OfpBadRequestCode.BadType);
        Assert.Throws<ArgumentException>(() =>
        {
            var w = new OpenFlowWriter(new byte[8]);
            w.WriteHeaderOnlyMessage(OfpType.EchoRequest, new Xid(0));
        });
    }
}
