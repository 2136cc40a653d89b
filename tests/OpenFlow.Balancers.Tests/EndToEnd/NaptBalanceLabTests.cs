using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>
/// NaptBalance against a real Open vSwitch (userspace datapath) in the lab's namespaces: the client talks to the VIP,
/// nginx (or the lab's python server) answers with the server's name. The tests of this class run one after the
/// other on one lab; each starts its own NaptBalance process on a switch whose flows were cleared.
/// </summary>
[Collection(NaptBalanceLabDefinition.Name)]
public sealed partial class NaptBalanceLabTests
{
    private const string Vip = LabRequests.Vip;
    private readonly LabFixture _lab;
    private readonly ITestOutputHelper _output;

    public NaptBalanceLabTests(LabFixture lab, ITestOutputHelper output)
    {
        _lab = lab;
        _output = output;
    }

    [Fact]
    public async Task RoundRobin_100SequentialRequests_SplitEvenlyWithinOne()
    {
        await using BalancerProcess napt = await StartAsync("roundRobin");

        Dictionary<string, int> answers = await _lab.RequestsAsync(100);

        _output.WriteLine(LabRequests.Show(answers));
        Assert.Equal(100, answers.GetValueOrDefault("srv1") + answers.GetValueOrDefault("srv2"));
        Assert.InRange(answers.GetValueOrDefault("srv1"), 49, 51);
    }

    [Fact]
    public async Task ResTime_OneServerSlow_MostNewConnectionsGoToTheFastOne()
    {
        await _lab.Lab("web", "srv2", "slow", "150");
        try
        {
            await using BalancerProcess napt = await StartAsync("resTime");
            await napt.WaitForStatusAsync(TimeSpan.FromSeconds(15), line => BalancerProcess.ResponseTimeMs(line) > 100, "srv2");

            Dictionary<string, int> answers = await _lab.RequestsAsync(40);

            _output.WriteLine(LabRequests.Show(answers));
            Assert.True(answers.GetValueOrDefault("srv1") >= 36, $"srv1 answered {answers.GetValueOrDefault("srv1")} of 40");
        }
        finally
        {
            await _lab.Lab("web", "srv2", "fast");
        }
    }

    [Fact]
    public async Task Failover_ServerStopsMidRun_NoNewConnectionAfterDetectionAndNoFailure()
    {
        await using BalancerProcess napt = await StartAsync("roundRobin");
        try
        {
            Dictionary<string, int> before = await _lab.RequestsAsync(10);
            Assert.Equal(5, before.GetValueOrDefault("srv2"));

            await _lab.Lab("web", "srv2", "stop");
            var stopped = Stopwatch.StartNew();
            TimeSpan detection = BalancerTestConfig.Detection;
            await napt.WaitForLineAsync(detection + TimeSpan.FromSeconds(2), "Server srv2 is DOWN");
            _output.WriteLine($"srv2 down noticed after {stopped.ElapsedMilliseconds} ms (bound {detection.TotalMilliseconds} ms)");
            Assert.True(stopped.Elapsed <= detection + TimeSpan.FromSeconds(1));
            if (stopped.Elapsed < detection)
            {
                await Task.Delay(detection - stopped.Elapsed);
            }

            Dictionary<string, int> after = await _lab.RequestsAsync(30);
            _output.WriteLine(LabRequests.Show(after));
            Assert.Equal(30, after.GetValueOrDefault("srv1"));
        }
        finally
        {
            await _lab.Lab("web", "srv2", "fast");
        }

        // Back up: new connections reach srv2 again.
        await napt.WaitForLineAsync(TimeSpan.FromSeconds(10), "Server srv2 is UP", "UP (probe");
        await Eventually.UntilAsync(TimeSpan.FromSeconds(10), async () => (await _lab.RequestsAsync(4)).GetValueOrDefault("srv2") > 0);
    }

