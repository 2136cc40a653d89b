using System;
using System.Buffers;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Wire;

public class OpenFlowWriterTests
{
    [Fact]
    public void BeginEndMessage_EchoRequest_BackPatchesTheLength()
    {
        byte[] buffer = new byte[64];
        var writer = new OpenFlowWriter(buffer);
        LengthSlot message = writer.BeginMessage(OfpType.EchoRequest, new Xid(7));
        writer.WriteBytes("abcd"u8);
        writer.EndMessage(message);

        Assert.False(writer.Overflowed);
        Assert.Equal(Hex.Parse("04 02 000c 00000007 61626364"), writer.Written.ToArray());
    }

    [Fact]
    public void Write_BufferTooSmall_CountsTheBytesNeededWithoutThrowing()
    {
        byte[] buffer = new byte[10];
        var writer = new OpenFlowWriter(buffer);
        LengthSlot message = writer.BeginMessage(OfpType.EchoRequest, new Xid(1));
        writer.WriteUInt64(0x0102030405060708);
        writer.WriteMac(MacAddress.Broadcast);
        writer.EndMessage(message);

        Assert.True(writer.Overflowed);
        Assert.Equal(22, writer.BytesWritten);
    }

    [Fact]
    public void PadTo8_IntoBufferFullOfOnes_WritesZeros()
    {
        byte[] buffer = new byte[16];
        buffer.AsSpan().Fill(0xff);
        var writer = new OpenFlowWriter(buffer);
        writer.WriteUInt24(0xabcdef);
        writer.PadTo8(0);

        Assert.Equal(Hex.Parse("abcdef 0000000000"), writer.Written.ToArray());
    }

    [Fact]
    public void WriteFixedString_LongText_IsCutToLeaveATerminatingZero()
    {
        byte[] buffer = new byte[8];
        buffer.AsSpan().Fill(0xff);
        var writer = new OpenFlowWriter(buffer);
        writer.WriteFixedString("eth0", 4);
        writer.WriteFixedString("ab", 4);

        Assert.Equal(Hex.Parse("657468 00 6162 0000"), writer.Written.ToArray());
    }

    [Fact]
    public void EndMessage_LongerThan65535_ThrowsInvalidOperation()
    {
        byte[] buffer = new byte[70000];
        var writer = new OpenFlowWriter(buffer);
        LengthSlot message = writer.BeginMessage(OfpType.EchoRequest, new Xid(1));
        writer.WriteZeros(65536);

        try
        {
            writer.EndMessage(message);
            Assert.Fail("A message longer than 65535 bytes must be refused.");
        }
        catch (InvalidOperationException)
        {
        }
    }

    [Fact]
    public void WriteTo_SmallSizeHint_RetriesOnceWithTheExactSize()
    {
        var output = new ArrayBufferWriter<byte>(1);
        int written = OpenFlowWriter.WriteTo(output, 100, static (ref OpenFlowWriter w, in int size) =>
        {
            LengthSlot message = w.BeginMessage(OfpType.EchoReply, new Xid(2));
            w.WriteZeros(size);
            w.EndMessage(message);
        }, sizeHint: 16);

        Assert.Equal(108, written);
        Assert.Equal(108, output.WrittenCount);
        Assert.Equal(Hex.Parse("04 03 006c 00000002"), output.WrittenSpan.Slice(0, 8).ToArray());
    }

    [Fact]
    public void WriteUInt16_AfterBeginEnd_IsAllocationFree()
    {
        byte[] buffer = new byte[64];
        static void Write(Span<byte> buffer)
        {
            var writer = new OpenFlowWriter(buffer);
            LengthSlot message = writer.BeginMessage(OfpType.BarrierRequest, new Xid(9));
            writer.WriteUInt16(1);
            writer.WriteIpv6(new Ipv6Address(1, 2));
            writer.PadTo8(0);
            writer.EndMessage(message);
        }

        Write(buffer);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Write(buffer);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
