using System;
using System.Numerics;

namespace OpenFlow.Benchmarks.SwitchEmulator;

/// <summary>
/// A log-linear histogram of non-negative values (nanoseconds here), in the manner of HdrHistogram: values below 128
/// are exact, above that every power of two is split into 64 equal buckets, so a reported value is at most 1/64
/// (1.6 %) above the true one. Fixed size (2,688 counters), no allocation when recording; one writer per instance.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int SubBits = 7;
    private const int SubCount = 1 << SubBits;       // 128 exact values
    private const int HalfCount = SubCount / 2;       // 64 buckets per power of two above
    private const int MaxShift = 40;                  // values up to 2^47 ns (about 39 hours)
    internal const int BucketCount = SubCount + (MaxShift * HalfCount);

    private readonly long[] _counts = new long[BucketCount];

    /// <summary>How many values were recorded.</summary>
    public long Count { get; private set; }

    /// <summary>Records one value; negative values count as 0, huge ones land in the last bucket.</summary>
    public void Record(long value)
    {
        _counts[IndexOf(value)]++;
        Count++;
    }

    /// <summary>Copies the counts (a snapshot another thread may take while the owner records).</summary>
    public void CopyTo(long[] destination) => Array.Copy(_counts, destination, BucketCount);

    /// <summary>The bucket of a value.</summary>
    internal static int IndexOf(long value)
    {
        if (value < SubCount)
        {
            return value < 0 ? 0 : (int)value;
        }

        int shift = BitOperations.Log2((ulong)value) - (SubBits - 1);
        if (shift > MaxShift)
        {
            return BucketCount - 1;
        }

        return SubCount + ((shift - 1) * HalfCount) + (int)((value >> shift) - HalfCount);
    }

    /// <summary>The lowest value of a bucket.</summary>
    internal static long LowestOf(int index)
    {
        if (index < SubCount)
        {
            return index;
        }

        int k = index - SubCount;
        int shift = (k / HalfCount) + 1;
        return (long)((k % HalfCount) + HalfCount) << shift;
    }

    /// <summary>The highest value of a bucket (what a percentile reports: never below the true value).</summary>
    internal static long HighestOf(int index) => index + 1 >= BucketCount ? long.MaxValue : LowestOf(index + 1) - 1;

    /// <summary>The value at percentile <paramref name="percent"/> (0-100) of the counts, or 0 when there are none.</summary>
    public static long Percentile(ReadOnlySpan<long> counts, double percent)
    {
        long total = 0;
        foreach (long c in counts)
        {
            total += c;
        }

        if (total == 0)
        {
            return 0;
        }

        long rank = Math.Max(1, (long)Math.Ceiling(percent / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return HighestOf(i);
            }
        }

        return HighestOf(counts.Length - 1);
    }

    /// <summary>
    /// Checks the bucket arithmetic and the percentiles against exact answers; returns null when right, else what failed.
    /// Run with <c>--self-test</c>.
    /// </summary>
    public static string? SelfCheck()
    {
        // Every value maps into a bucket whose bounds contain it, and buckets are contiguous.
        for (long v = 0; v < 1 << 20; v++)
        {
            int i = IndexOf(v);
            if (LowestOf(i) > v || HighestOf(i) < v)
            {
                return $"value {v} in bucket {i} [{LowestOf(i)}, {HighestOf(i)}]";
            }
        }

        for (int i = 1; i < BucketCount; i++)
        {
            if (LowestOf(i) != HighestOf(i - 1) + 1)
            {
                return $"bucket {i} does not follow bucket {i - 1}";
            }
        }

        // Percentiles of 1..1,000,000 against the exact ones: never below, at most 1/64 above.
        var h = new LatencyHistogram();
        for (long v = 1; v <= 1_000_000; v++)
        {
            h.Record(v);
        }

        long[] counts = new long[BucketCount];
        h.CopyTo(counts);
        foreach ((double p, long exact) in new[] { (50.0, 500_000L), (99.0, 990_000L), (99.9, 999_000L), (100.0, 1_000_000L) })
        {
            long got = Percentile(counts, p);
            if (got < exact || got > exact + (exact / 64) + 1)
            {
                return $"p{p} = {got}, exact {exact}";
            }
        }

        // Small values are exact.
        var small = new LatencyHistogram();
        small.Record(3);
        small.Record(5);
        small.Record(100);
        small.CopyTo(counts);
        return Percentile(counts, 50) == 5 && Percentile(counts, 100) == 100 && Percentile(counts, 1) == 3 ? null : "small values are not exact";
    }
}
