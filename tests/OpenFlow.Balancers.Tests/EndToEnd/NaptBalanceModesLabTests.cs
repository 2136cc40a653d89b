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
/// NaptBalance's proactive and conntrack modes against the real Open vSwitch of the lab: new connections carried by the
/// switch alone (no PacketIn but ARP), who the servers see as the source, failover through the select group, and a
/// controller restart that leaves a live connection and the switch's state alone.
/// </summary>
[Collection(NaptBalanceLabDefinition.Name)]
public sealed class NaptBalanceModesLabTests
{
    private const string Vip = LabRequests.Vip;
    private const string Gateway = "10.10.11.1";
    private const string ClientAddress = "10.10.10.2";
    private readonly LabFixture _lab;
    private readonly ITestOutputHelper _output;

    public NaptBalanceModesLabTests(LabFixture lab, ITestOutputHelper output)
    {
        _lab = lab;
        _output = output;
    }

    [Theory]
    [InlineData("conntrack", Gateway)]
    [InlineData("proactive", ClientAddress)]
    public async Task NewConnections_1000AtConcurrency10_BothServersNoFailureAndNoPacketInButArp(string mode, string sourceTheServersSee)
    {
        _lab.Require("tshark", "ss");
        string pcap = Path.Combine(Path.GetTempPath(), $"napt-{mode}-{Guid.NewGuid():N}.pcap");
        long t0, t1, packetInsBefore, packetInsAfter;
        try
        {
            await using (BalancerProcess napt = await StartAsync(mode, "--Controller:CapturePath=" + pcap))
            {
                // Warm-up: ARP on both sides, the datapath's first flows (and in proactive mode the client's MAC).
                Assert.Equal(10, (await RequestsAsync(10)).Values.Sum());
                HashSet<string> before = await ServerTimeWaitAsync();

                t0 = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                packetInsBefore = await napt.NextPacketInsAsync(TimeSpan.FromSeconds(5));
                ApacheBench.AbRun ab = await ApacheBench.RunAsync(_lab, 1000, 10, timeLimitSeconds: 20);
                packetInsAfter = await napt.NextPacketInsAsync(TimeSpan.FromSeconds(5));
                t1 = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                ab.AssertAllSucceeded($"NaptBalance:\n{string.Join('\n', napt.Lines.TakeLast(12))}");
                _output.WriteLine($"{mode}: ab {ab.Rate} connections/s; controller PacketIns during the run: {packetInsAfter - packetInsBefore}");

                // Every new connection reached a server with the source address of the mode, and both servers got their share.
                var fresh = (await ServerTimeWaitAsync()).Except(before).ToList();
                int srv1 = fresh.Count(e => e.StartsWith("srv1 ", StringComparison.Ordinal));
                int srv2 = fresh.Count(e => e.StartsWith("srv2 ", StringComparison.Ordinal));
                var peers = fresh.Select(e => e.Split(' ')[2]).Select(p => p[..p.LastIndexOf(':')]).Distinct().ToList();
                _output.WriteLine($"new TIME-WAIT entries on the servers: srv1 {srv1}, srv2 {srv2}; peers {string.Join(", ", peers)}");
                Assert.Equal(new[] { sourceTheServersSee }, peers);
                Assert.True(srv1 + srv2 >= 900, $"only {srv1 + srv2} new connections seen by the servers");
                Assert.True(srv1 >= 300 && srv2 >= 300, $"srv1 {srv1}, srv2 {srv2}: an even select group should split about evenly");
            }

            // The capture is complete once the process has ended. Every PacketIn of the run must be ARP, and the
            // controller's own count can hold nothing else.
            Dictionary<PacketLayer, int> packetIns = ControlChannelPcap.PacketInsByLayer(pcap, t0, t1);
            int arp = packetIns.GetValueOrDefault(PacketLayer.Arp);
            int other = packetIns.Values.Sum() - arp;
            int byTshark = await ControlChannelPcap.TsharkPacketInCountAsync(pcap, t0, t1);
            _output.WriteLine($"PACKET_IN on the wire during the run: {arp} ARP, {other} other; tshark: {byTshark}");
            Assert.Equal(arp + other, byTshark);
            Assert.Equal(0, other);
            Assert.InRange(packetInsAfter - packetInsBefore, 0, arp);
        }
        finally
        {
            File.Delete(pcap);
        }
    }

    [Theory]
    [InlineData("conntrack")]
    [InlineData("proactive")]
    public async Task Failover_ServerStops_NoNewConnectionToItAfterDetectionAndNoFailure(string mode)
    {
        await using BalancerProcess napt = await StartAsync(mode);
        try
        {
            Dictionary<string, int> before = await RequestsAsync(12);
            _output.WriteLine("before: " + LabRequests.Show(before));
            Assert.True(before.GetValueOrDefault("srv2") > 0, "srv2 got none of 12 connections before it stopped");

            await _lab.Lab("web", "srv2", "stop");
            var stopped = Stopwatch.StartNew();

            // Detection: Fall probes of the interval, plus the timeout; the group loses srv2's bucket at once.
            TimeSpan detection = BalancerTestConfig.Detection;
            await napt.WaitForLineAsync(detection + TimeSpan.FromSeconds(2), "Server srv2 is DOWN");
            await napt.WaitForLineEndingAsync(TimeSpan.FromSeconds(2), "now: srv1 weight 100");
            _output.WriteLine($"srv2 down and out of the group after {stopped.ElapsedMilliseconds} ms (bound {detection.TotalMilliseconds} ms)");
            Assert.True(stopped.Elapsed <= detection + TimeSpan.FromSeconds(1));
            if (stopped.Elapsed < detection)
            {
                await Task.Delay(detection - stopped.Elapsed);
            }

            Dictionary<string, int> after = await RequestsAsync(30);
            _output.WriteLine("after: " + LabRequests.Show(after));
            Assert.Equal(30, after.GetValueOrDefault("srv1"));
        }
        finally
        {
            await _lab.Lab("web", "srv2", "fast");
        }

        // Back up: its bucket returns and new connections reach srv2 again.
        await napt.WaitForLineAsync(TimeSpan.FromSeconds(10), "Server srv2 is UP");
        await Eventually.UntilAsync(TimeSpan.FromSeconds(10), async () => (await RequestsAsync(8)).GetValueOrDefault("srv2") > 0);
    }

