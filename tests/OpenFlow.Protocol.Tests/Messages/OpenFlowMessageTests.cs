using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

public class OpenFlowMessageTests
{
    [Fact]
    public void Read_Echo_DispatchesOnType()
    {
        byte[] bytes = Hex.Parse("04 02 000c 0000002a 686f6765");
        OpenFlowMessage message = OpenFlowMessage.Read(bytes);
        Assert.Equal(OfpType.EchoRequest, message.Type);
        Assert.Equal(new Xid(42), message.Xid);
        Assert.Equal(4, message.Version);
        Assert.Equal(12, message.Length);
        Assert.Equal(OfpType.EchoRequest, message.Header.Type);
        Assert.Equal(4, message.AsEcho().Data.Length);
    }

    [Fact]
    public void AsOtherType_ThrowsBadType()
    {
        byte[] bytes = Hex.Parse("04 02 000c 0000002a 686f6765");
        var ex = Assert.Throws<OpenFlowFormatException>(() => OpenFlowMessage.Read(bytes).AsHello());
        Assert.Equal((ushort)OfpBadRequestCode.BadType, ex.ErrorCode);
    }

    [Theory]
    [InlineData("04 02 00")]
    [InlineData("04 02 000d 0000002a 686f6765")]
    [InlineData("04 02 0000 0000002a")]
    public void TryRead_BadFraming_ReturnsBadLen(string hex)
    {
        Assert.False(OpenFlowMessage.TryRead(Hex.Parse(hex), out _, out OpenFlowFormatError error));
        Assert.Equal(OfpErrorType.BadRequest, error.ErrorType);
        Assert.Equal((ushort)OfpBadRequestCode.BadLen, error.ErrorCode);
    }

    [Theory]
    [MemberData(nameof(MessageRobustnessTests.Samples), MemberType = typeof(MessageRobustnessTests))]
    public void Read_EverySample_TypeMatchesHeader(string name)
    {
        byte[] bytes = MessageSamples.Get(name);
        Assert.Equal((OfpType)bytes[1], OpenFlowMessage.Read(bytes).Type);
    }
}
