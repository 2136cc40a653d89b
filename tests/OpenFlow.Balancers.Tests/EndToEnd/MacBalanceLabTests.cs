using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OpenFlow.Protocol.Packets;
using Xunit;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>
/// MacBalance against a real Open vSwitch (userspace datapath) in the MAC lab: both servers hold the VIP 10.10.10.1,
/// the client reaches it on-link, and each server's nginx answers with its name. The tests run one after the other on
/// one lab; each starts its own MacBalance process on a switch whose flows and groups were cleared.
/// </summary>
public sealed class MacBalanceLabTests : IClassFixture<MacLabFixture>
{
    private static readonly TimeSpan Detection = BalancerTestConfig.Detection;

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
        await using BalancerProcess mac = await StartAsync("reactive", "roundRobin");

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
            await using BalancerProcess mac = await StartAsync("reactive", "resTime");
            await mac.WaitForStatusAsync(TimeSpan.FromSeconds(15), line => BalancerProcess.ResponseTimeMs(line) > 100, "srv2");

            Dictionary<string, int> answers = await _lab.RequestsAsync(40);

            _output.WriteLine(LabRequests.Show(answers));
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
        await using BalancerProcess mac = await StartAsync(mode, "roundRobin");
        try
        {
            Dictionary<string, int> before = await _lab.RequestsAsync(10);
            _output.WriteLine("before: " + LabRequests.Show(before));
            Assert.True(before.GetValueOrDefault("srv2") > 0, LabRequests.Show(before));

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

            Dictionary<string, int> after = await _lab.RequestsAsync(30);
            _output.WriteLine("after: " + LabRequests.Show(after));
            Assert.Equal(30, after.GetValueOrDefault("srv1"));
        }
        finally
        {
            await _lab.Lab("web", "srv2", "fast");
        }

        // Back up: new connections reach srv2 again (in proactive mode its bucket comes back).
        await mac.WaitForLineAsync(TimeSpan.FromSeconds(10), "Server srv2 is UP", "UP (probe");
        await Eventually.UntilAsync(TimeSpan.FromSeconds(10), async () => (await _lab.RequestsAsync(4)).GetValueOrDefault("srv2") > 0);
    }

    [Fact]
    public async Task Proactive_1000NewConnections_BothServersNoFailureAndNoPacketInButArp()
    {
        string capture = Path.Combine(Path.GetTempPath(), $"mac-capture-{Guid.NewGuid():N}.pcap");
        try
        {
            BalancerProcess mac = await StartAsync("proactive", "roundRobin", "--Controller:CapturePath=" + capture);
            PacketInCounts before, after;
            long srv1, srv2;
            ApacheBench.AbRun ab;
            string why;
            try
            {
                // The client's ARP for the VIP teaches the balancer its MAC (the only PacketIn proactive mode needs).
                Assert.Equal(4, (await _lab.RequestsAsync(4)).Values.Sum());
                before = await mac.NextPacketInCountsAsync();
                long srv1Before = await _lab.PassiveOpensAsync("srv1"), srv2Before = await _lab.PassiveOpensAsync("srv2");

                // ab stops at 1000 requests or 30 s, whichever comes first.
                ab = await ApacheBench.RunAsync(_lab, 1000, 10, timeLimitSeconds: 30);

                srv1 = await _lab.PassiveOpensAsync("srv1") - srv1Before;
                srv2 = await _lab.PassiveOpensAsync("srv2") - srv2Before;
                after = await mac.NextPacketInCountsAsync();
                why = $"MacBalance:\n{string.Join('\n', mac.Lines.TakeLast(12))}";
            }
            finally
            {
                await mac.DisposeAsync(); // the capture file is complete once the process stopped
            }

            _output.WriteLine(ab.Output);
            _output.WriteLine($"accepted: srv1 {srv1}, srv2 {srv2} (health probes included); PacketIns before {before}, after {after}");
            ab.AssertAllSucceeded(why);
            Assert.True(srv1 >= 200 && srv2 >= 200, $"srv1 accepted {srv1}, srv2 {srv2}");

            // The controller's own count moved only by ARP, and the app saw no TCP at all.
            Assert.Equal(0, after.Tcp);
            Assert.Equal(before.Other, after.Other);
            Assert.Equal(after.Arp - before.Arp, after.Total - before.Total);

            // On the wire: every PacketIn the switch sent this process carried ARP.
            Dictionary<PacketLayer, int> packetIns = ControlChannelPcap.PacketInsByLayer(capture);
            _output.WriteLine("PacketIns on the wire: " + string.Join(", ", packetIns.Select(kv => kv.Key + "=" + kv.Value)));
            Assert.True(packetIns.GetValueOrDefault(PacketLayer.Arp) >= 1);
            Assert.Equal(packetIns.GetValueOrDefault(PacketLayer.Arp), packetIns.Values.Sum());
            if (Sh.OnPath("tshark"))
            {
                int byTshark = await ControlChannelPcap.TsharkPacketInCountAsync(capture);
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
        BalancerProcess first = await StartAsync("proactive", "roundRobin");
        try
        {
            Assert.Equal(4, (await _lab.RequestsAsync(4)).Values.Sum()); // the client is learned: a return flow
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using BalancerProcess second = await StartAsync("proactive", "roundRobin", reset: false);
        string reconciled = await second.WaitForLineAsync(TimeSpan.FromSeconds(5), "Reconciled switch");
        string serving = await second.WaitForLineAsync(TimeSpan.FromSeconds(5), "Serving switch");
        _output.WriteLine(reconciled);
        _output.WriteLine(serving);
        Assert.Contains("added 0, modified 0, deleted 0; groups kept 1, added 0, modified 0, deleted 0", reconciled, StringComparison.Ordinal);
        Assert.Contains("1 clients rebuilt", serving, StringComparison.Ordinal);

        Dictionary<string, int> answers = await _lab.RequestsAsync(20);
        _output.WriteLine(LabRequests.Show(answers));
        Assert.Equal(20, answers.Values.Sum());
    }

    private async Task<BalancerProcess> StartAsync(string mode, string policy, string? extraArg = null, bool reset = true)
    {
        _lab.Require();
        if (reset)
        {
            await _lab.ResetAsync();
        }

        BalancerProcess mac = BalancerProcess.Start(_lab, "MacBalance", BalancerTestConfig.Mac(mode, policy), extraArg is null ? Array.Empty<string>() : new[] { extraArg });
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

    private Task<BalancerProcess> StartAsync(string mode, string policy, bool reset) => StartAsync(mode, policy, null, reset);
}
