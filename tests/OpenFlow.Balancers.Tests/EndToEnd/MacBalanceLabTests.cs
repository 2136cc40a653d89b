using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using OpenFlow.Protocol.Packets;
using Xunit;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>
/// MacBalance against a real Open vSwitch (userspace datapath) in the MAC lab: both servers hold the VIP 10.10.10.1,
/// the client reaches it on-link, and each server's nginx answers with its name. The tests run one after the other on
/// one lab; each starts its own MacBalance process on a switch whose flows and groups were cleared.
/// </summary>
public sealed partial class MacBalanceLabTests : IClassFixture<MacLabFixture>
{
    private const string Vip = "http://10.10.10.1/";

    // Probe interval 300 ms, fall 2, timeout 250 ms (MacBalanceProcess.TestConfig), plus a second for the switch.
    private static readonly TimeSpan Detection = TimeSpan.FromMilliseconds((300 * 2) + 250) + TimeSpan.FromSeconds(1);

    private readonly MacLabFixture _lab;
    private readonly ITestOutputHelper _output;

    public MacBalanceLabTests(MacLabFixture lab, ITestOutputHelper output)
    {
        _lab = lab;
        _output = output;
    }

    [Fact]
    public async Task RoundRobin_100SequentialRequests_SplitEvenlyWithinOne()
    {
        await using MacBalanceProcess mac = await StartAsync("reactive", "roundRobin");

        Dictionary<string, int> answers = await RequestsAsync(100);

        _output.WriteLine(Show(answers));
        Assert.Equal(100, answers.GetValueOrDefault("srv1") + answers.GetValueOrDefault("srv2"));
        Assert.InRange(answers.GetValueOrDefault("srv1"), 49, 51);
    }

    [Fact]
    public async Task ResTime_OneServerSlow_MostNewConnectionsGoToTheFastOne()
    {
        await _lab.Lab("web", "srv2", "slow", "150");
        try
        {
            await using MacBalanceProcess mac = await StartAsync("reactive", "resTime");
            await mac.WaitForStatusAsync(TimeSpan.FromSeconds(15), line => Rt(line) > 100, "srv2");

            Dictionary<string, int> answers = await RequestsAsync(40);

            _output.WriteLine(Show(answers));
            Assert.True(answers.GetValueOrDefault("srv1") >= 36, $"srv1 answered {answers.GetValueOrDefault("srv1")} of 40");
        }
        finally
        {
            await _lab.Lab("web", "srv2", "fast");
        }
    }

    [Theory]
    [InlineData("reactive")]
    [InlineData("proactive")]
    public async Task Failover_ServerStopsMidRun_NoNewConnectionAfterDetectionAndNoFailure(string mode)
    {
        await using MacBalanceProcess mac = await StartAsync(mode, "roundRobin");
        try
        {
            Dictionary<string, int> before = await RequestsAsync(10);
            _output.WriteLine("before: " + Show(before));
            Assert.True(before.GetValueOrDefault("srv2") > 0, Show(before));

            // The clock starts before the stop: the prober may notice while lab.sh is still waiting for nginx to exit.
            var stopped = Stopwatch.StartNew();
            await _lab.Lab("web", "srv2", "stop");
            await mac.WaitForLineAsync(Detection + TimeSpan.FromSeconds(2), "Server srv2 is DOWN");
            _output.WriteLine($"srv2 down noticed after {stopped.ElapsedMilliseconds} ms (bound {Detection.TotalMilliseconds} ms)");
            Assert.True(stopped.Elapsed <= Detection + TimeSpan.FromSeconds(1));
            if (stopped.Elapsed < Detection)
            {
                await Task.Delay(Detection - stopped.Elapsed);
            }

            Dictionary<string, int> after = await RequestsAsync(30);
            _output.WriteLine("after: " + Show(after));
            Assert.Equal(30, after.GetValueOrDefault("srv1"));
        }
        finally
        {
            await _lab.Lab("web", "srv2", "fast");
        }

        // Back up: new connections reach srv2 again (in proactive mode its bucket comes back).
        await mac.WaitForLineAsync(TimeSpan.FromSeconds(10), "Server srv2 is UP", "UP (probe");
        await WaitUntilAsync(TimeSpan.FromSeconds(10), async () => (await RequestsAsync(4)).GetValueOrDefault("srv2") > 0);
    }

