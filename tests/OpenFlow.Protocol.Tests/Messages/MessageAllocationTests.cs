using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>Reading every field of every message, and writing the hot-path messages, allocates nothing.</summary>
public class MessageAllocationTests
{
    [Fact]
    public void Walk_EverySample_AllocatesNothing()
    {
        var samples = new byte[MessageSamples.All.Count][];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = MessageSamples.All[i].Bytes;
        }

        ulong sum = 0;
        for (int warm = 0; warm < 3; warm++)
        {
            for (int i = 0; i < samples.Length; i++)
            {
                sum += MessageWalker.Walk(samples[i]);
            }
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < samples.Length; i++)
        {
            sum += MessageWalker.Walk(samples[i]);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.NotEqual(0UL, sum);
    }

    [Fact]
    public void TryRead_Failure_AllocatesNothing()
    {
        byte[] bad = Hex.Parse("04 00 0010 00000000");
        _ = HelloView.TryRead(bad, out _, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool ok = HelloView.TryRead(bad, out _, out _);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.False(ok);
    }

    [Fact]
    public void Write_Phase1Messages_AllocatesNothing()
    {
        byte[] buffer = new byte[2048];
        PortSpec port = new() { PortNo = new PortNo(1), Name = "eth0" };
        WriteAll(buffer, in port);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int total = WriteAll(buffer, in port);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(total > 0);
    }

    private static int WriteAll(byte[] buffer, in PortSpec port)
    {
        int total = 0;
        var w = new OpenFlowWriter(buffer);
        total += w.WriteHello(new Xid(1), [4]);
        total += w.WriteEchoReply(new Xid(2), "data"u8);
        total += w.WriteError(new Xid(3), Protocol.Errors.OfpErrorType.BadRequest, 6, "request"u8);
        total += w.WriteBarrierRequest(new Xid(4));
        total += w.WriteSetConfig(new Xid(5), OfpConfigFlags.FragNormal, 0xffff);
        total += w.WritePortStatus(new Xid(6), OfpPortReason.Modify, in port);
        total += w.WriteDescReply(new Xid(7), "a", "b", "c", "d", "e");
        return total;
    }
}
