using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>Requests from a lab's client to the VIP, counted by the server that answered (each server's page is its name).</summary>
internal static class LabRequests
{
    /// <summary>The service address both labs balance.</summary>
    public const string Vip = "http://10.10.10.1/";

    /// <summary>
    /// Sends sequential requests from the client (one curl, a new connection each) and counts who answered; with
    /// <paramref name="failOnCurlErrors"/> curl reports its errors and any makes the test fail.
    /// </summary>
    public static async Task<Dictionary<string, int>> RequestsAsync(this LabFixture lab, int count, bool failOnCurlErrors = false)
    {
        var args = new List<string> { "curl", failOnCurlErrors ? "-sS" : "-s", "-m", "5", "-H", "Connection: close" };
        for (int i = 0; i < count; i++)
        {
            args.Add(Vip + "?n=" + i.ToString(CultureInfo.InvariantCulture));
        }

        (int code, string output, string error) = await lab.Client(args.ToArray());
        Assert.True(code == 0 && (!failOnCurlErrors || error.Length == 0), $"curl failed ({code}): {error}; answers so far: {output}");
        var answers = new Dictionary<string, int>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            answers[line] = answers.GetValueOrDefault(line) + 1;
        }

        return answers;
    }

    /// <summary>Answers by server as "srv1=N, srv2=M".</summary>
    public static string Show(Dictionary<string, int> answers) => string.Join(", ", answers.Select(kv => kv.Key + "=" + kv.Value));
}