    [Fact]
    public async Task Proactive_1000NewConnections_BothServersNoFailureAndNoPacketInButArp()
    {
        string capture = Path.Combine(Path.GetTempPath(), $"mac-capture-{Guid.NewGuid():N}.pcap");
        try
        {
            MacBalanceProcess mac = await StartAsync("proactive", "roundRobin", "--Controller:CapturePath=" + capture);
            PacketInCounts before, after;
            long srv1, srv2;
            string output, why;
            int code;
            try
            {
                // The client's ARP for the VIP teaches the balancer its MAC (the only PacketIn proactive mode needs).
                Assert.Equal(4, (await RequestsAsync(4)).Values.Sum());
                before = await mac.NextPacketInCountsAsync();
                long srv1Before = await _lab.PassiveOpensAsync("srv1"), srv2Before = await _lab.PassiveOpensAsync("srv2");

                // -t before -n: ab then stops at 1000 requests or 30 s, whichever comes first.
                string error;
                (code, output, error) = await _lab.Exec("client", "timeout", "60", "ab", "-q", "-t", "30", "-n", "1000", "-c", "10", "-s", "10", Vip);

                srv1 = await _lab.PassiveOpensAsync("srv1") - srv1Before;
                srv2 = await _lab.PassiveOpensAsync("srv2") - srv2Before;
                after = await mac.NextPacketInCountsAsync();
                why = $"ab exit {code}: {output}{error}\nMacBalance:\n{string.Join('\n', mac.Lines.TakeLast(12))}";
            }
            finally
            {
                await mac.DisposeAsync(); // the capture file is complete once the process stopped
            }

            _output.WriteLine(output);
            _output.WriteLine($"accepted: srv1 {srv1}, srv2 {srv2} (health probes included); PacketIns before {before}, after {after}");
            Assert.True(code == 0, why);
            Assert.True(output.Contains("Complete requests:      1000", StringComparison.Ordinal), why);
            Assert.True(FailedRegex().IsMatch(output), why);
            Assert.True(srv1 >= 200 && srv2 >= 200, $"srv1 accepted {srv1}, srv2 {srv2}");

            // The controller's own count moved only by ARP, and the app saw no TCP at all.
            Assert.Equal(0, after.Tcp);
            Assert.Equal(before.Other, after.Other);
            Assert.Equal(after.Arp - before.Arp, after.Total - before.Total);

            // On the wire: every PacketIn the switch sent this process carried ARP.
            Dictionary<PacketLayer, int> packetIns = MacBalancePcap.PacketInsByLayer(capture);
            _output.WriteLine("PacketIns on the wire: " + string.Join(", ", packetIns.Select(kv => kv.Key + "=" + kv.Value)));
            Assert.True(packetIns.GetValueOrDefault(PacketLayer.Arp) >= 1);
            Assert.Equal(packetIns.GetValueOrDefault(PacketLayer.Arp), packetIns.Values.Sum());
            if (Sh.OnPath("tshark"))
            {
                (_, string types, _) = await Sh.RunAsync("tshark", new[] { "-r", capture, "-Y", "openflow_v4.type == 10", "-T", "fields", "-e", "openflow_v4.type" });
                int byTshark = types.Split(new[] { '\n', ',' }, StringSplitOptions.RemoveEmptyEntries).Count(t => t.Trim() == "10");
                _output.WriteLine($"tshark: {byTshark} PACKET_IN messages");
                Assert.Equal(packetIns.Values.Sum(), byTshark);
            }
        }
        finally
        {
            File.Delete(capture);
        }
    }

    [Fact]
    public async Task Restart_ProactiveAgainstASwitchHoldingItsState_ReconcileChangesNothing()
    {
        MacBalanceProcess first = await StartAsync("proactive", "roundRobin");
        try
        {
            Assert.Equal(4, (await RequestsAsync(4)).Values.Sum()); // the client is learned: a return flow
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using MacBalanceProcess second = await StartAsync("proactive", "roundRobin", reset: false);
        string reconciled = await second.WaitForLineAsync(TimeSpan.FromSeconds(5), "Reconciled switch");
        string serving = await second.WaitForLineAsync(TimeSpan.FromSeconds(5), "Serving switch");
        _output.WriteLine(reconciled);
        _output.WriteLine(serving);
        Assert.Contains("added 0, modified 0, deleted 0; groups kept 1, added 0, modified 0, deleted 0", reconciled, StringComparison.Ordinal);
        Assert.Contains("1 clients rebuilt", serving, StringComparison.Ordinal);

        Dictionary<string, int> answers = await RequestsAsync(20);
        _output.WriteLine(Show(answers));
        Assert.Equal(20, answers.Values.Sum());
    }

    private async Task<MacBalanceProcess> StartAsync(string mode, string policy, string? extraArg = null, bool reset = true)
    {
        _lab.Require();
        if (reset)
        {
            await _lab.ResetAsync();
        }

        MacBalanceProcess mac = MacBalanceProcess.Start(_lab, MacBalanceProcess.TestConfig(mode, policy), extraArg is null ? Array.Empty<string>() : new[] { extraArg });
        try
        {
            await mac.WaitReadyAsync();
        }
        catch
        {
            await mac.DisposeAsync();
            throw;
        }

        return mac;
    }

    private Task<MacBalanceProcess> StartAsync(string mode, string policy, bool reset) => StartAsync(mode, policy, null, reset);

    /// <summary>Sends sequential requests from the client (one curl, a new connection each) and counts who answered.</summary>
    private async Task<Dictionary<string, int>> RequestsAsync(int count)
    {
        var args = new List<string> { "curl", "-s", "-m", "5", "-H", "Connection: close" };
        for (int i = 0; i < count; i++)
        {
            args.Add(Vip + "?n=" + i.ToString(CultureInfo.InvariantCulture));
        }

        (int code, string output, string error) = await _lab.Exec("client", args.ToArray());
        Assert.True(code == 0, $"curl failed ({code}): {error}; answers so far: {output}");
        var answers = new Dictionary<string, int>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            answers[line] = answers.GetValueOrDefault(line) + 1;
        }

        return answers;
    }

    private static async Task WaitUntilAsync(TimeSpan timeout, Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail("Condition not met within " + timeout);
            }

            await Task.Delay(200);
        }
    }

    private static string Show(Dictionary<string, int> answers) => string.Join(", ", answers.Select(kv => kv.Key + "=" + kv.Value));

    private static double Rt(string statusLine)
    {
        Match m = RtRegex().Match(statusLine);
        return m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"rt=([0-9.]+)ms")]
    private static partial Regex RtRegex();

    [GeneratedRegex(@"Failed requests:\s+0\b")]
    private static partial Regex FailedRegex();
}
