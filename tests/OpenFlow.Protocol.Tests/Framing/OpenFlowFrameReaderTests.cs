using System;
using System.Buffers;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Framing;

public class OpenFlowFrameReaderTests
{
    private static readonly byte[] EchoRequest = Hex.Parse("04 02 000c 00000007 # header, xid 7\n 61626364 # data");
    private static readonly byte[] Barrier = Hex.Parse("04 14 0008 00000008");

    [Fact]
    public void TryReadFrame_TwoMessagesBackToBack_ReturnsEachInTurn()
    {
        var buffer = new ReadOnlySequence<byte>([.. EchoRequest, .. Barrier]);
        var reader = new OpenFlowFrameReader(65535);

        Assert.Equal(OperationStatus.Done, reader.TryReadFrame(ref buffer, out OfpHeader first, out var firstMessage));
        Assert.Equal(OfpType.EchoRequest, first.Type);
        Assert.Equal(new Xid(7), first.Xid);
        Assert.Equal(EchoRequest, firstMessage.ToArray());

        Assert.Equal(OperationStatus.Done, reader.TryReadFrame(ref buffer, out OfpHeader second, out var secondMessage));
        Assert.Equal(OfpType.BarrierRequest, second.Type);
        Assert.Equal(8, secondMessage.Length);
        Assert.True(buffer.IsEmpty);
    }

    [Fact]
    public void TryReadFrame_EveryShorterPrefix_NeedsMoreDataAndConsumesNothing()
    {
        var reader = new OpenFlowFrameReader(65535);
        for (int length = 0; length < EchoRequest.Length; length++)
        {
            var buffer = new ReadOnlySequence<byte>(EchoRequest.AsMemory(0, length));
            Assert.Equal(OperationStatus.NeedMoreData, reader.TryReadFrame(ref buffer, out _, out _));
            Assert.Equal(length, buffer.Length);
        }
    }

    [Fact]
    public void TryReadFrame_HeaderSplitAcrossSegments_ReadsTheMessage()
    {
        var buffer = TestSequence.Split(EchoRequest, 1, 3, 5);
        var reader = new OpenFlowFrameReader(65535);

        Assert.Equal(OperationStatus.Done, reader.TryReadFrame(ref buffer, out OfpHeader header, out var message));
        Assert.Equal(12, header.Length);
        Assert.Equal(EchoRequest, message.ToArray());
    }

    [Theory]
    [InlineData("04 02 0000 00000000")]
    [InlineData("04 02 0007 00000000")]
    public void TryReadFrame_LengthBelowHeader_IsInvalidData(string hex)
    {
        var buffer = new ReadOnlySequence<byte>(Hex.Parse(hex));
        Assert.Equal(OperationStatus.InvalidData, new OpenFlowFrameReader(65535).TryReadFrame(ref buffer, out _, out _));
    }

    [Fact]
    public void TryReadFrame_LengthAboveConfiguredMaximum_IsInvalidDataBeforeTheBodyArrives()
    {
        var buffer = new ReadOnlySequence<byte>(Hex.Parse("04 0a 1001 00000000"));
        var reader = new OpenFlowFrameReader(4096);

        Assert.Equal(OperationStatus.InvalidData, reader.TryReadFrame(ref buffer, out OfpHeader header, out _));
        Assert.Equal(0x1001, header.Length);
    }

    [Fact]
    public void Constructor_MaximumOutsideTheWireRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenFlowFrameReader(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenFlowFrameReader(65536));
    }
}
