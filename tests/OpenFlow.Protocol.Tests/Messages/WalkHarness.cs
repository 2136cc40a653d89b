using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using OpenFlow.Protocol.Errors;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>
/// The hostile-input checks the robustness tests run over their samples: every truncation, 16-bit fields overwritten
/// with suspicious lengths, random bit flips. Reading with <see cref="MessageWalker"/> must either succeed or throw
/// <see cref="OpenFlowFormatException"/>; any other exception (IndexOutOfRange, ArgumentOutOfRange, InvalidOperation,
/// ...) fails the test.
/// </summary>
internal static class WalkHarness
{
    /// <summary>
    /// Every proper prefix of <paramref name="message"/> must throw <see cref="OpenFlowFormatException"/>; with the
    /// header length made consistent, it must walk or throw only that.
    /// </summary>
    public static void EveryTruncation(byte[] message)
    {
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

    /// <summary>
    /// Overwrites every 16-bit field of <paramref name="message"/> with each of <paramref name="suspicious"/>, then with
    /// the values next to the original (±1, ±8), the message length and the bytes left; each must walk or throw only
    /// <see cref="OpenFlowFormatException"/>.
    /// </summary>
    public static void EverySixteenBitFieldCorrupted(byte[] message, int[] suspicious)
    {
        for (int offset = 0; offset + 1 < message.Length; offset++)
        {
            int original = (message[offset] << 8) | message[offset + 1];
            foreach (int value in suspicious)
            {
                WalkCorrupted(message, offset, value);
            }

            foreach (int value in (int[])[original - 1, original + 1, original - 8, original + 8, message.Length, message.Length - offset])
            {
                WalkCorrupted(message, offset, value);
            }
        }
    }

    /// <summary>Random bit flips in a random sample, with or without the header length made consistent again.</summary>
    public static Property RandomBitFlips(IReadOnlyList<(string Name, byte[] Bytes)> samples)
    {
        Gen<(int Sample, int[] Flips, bool FixLength)> gen =
            from sample in Gen.Choose(0, samples.Count - 1)
            from flips in Gen.ArrayOf(Gen.Choose(0, int.MaxValue)).Where(a => a.Length > 0)
            from fixLength in ArbMap.Default.GeneratorFor<bool>()
            select (sample, flips, fixLength);

        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            byte[] message = (byte[])samples[input.Sample].Bytes.Clone();
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

    /// <summary>Walks the message; an <see cref="OpenFlowFormatException"/> is an acceptable outcome, any other exception is not.</summary>
    public static void WalkOrFormatException(byte[] message)
    {
        try
        {
            MessageWalker.Walk(message);
        }
        catch (OpenFlowFormatException)
        {
        }
    }

    private static void WalkCorrupted(byte[] message, int offset, int value)
    {
        byte[] corrupted = (byte[])message.Clone();
        corrupted[offset] = (byte)(value >> 8);
        corrupted[offset + 1] = (byte)value;
        WalkOrFormatException(corrupted);
    }
}
