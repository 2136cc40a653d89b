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
    public void Walk_EveryTruncation_FailsWithFormatExceptionOnly(string name)
    {
        byte[] message = Ofp13Samples.Get(name);
        for (int length = 0; length < message.Length; length++)
        {
            byte[] truncated = message.AsSpan(0, length).ToArray();
            Assert.Throws<OpenFlowFormatException>(() => MessageWalker.Walk(truncated));
            if (length >= 4)
            {
                truncated[2] = (byte)(length >> 8);
                truncated[3] = (byte)length;
                WalkOrFormatException(truncated);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Walk_EverySixteenBitFieldCorrupted_FormatExceptionOnly(string name)
    {
        byte[] message = Ofp13Samples.Get(name);
        for (int offset = 0; offset + 1 < message.Length; offset++)
        {
            int original = (message[offset] << 8) | message[offset + 1];
            foreach (int value in (int[])[0, 1, 3, 4, 7, 8, 9, 12, 15, 16, 17, 0x7fff, 0xfffe, 0xffff, original - 1, original + 1, original - 8, original + 8, message.Length, message.Length - offset])
            {
                byte[] corrupted = (byte[])message.Clone();
                corrupted[offset] = (byte)(value >> 8);
                corrupted[offset + 1] = (byte)value;
                WalkOrFormatException(corrupted);
            }
        }
    }

    [Property(MaxTest = 2000)]
    public Property Walk_RandomBitFlips_FormatExceptionOnly()
    {
        Gen<(int Sample, int[] Flips, bool FixLength)> gen =
            from sample in Gen.Choose(0, Ofp13Samples.All.Count - 1)
            from flips in Gen.ArrayOf(Gen.Choose(0, int.MaxValue)).Where(a => a.Length > 0)
            from fixLength in ArbMap.Default.GeneratorFor<bool>()
            select (sample, flips, fixLength);

        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            byte[] message = (byte[])Ofp13Samples.All[input.Sample].Bytes.Clone();
            foreach (int flip in input.Flips)
            {
                int bit = flip % (message.Length * 8);
                message[bit / 8] ^= (byte)(1 << (bit % 8));
            }

            if (input.FixLength)
            {
                message[2] = (byte)(message.Length >> 8);
                message[3] = (byte)message.Length;
            }

            WalkOrFormatException(message);
        });
    }

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

    private static void WalkOrFormatException(byte[] message)
    {
        try
        {
            MessageWalker.Walk(message);
        }
        catch (OpenFlowFormatException)
        {
        }
    }
}
