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
    public void Walk_EveryTruncation_FailsWithFormatExceptionOnly(string name)
    {
        byte[] message = MessageSamples.Get(name);
        for (int length = 0; length < message.Length; length++)
        {
            byte[] truncated = message.AsSpan(0, length).ToArray();
            Assert.Throws<OpenFlowFormatException>(() => MessageWalker.Walk(truncated));

            if (length >= 4)
            {
                // Same truncation with the header length field made consistent: the inner checks must catch it.
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
        byte[] message = MessageSamples.Get(name);
        for (int offset = 0; offset + 1 < message.Length; offset++)
        {
            int original = (message[offset] << 8) | message[offset + 1];
            foreach (int value in (int[])[0, 1, 3, 4, 7, 8, 9, 15, 16, 0x7fff, 0xffff, original - 1, original + 1, original - 8, original + 8, message.Length, message.Length - offset])
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
            from sample in Gen.Choose(0, MessageSamples.All.Count - 1)
            from flips in Gen.ArrayOf(Gen.Choose(0, int.MaxValue)).Where(a => a.Length > 0)
            from fixLength in ArbMap.Default.GeneratorFor<bool>()
            select (sample, flips, fixLength);

        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            byte[] message = (byte[])MessageSamples.All[input.Sample].Bytes.Clone();
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

            WalkOrFormatException(message);
        });
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
