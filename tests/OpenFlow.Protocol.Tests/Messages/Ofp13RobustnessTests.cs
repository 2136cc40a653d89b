using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Multipart;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>
/// Hostile input over every configuration message and multipart added for full OpenFlow 1.3: every truncation, every
/// 16-bit field overwritten with suspicious lengths, random bit flips. Reading with <see cref="MessageWalker"/> either
/// succeeds or throws <see cref="OpenFlowFormatException"/>; reading and walking allocates nothing.
/// </summary>
public class Ofp13RobustnessTests
{
    public static TheoryData<string> Samples => Ofp13Samples.Names;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Walk_Sample_ReadsEveryField(string name)
    {
        byte[] message = Ofp13Samples.Get(name);
        Assert.Equal(MessageWalker.Walk(message), MessageWalker.Walk(message));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Walk_EveryTruncation_FailsWithFormatExceptionOnly(string name) =>
        WalkHarness.EveryTruncation(Ofp13Samples.Get(name));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Walk_EverySixteenBitFieldCorrupted_FormatExceptionOnly(string name) =>
        WalkHarness.EverySixteenBitFieldCorrupted(Ofp13Samples.Get(name), [0, 1, 3, 4, 7, 8, 9, 12, 15, 16, 17, 0x7fff, 0xfffe, 0xffff]);

    [Property(MaxTest = 2000)]
    public Property Walk_RandomBitFlips_FormatExceptionOnly() => WalkHarness.RandomBitFlips(Ofp13Samples.All);

    [Fact]
    public void Walk_EverySample_AllocatesNothing()
    {
        var samples = new byte[Ofp13Samples.All.Count][];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = Ofp13Samples.All[i].Bytes;
        }

        ulong sum = 0;
        for (int warm = 0; warm < 3; warm++)
        {
            foreach (byte[] sample in samples)
            {
                sum += MessageWalker.Walk(sample);
            }
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (byte[] sample in samples)
        {
            sum += MessageWalker.Walk(sample);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.NotEqual(0UL, sum);
    }

    [Fact]
    public void Write_GroupModMeterModStatsAndTableFeatures_AllocatesNothing()
    {
        byte[] buffer = new byte[4096];
        int total = WriteSome(buffer);
        long before = GC.GetAllocatedBytesForCurrentThread();
        total += WriteSome(buffer);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(total > 0);
    }

    private static int WriteSome(byte[] buffer)
    {
        var w = new OpenFlowWriter(buffer);
        int total = GroupModTests.WriteVector(ref w);
        total += MeterModTests.WriteVector(ref w);
        total += QueueConfigTests.WriteReply(ref w);
        total += TableFeaturesAndMonitorTests.WriteTableFeaturesReply(ref w);
        total += TableFeaturesAndMonitorTests.WriteMonitor(ref w);
        total += w.WriteRoleRequest(new Xid(1), OfpControllerRole.Equal, 1);
        var spec = new AsyncConfigSpec { PacketInMaskMaster = 1 };
        total += w.WriteSetAsync(new Xid(2), in spec);
        LengthSlot slot = w.BeginMultipartReply(new Xid(3), OfpMultipartType.PortStats);
        w.WritePortStats(in StatsMultipartTests.PortStats);
        total += w.EndMessage(slot);
        Assert.False(w.Overflowed);
        return total;
    }
}
