using System;
using System.Buffers;

namespace OpenFlow.TestKit;

/// <summary>Builds multi-segment <see cref="ReadOnlySequence{T}"/> values, as a pipe hands them out.</summary>
public static class TestSequence
{
    /// <summary>Splits <paramref name="bytes"/> into segments at the given offsets.</summary>
    public static ReadOnlySequence<byte> Split(byte[] bytes, params int[] cuts)
    {
        Segment? first = null;
        Segment? last = null;
        int start = 0;
        foreach (int cut in (int[])[.. cuts, bytes.Length])
        {
            var segment = new Segment(bytes.AsMemory(start, cut - start));
            if (last is null)
            {
                first = segment;
            }
            else
            {
                last.Append(segment);
            }

            last = segment;
            start = cut;
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public void Append(Segment next)
        {
            next.RunningIndex = RunningIndex + Memory.Length;
            Next = next;
        }
    }
}
