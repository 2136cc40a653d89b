using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>ab (ApacheBench) runs from a lab's client to the VIP: new connections, bounded in count and time.</summary>
internal static partial class ApacheBench
{
    /// <summary>
    /// Runs <c>ab -q -n requests -c concurrency -s 10</c> against the VIP from the client; with
    /// <paramref name="timeLimitSeconds"/> ab also stops after that long (<c>-t</c> before <c>-n</c>). The whole run is
    /// cut by <c>timeout</c> in any case.
    /// </summary>
    public static Task<AbRun> RunAsync(LabFixture lab, int requests, int concurrency, int? timeLimitSeconds = null)
    {
        int bound = (timeLimitSeconds ?? 120) + 30;
        var args = new List<string> { "timeout", bound.ToString(CultureInfo.InvariantCulture), "ab", "-q" };
        if (timeLimitSeconds is int limit)
        {
            args.AddRange(new[] { "-t", limit.ToString(CultureInfo.InvariantCulture) });
        }

        args.AddRange(new[] { "-n", requests.ToString(CultureInfo.InvariantCulture), "-c", concurrency.ToString(CultureInfo.InvariantCulture), "-s", "10", LabRequests.Vip });
        return RunCoreAsync(lab, requests, args.ToArray());
    }

    private static async Task<AbRun> RunCoreAsync(LabFixture lab, int requests, string[] args)
    {
        (int code, string output, string error) = await lab.Client(args);
        return new AbRun(requests, code, output, error);
    }

    [GeneratedRegex(@"Failed requests:\s+0\b")]
    private static partial Regex NoFailureRegex();

    [GeneratedRegex(@"Requests per second:\s+([0-9.]+)")]
    private static partial Regex RateRegex();

    /// <summary>One ab run: what was asked, its exit code and output.</summary>
    internal sealed record AbRun(int Requests, int Code, string Output, string Error)
    {
        /// <summary>The rate ab measured (requests per second, as it printed it; empty when absent).</summary>
        public string Rate => RateRegex().Match(Output) is { Success: true } m ? m.Groups[1].Value : string.Empty;

        /// <summary>Fails the test unless ab exited 0, completed every request and none failed; <paramref name="context"/> goes into the message.</summary>
        public void AssertAllSucceeded(string context)
        {
            string why = $"ab exit {Code}: {Output}{Error}\n{context}";
            Assert.True(Code == 0, why);
            Assert.True(Output.Contains("Complete requests:      " + Requests.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), why);
            Assert.True(NoFailureRegex().IsMatch(Output), why);
        }
    }
}
