using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenFlow.Protocol.Errors;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>
/// Hostile input: every truncation, every 16-bit field overwritten with suspicious lengths, random bit flips. Reading
/// with <see cref="MessageWalker"/> must either succeed or throw <see cref="OpenFlowFormatException"/>; any other
/// exception (IndexOutOfRange, ArgumentOutOfRange, InvalidOperation, ...) fails the test.
/// </summary>
public class MessageRobustnessTests
{
    public static TheoryData<string> Samples => MessageSamples.Names;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Walk_Sample_ReadsEveryField(string name)
    {
        byte[] message = MessageSamples.Get(name);
        ulong first = MessageWalker.Walk(message);
        Assert.Equal(first, MessageWalker.Walk(message));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Walk_EveryTruncation_FailsWithFormatExceptionOnly(string name) =>
        WalkHarness.EveryTruncation(MessageSamples.Get(name));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Walk_EverySixteenBitFieldCorrupted_FormatExceptionOnly(string name) =>
        WalkHarness.EverySixteenBitFieldCorrupted(MessageSamples.Get(name), [0, 1, 3, 4, 7, 8, 9, 15, 16, 0x7fff, 0xffff]);

    [Property(MaxTest = 2000)]
    public Property Walk_RandomBitFlips_FormatExceptionOnly() => WalkHarness.RandomBitFlips(MessageSamples.All);

    [Property(MaxTest = 500)]
    public Property Walk_RandomTruncationWithLength_FormatExceptionOnly()
    {
        Gen<(int Sample, int Cut, int Garbage)> gen =
            from sample in Gen.Choose(0, MessageSamples.All.Count - 1)
            from cut in Gen.Choose(0, 100_000)
            from garbage in Gen.Choose(0, 255)
            select (sample, cut, garbage);

        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            byte[] sample = MessageSamples.All[input.Sample].Bytes;
            int length = input.Cut % (sample.Length + 16);
            byte[] message = new byte[length];
            for (int i = 0; i < length; i++)
            {
                message[i] = i < sample.Length ? sample[i] : (byte)input.Garbage;
            }

            if (length >= 4)
            {
                message[2] = (byte)(length >> 8);
                message[3] = (byte)length;
            }

            WalkHarness.WalkOrFormatException(message);
        });
    }
}