    [Fact]
    public async Task Conntrack_RestartWithALiveSlowDownload_DownloadSurvivesAndReconcileChangesNothing()
    {
        BalancerProcess first = await StartAsync("conntrack");
        Task<(int Code, string Out, string Err)> download;
        try
        {
            // Both servers and the client learn the switch's MAC addresses now: ARP is the controller's job, and it
            // is about to be away.
            Dictionary<string, int> warm = await RequestsAsync(12);
            Assert.True(warm.GetValueOrDefault("srv1") > 0 && warm.GetValueOrDefault("srv2") > 0, "both servers must have answered once");

            // 4 MiB at 512 KiB/s: about 8 s, across the restart.
            download = _lab.Client("curl", "-s", "-o", "/dev/null", "--limit-rate", "512k", "-m", "60", "-w", "%{http_code} %{size_download}", Vip + "big.bin");
            await Task.Delay(1000);
            await first.KillAsync();
        }
        finally
        {
            await first.DisposeAsync();
        }

        // Without a controller the switch keeps balancing: nothing of a new connection needs it (while the hosts' ARP
        // caches hold the switch's addresses).
        Assert.Equal(6, (await RequestsAsync(6)).Values.Sum());

        await using BalancerProcess second = await StartAsync("conntrack", clearSwitch: false);
        string reconciled = await second.WaitForLineAsync(TimeSpan.FromSeconds(5), "Reconciled switch");
        _output.WriteLine(reconciled);
        Assert.Matches(@"flows kept [1-9]\d*, added 0, modified 0, deleted 0; groups kept 1, added 0, modified 0, deleted 0", reconciled);

        Assert.Equal(10, (await RequestsAsync(10)).Values.Sum());
        (int code, string result, _) = await download;
        _output.WriteLine("download: " + result);
        Assert.Equal(0, code);
        Assert.Equal("200 4194304", result.Trim());
    }

    /// <summary>
    /// Starts NaptBalance in a mode. In conntrack mode each test has its own SNAT port range: Open vSwitch picks SNAT
    /// ports by hash and forgets a connection 30 s after it closed, while a server keeps it in TIME-WAIT for 60 s, so
    /// a port another test (or the reactive tests, from 20000 up) used a moment ago can meet a server that still holds
    /// it and ignores the new SYN (see the README: conntrack mode and TIME-WAIT).
    /// </summary>
    private async Task<BalancerProcess> StartAsync(string mode, string? extraArg = null, bool clearSwitch = true, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        _lab.Require();
        if (clearSwitch)
        {
            // Nothing of an earlier test: flows, groups, and the connection tracker's entries.
            await _lab.Lab("ofctl", "del-flows");
            await _lab.Lab("ofctl", "del-groups");
            await _lab.AppCtl("dpctl/flush-conntrack");
        }

        System.Text.Json.Nodes.JsonObject config = BalancerTestConfig.Napt("roundRobin", mode);
        (int first, int last) = test switch
        {
            nameof(NewConnections_1000AtConcurrency10_BothServersNoFailureAndNoPacketInButArp) => (30000, 44999),
            nameof(Failover_ServerStops_NoNewConnectionToItAfterDetectionAndNoFailure) => (45000, 49999),
            _ => (50000, 59999),
        };
        config["Balancer"]!["Napt"]!["PortRangeStart"] = first;
        config["Balancer"]!["Napt"]!["PortRangeEnd"] = last;
        BalancerProcess napt = extraArg is null
            ? BalancerProcess.Start(_lab, "NaptBalance", config)
            : BalancerProcess.Start(_lab, "NaptBalance", config, extraArg);
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

    /// <summary>Sequential requests from the client; any curl error fails the test (every connection must work in these modes).</summary>
    private Task<Dictionary<string, int>> RequestsAsync(int count) => _lab.RequestsAsync(count, failOnCurlErrors: true);

    /// <summary>The servers' TCP connections in TIME-WAIT on the data network (port 80): "server local peer" each.</summary>
    private async Task<HashSet<string>> ServerTimeWaitAsync()
    {
        var entries = new HashSet<string>(StringComparer.Ordinal);
        foreach (string server in new[] { "srv1", "srv2" })
        {
            (int code, string output, string error) = await _lab.Server(server, "ss", "-Htan", "state", "time-wait");
            Assert.True(code == 0, $"ss in {server}: {error}");
            foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length >= 4 && columns[2].StartsWith("10.10.11.", StringComparison.Ordinal) && columns[2].EndsWith(":80", StringComparison.Ordinal))
                {
                    entries.Add(server + " " + columns[2] + " " + columns[3]);
                }
            }
        }

        return entries;
    }
}
