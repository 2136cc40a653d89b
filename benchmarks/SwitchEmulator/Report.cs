using System;
using System.Globalization;

namespace OpenFlow.Benchmarks.SwitchEmulator;

/// <summary>Sums the switches' counters and histograms; formats the per-second lines, the totals and the JSON.</summary>
internal sealed class Report
{
    private readonly EmulatedSwitch[] _switches;
    private readonly long[] _scratch = new long[LatencyHistogram.BucketCount];

    public Report(EmulatedSwitch[] switches) => _switches = switches;

    /// <summary>A snapshot of the sums (cumulative since the start of the measurement).</summary>
    internal sealed class Sample
    {
        public static readonly Sample Empty = new();

        public long Sent { get; init; }

        public long Answered { get; init; }

        public long FlowMods { get; init; }

        public long PacketOuts { get; init; }

        public long Unmatched { get; init; }

        public long Lost { get; init; }

        public long FlowRemoved { get; init; }

        public long Errors { get; init; }

        public long[] Histogram { get; init; } = new long[LatencyHistogram.BucketCount];

        /// <summary>What happened between <paramref name="start"/> and this sample (the measured part of a run).</summary>
        public Sample Since(Sample start) => new()
        {
            Sent = Sent - start.Sent, Answered = Answered - start.Answered, FlowMods = FlowMods - start.FlowMods,
            PacketOuts = PacketOuts - start.PacketOuts, Unmatched = Unmatched - start.Unmatched, Lost = Lost - start.Lost,
            FlowRemoved = FlowRemoved - start.FlowRemoved, Errors = Errors - start.Errors, Histogram = Delta(start, this),
        };
    }

    public Sample Take()
    {
        var histogram = new long[LatencyHistogram.BucketCount];
        long sent = 0, answered = 0, flowMods = 0, packetOuts = 0, unmatched = 0, lost = 0, flowRemoved = 0, errors = 0;
        foreach (EmulatedSwitch s in _switches)
        {
            sent += s.Sent;
            answered += s.Answered;
            flowMods += s.FlowMods;
            packetOuts += s.PacketOuts;
            unmatched += s.Unmatched;
            lost += s.Lost;
            flowRemoved += s.FlowRemovedSent;
            errors += s.Errors;
            s.Histogram.CopyTo(_scratch);
            for (int i = 0; i < histogram.Length; i++)
            {
                histogram[i] += _scratch[i];
            }
        }

        return new Sample
        {
            Sent = sent, Answered = answered, FlowMods = flowMods, PacketOuts = packetOuts, Unmatched = unmatched,
            Lost = lost, FlowRemoved = flowRemoved, Errors = errors, Histogram = histogram,
        };
    }

    private static long[] Delta(Sample from, Sample to)
    {
        var d = new long[LatencyHistogram.BucketCount];
        for (int i = 0; i < d.Length; i++)
        {
            d[i] = to.Histogram[i] - from.Histogram[i];
        }

        return d;
    }

    private static double Us(long ns) => ns / 1000.0;

    public static string Line(string label, Sample from, Sample to, double seconds = 1.0)
    {
        long[] h = Delta(from, to);
        return string.Create(CultureInfo.InvariantCulture,
            $"{label,3} {(to.Answered - from.Answered) / seconds,11:F0} {(to.FlowMods - from.FlowMods) / seconds,11:F0} {(to.PacketOuts - from.PacketOuts) / seconds,12:F0} {Us(LatencyHistogram.Percentile(h, 50)),7:F1} {Us(LatencyHistogram.Percentile(h, 99)),7:F1} {Us(LatencyHistogram.Percentile(h, 99.9)),8:F1} {to.Lost - from.Lost,6} {(to.FlowRemoved - from.FlowRemoved) / seconds,14:F0}");
    }

    public static string Json(EmulatorOptions o, Sample t, double seconds, int ready, int answering)
    {
        long[] h = t.Histogram;
        return string.Create(CultureInfo.InvariantCulture,
            $"{{\"packetins_answered_per_s\":{t.Answered / seconds:F1},\"flowmods_per_s\":{t.FlowMods / seconds:F1},\"packetouts_per_s\":{t.PacketOuts / seconds:F1},\"p50_us\":{Us(LatencyHistogram.Percentile(h, 50)):F1},\"p99_us\":{Us(LatencyHistogram.Percentile(h, 99)):F1},\"p999_us\":{Us(LatencyHistogram.Percentile(h, 99.9)):F1},\"mode\":\"{(o.Mode == RunMode.Latency ? "latency" : "throughput")}\",\"workload\":\"{(o.Workload == WorkloadKind.Napt ? "napt" : "l2")}\",\"switches\":{o.Switches},\"switches_ready\":{ready},\"switches_answered\":{answering},\"in_flight\":{o.InFlight},\"seconds\":{seconds:F3},\"warmup_seconds\":{o.WarmupSeconds},\"packetins_sent\":{t.Sent},\"packetins_answered\":{t.Answered},\"packetins_lost\":{t.Lost},\"unmatched_packetouts\":{t.Unmatched},\"flow_removed_sent\":{t.FlowRemoved},\"controller_errors\":{t.Errors}}}");
    }
}