    [Fact]
    public async Task Load_5000ConnectionsAtConcurrency20_NoFailureAndPortsBackToZero()
    {
        await using BalancerProcess napt = await StartAsync("roundRobin");

        ApacheBench.AbRun ab = await ApacheBench.RunAsync(_lab, 5000, 20);

        _output.WriteLine(ab.Output + ab.Error);
        ab.AssertAllSucceeded($"NaptBalance:\n{string.Join('\n', napt.Lines.TakeLast(12))}");
        Assert.NotEmpty(ab.Rate);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "napt-ab-rate.txt"), ab.Rate);
        _output.WriteLine("ab: " + ab.Rate + " connections/s");

        // Idle timeout 3 s: the flows go, FLOW_REMOVED brings every port back (into quarantine, then free).
        foreach (string server in new[] { "srv1", "srv2" })
        {
            await napt.WaitForStatusAsync(TimeSpan.FromSeconds(20), line => line.Contains(" inuse=0 ", StringComparison.Ordinal) && line.Contains(" active=0 ", StringComparison.Ordinal), server);
        }

        Assert.Empty(await _lab.NaptFlowsAsync());
    }

    [Fact]
    public async Task Restart_WithALiveSlowDownload_ConnectionSurvivesAndNewPortsAreFree()
    {
        BalancerProcess first = await StartAsync("roundRobin", clearFlows: true);
        Task<(int Code, string Out, string Err)> download;
        try
        {
            // 4 MiB at 512 KiB/s: about 8 s, across the restart.
            download = _lab.Client("curl", "-s", "-o", "/dev/null", "--limit-rate", "512k", "-m", "60", "-w", "%{http_code} %{size_download}", Vip + "big.bin");
            await Eventually.UntilAsync(TimeSpan.FromSeconds(10), async () => (await _lab.NaptFlowsAsync()).Count >= 2);
            await Task.Delay(1000);
            await first.KillAsync();
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using BalancerProcess second = await StartAsync("roundRobin", clearFlows: false);
        string serving = await second.WaitForLineAsync(TimeSpan.FromSeconds(5), "Serving switch");
        _output.WriteLine(serving);
        Assert.Matches(@"[1-9]\d* connections rebuilt", serving);

        // The base flows were there as wanted: the reconciliation on reconnect changed nothing.
        string reconciled = await second.WaitForLineAsync(TimeSpan.FromSeconds(5), "Reconciled switch");
        _output.WriteLine(reconciled);
        Assert.Matches(@"added 0, modified 0, deleted 0; groups kept 0, added 0, modified 0, deleted 0", reconciled);

        Dictionary<string, int> answers = await _lab.RequestsAsync(20);
        Assert.Equal(20, answers.Values.Sum());

        // Every server sees each NAPT port at most once among the live flows.
        var forward = new List<(string Server, string Port)>();
        foreach (string flow in await _lab.NaptFlowsAsync())
        {
            Match m = ForwardRegex().Match(flow);
            if (m.Success)
            {
                forward.Add((m.Groups[2].Value, m.Groups[1].Value));
            }
        }

        Assert.Equal(forward.Count, forward.Distinct().Count());

        (int code, string result, _) = await download;
        _output.WriteLine("download: " + result);
        Assert.Equal(0, code);
        Assert.Equal("200 4194304", result.Trim());
    }

    [Fact]
    public async Task PingAndUnservedPort_PingAnsweredOtherPortDroppedInTheSwitch()
    {
        await using BalancerProcess napt = await StartAsync("roundRobin");

        (int ping, string pingOut, _) = await _lab.Client("ping", "-c", "3", "-i", "0.2", "-W", "1", "10.10.10.1");
        _output.WriteLine(pingOut);
        Assert.Equal(0, ping);
        Assert.Contains("3 received", pingOut, StringComparison.Ordinal);

        (int curl, _, _) = await _lab.Client("curl", "-s", "-m", "1", "http://10.10.10.1:8080/");
        Assert.NotEqual(0, curl);
        (_, string flows, _) = await _lab.Lab("flows");
        Match drop = DropRegex().Match(flows);
        Assert.True(drop.Success, flows);
        Assert.True(int.Parse(drop.Groups[1].Value, CultureInfo.InvariantCulture) > 0, drop.Value);
    }

    private async Task<BalancerProcess> StartAsync(string policy, bool clearFlows = true)
    {
        _lab.Require();
        if (clearFlows)
        {
            await _lab.Lab("ofctl", "del-flows");
        }

        BalancerProcess napt = BalancerProcess.Start(_lab, "NaptBalance", BalancerTestConfig.Napt(policy));
        try
        {
            await napt.WaitReadyAsync();
        }
        catch
        {
            await napt.DisposeAsync();
            throw;
        }

        return napt;
    }

    [GeneratedRegex(@"n_packets=(\d+), .*priority=10,ip,nw_dst=10\.10\.10\.1 actions=drop")]
    private static partial Regex DropRegex();

    [GeneratedRegex(@"in_port=1,.*set_field:(\d+)->tcp_src,output:(\d+)")]
    private static partial Regex ForwardRegex();
}
