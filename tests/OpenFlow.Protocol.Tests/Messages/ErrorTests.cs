using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

public class ErrorTests
{
    // ofp_error_msg: OFPET_BAD_MATCH / OFPBMC_BAD_LEN, data = the first bytes of the failed request.
    private static readonly byte[] BadMatchError = Hex.Parse("""
        04 01 0014 00000005  # ofp_header: OFPT_ERROR, length 20, xid 5
        0004                 # type = OFPET_BAD_MATCH
        0001                 # code = OFPBMC_BAD_LEN
        04 0e 0008 00000000  # data: the failed request's header (a flow mod)
        """);

    // ofp_error_experimenter_msg: type 0xffff, exp_type 60000, experimenter 999999, data "jikken data".
    private static readonly byte[] ExperimenterError = Hex.Parse("""
        04 01 001b 00000000  # ofp_header: OFPT_ERROR, length 27
        ffff                 # type = OFPET_EXPERIMENTER
        ea60                 # exp_type = 60000
        000f423f             # experimenter = 999999
        6a696b6b656e2064617461 # data = "jikken data"
        """);

    [Fact]
    public void WriteError_MatchesSpecVector()
    {
        byte[] written = Build.Message((ref OpenFlowWriter w) =>
            w.WriteError(new Xid(5), OfpErrorType.BadMatch, (ushort)OfpBadMatchCode.BadLen, Hex.Parse("04 0e 0008 00000000")));
        Build.AssertBytes(BadMatchError, written);
    }

    [Fact]
    public void Read_Error_ExposesFields()
    {
        ErrorView error = ErrorView.Read(BadMatchError);

        Assert.Equal(new Xid(5), error.Xid);
        Assert.Equal(OfpErrorType.BadMatch, error.Type);
        Assert.Equal((ushort)OfpBadMatchCode.BadLen, error.Code);
        Assert.False(error.IsExperimenter);
        Assert.Equal(0u, error.Experimenter);
        Assert.Equal(12, error.DataOffset);
        Assert.Equal(8, error.Data.Length);
        Assert.True(error.TryGetFailedHeader(out OfpHeader failed));
        Assert.Equal(OfpType.FlowMod, failed.Type);
    }

    [Fact]
    public void ReadThenRewrite_Error_SameBytes()
    {
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            ErrorView e = ErrorView.Read(BadMatchError);
            return w.WriteError(e.Xid, e.Type, e.Code, e.Data);
        });
        Build.AssertBytes(BadMatchError, rewritten);
    }

    [Fact]
    public void WriteExperimenterError_MatchesSpecVector()
    {
        byte[] written = Build.Message((ref OpenFlowWriter w) =>
            w.WriteExperimenterError(new Xid(0), 60000, 999999, "jikken data"u8));
        Build.AssertBytes(ExperimenterError, written);
    }

    [Fact]
    public void Read_ExperimenterError_ExposesExperimenterFields()
    {
        ErrorView error = ErrorView.Read(ExperimenterError);

        Assert.True(error.IsExperimenter);
        Assert.Equal(OfpErrorType.Experimenter, error.Type);
        Assert.Equal((ushort)60000, error.ExpType);
        Assert.Equal(999999u, error.Experimenter);
        Assert.Equal("jikken data"u8.ToArray(), error.Data.ToArray());
        Assert.False(error.TryGetFailedHeader(out _) && false);
    }

    [Fact]
    public void ReadThenRewrite_ExperimenterError_SameBytes()
    {
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            ErrorView e = ErrorView.Read(ExperimenterError);
            return w.WriteExperimenterError(e.Xid, e.ExpType, e.Experimenter, e.Data);
        });
        Build.AssertBytes(ExperimenterError, rewritten);
    }

    [Fact]
    public void WriteError_FromFormatError_CopiesTypeCodeAnd64Bytes()
    {
        byte[] request = new byte[100];
        request[0] = 4;
        request[1] = (byte)OfpType.FlowMod;
        var formatError = new OpenFlowFormatError(OfpType.FlowMod, "match.length", 50, "x", OfpErrorType.BadMatch, (ushort)OfpBadMatchCode.BadLen);

        byte[] written = Build.Message((ref OpenFlowWriter w) => w.WriteError(new Xid(9), in formatError, request));

        ErrorView error = ErrorView.Read(written);
        Assert.Equal(OfpErrorType.BadMatch, error.Type);
        Assert.Equal((ushort)OfpBadMatchCode.BadLen, error.Code);
        Assert.Equal(64, error.Data.Length);
        Assert.Equal(76, error.Length);
    }

    [Fact]
    public void WriteError_ExperimenterType_ThrowsArgument()
    {
        Assert.Throws<ArgumentException>(() =>
        {
            var w = new OpenFlowWriter(new byte[64]);
            w.WriteError(new Xid(0), OfpErrorType.Experimenter, 0, default);
        });
    }

    [Fact]
    public void WriteError_DataTooLong_ThrowsArgument()
    {
        byte[] data = new byte[65535 - 11];
        Assert.Throws<ArgumentException>(() =>
        {
            var w = new OpenFlowWriter(new byte[64]);
            w.WriteError(new Xid(0), OfpErrorType.BadRequest, 0, data);
        });
    }

    [Fact]
    public void Read_ExperimenterTypeShorterThan16_ThrowsBadLen()
    {
        byte[] message = Hex.Parse("04 01 000e 00000000 ffff 0001 0000");
        Build.AssertFormatError(() => ErrorView.Read(message), "header.length", 2);
    }

    [Fact]
    public void Read_ShorterThanFixedFields_ThrowsBadLen()
    {
        byte[] message = Hex.Parse("04 01 000a 00000000 0001");
        Build.AssertFormatError(() => ErrorView.Read(message), "header.length", 2);
    }
}
