using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging.Abstractions;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Connection;
using OpenFlow.Controller.Hosting;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Samples.LearningSwitch;
using Xunit;

namespace OpenFlow.Controller.Tests.Ovs;

/// <summary>
/// A real Open vSwitch (userspace datapath, in network namespaces each test creates) connects to the controller over
/// TCP and over TLS. Skipped when Open vSwitch is missing, failed instead under CI=true.
/// </summary>
public sealed class OvsSwitchTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Tcp_SwitchConnects_AppFlowInstalledAndPacketInHeadersRead()
    {
        using OvsLab lab = OvsLab.Start();
        var app = new ProbeApp();
        await using ControllerHarness harness = StartController(lab, null, app);
        lab.SetController("tcp:127.0.0.1:" + harness.EndPoint.Port);
        await AssertHandshakeFlowAndPacketInsAsync(lab, harness, app);
    }

    [Fact]
    public async Task Tls_SwitchConnectsWithItsCertificate_AppFlowInstalledAndPacketInHeadersRead()
    {
        using OvsLab lab = OvsLab.Start();
        using TestPki pki = TestPki.Create(lab.RunDirectory);
        var app = new ProbeApp();
        await using ControllerHarness harness = StartController(lab, o =>
        {
            o.Tls.Certificate = pki.Controller;
            o.Tls.RequireClientCertificate = true;
            o.Tls.TrustedCertificates = [pki.Ca];
        }, app);
        Assert.True(harness.Controller.UsesTls);
        lab.SetSsl(pki.SwitchKeyPath, pki.SwitchCertificatePath, pki.CaPath);
        lab.SetController("ssl:127.0.0.1:" + harness.EndPoint.Port);
        await AssertHandshakeFlowAndPacketInsAsync(lab, harness, app);
    }

    [Fact]
    public async Task LearningSwitch_PingBetweenHosts_SucceedsAndLearnedFlowsInstalled()
    {
        using OvsLab lab = OvsLab.Start();
        var learning = new LearningSwitchApp(NullLogger<LearningSwitchApp>.Instance);
        var ready = new RecordingApp();
        await using ControllerHarness harness = StartController(lab, null, learning, ready);
        lab.SetController("tcp:127.0.0.1:" + harness.EndPoint.Port);
        ISwitchConnection connection = await WaitReadyAsync(ready.FirstReady.Task, lab, harness);
        await connection.BarrierAsync().AsTask().WaitAsync(Wait, TestContext.Current.CancellationToken);

        CommandResult ping = lab.Ping(1, 2, waitSeconds: 3);
        Assert.True(ping.Succeeded, ping + Environment.NewLine + harness.Log.All);
        Assert.Equal(1u, learning.TableOf(lab.DatapathId)[OvsLab.HostMac(1)].Value);
        Assert.Equal(2u, learning.TableOf(lab.DatapathId)[OvsLab.HostMac(2)].Value);

        string h1 = "dl_src=" + OvsLab.HostMac(1) + ",dl_dst=" + OvsLab.HostMac(2);
        string h2 = "dl_src=" + OvsLab.HostMac(2) + ",dl_dst=" + OvsLab.HostMac(1);
        string[] flows = [];
        await WaitForAsync(
            () =>
            {
                flows = lab.DumpFlows();
                return flows.Any(f => f.Contains("in_port=1," + h1, StringComparison.Ordinal) && f.Contains("actions=output:2", StringComparison.Ordinal))
                    && flows.Any(f => f.Contains("in_port=2," + h2, StringComparison.Ordinal) && f.Contains("actions=output:1", StringComparison.Ordinal));
            },
            () => "learned flows in dump-flows; found:" + Environment.NewLine + string.Join(Environment.NewLine, flows));
        Assert.Contains(flows, f => f.Contains("idle_timeout=" + LearningSwitchApp.FlowIdleTimeout, StringComparison.Ordinal) && f.Contains(h1, StringComparison.Ordinal));
        Assert.Contains(flows, f => f.Contains("priority=0", StringComparison.Ordinal) && f.Contains("actions=CONTROLLER:65535", StringComparison.Ordinal));

        // Now the datapath forwards by itself.
        Assert.True(lab.Ping(2, 1).Succeeded);
    }

    /// <summary>Starts the controller with its listener inside the lab's switch namespace (the switch dials 127.0.0.1 there).</summary>
    private static ControllerHarness StartController(OvsLab lab, Action<OpenFlowControllerOptions>? configure, params IOpenFlowApp[] apps) =>
        lab.InSwitchNamespace(() =>
        {
            Task<ControllerHarness> started = ControllerHarness.StartAsync(configure, apps);
            if (!started.IsCompleted)
            {
                throw new InvalidOperationException("The controller is expected to bind synchronously, on the namespace's thread.");
            }

            return started.Result;
        });

    private static async Task<ISwitchConnection> WaitReadyAsync(Task<ISwitchConnection> ready, OvsLab lab, ControllerHarness harness)
    {
        try
        {
            return await ready.WaitAsync(Wait, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            Assert.Fail("The switch did not become ready. Controller log:" + Environment.NewLine + harness.Log.All + Environment.NewLine + "vswitchd log:" + Environment.NewLine + lab.SwitchLog());
            throw;
        }
    }

    private static async Task AssertHandshakeFlowAndPacketInsAsync(OvsLab lab, ControllerHarness harness, ProbeApp app)
    {
        ISwitchConnection connection = await WaitReadyAsync(app.Ready.Task, lab, harness);
        Assert.Equal(lab.DatapathId, connection.DatapathId);
        Assert.Contains(connection.Ports, p => p.PortNo.Value == 1);
        Assert.Contains(connection.Ports, p => p.PortNo.Value == 2);

        // The app's table-miss flow, as Open vSwitch reports it.
        await connection.BarrierAsync().AsTask().WaitAsync(Wait, TestContext.Current.CancellationToken);
        string[] flows = lab.DumpFlows();
        Assert.Contains(flows, f => f.Contains("cookie=0x" + ProbeApp.TableMissCookie.Value.ToString("x", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            && f.Contains("priority=0", StringComparison.Ordinal) && f.Contains("actions=CONTROLLER:65535", StringComparison.Ordinal));

        // h1 asks for h2's address: the ARP request comes up as a PacketIn.
        Task<CommandResult> arpPing = Task.Run(() => lab.Ping(1, 2), TestContext.Current.CancellationToken);
        SeenPacket arp = await NextPacketAsync(app, p => p.EtherType == EtherType.Arp && p.ArpSender == OvsLab.HostIp(1), harness);
        Assert.Equal(1u, arp.InPort.Value);
        Assert.Equal(OfpPacketInReason.NoMatch, arp.Reason);
        Assert.Equal(OvsLab.HostMac(1), arp.EthSource);
        Assert.Equal(MacAddress.Broadcast, arp.EthDestination);
        Assert.Equal(ArpOperation.Request, arp.ArpOperation);
        Assert.Equal(OvsLab.HostIp(2), arp.ArpTarget);
        await arpPing;

        // With h2's MAC known to h2's neighbour table, h2 pings h1: an IPv4/ICMP PacketIn on port 2.
        lab.InHost(2, "ip", "neigh", "replace", OvsLab.HostIp(1).ToString(), "lladdr", OvsLab.HostMac(1).ToString(), "dev", "eth0", "nud", "permanent");
        Task<CommandResult> icmpPing = Task.Run(() => lab.Ping(2, 1), TestContext.Current.CancellationToken);
        SeenPacket icmp = await NextPacketAsync(app, p => p.EtherType == EtherType.Ipv4 && p.IpSource == OvsLab.HostIp(2), harness);
        Assert.Equal(2u, icmp.InPort.Value);
        Assert.Equal(OvsLab.HostMac(2), icmp.EthSource);
        Assert.Equal(OvsLab.HostMac(1), icmp.EthDestination);
        Assert.Equal(OvsLab.HostIp(1), icmp.IpDestination);
        Assert.Equal(IpProtocol.Icmp, icmp.IpProtocol);
        await icmpPing;
    }

    private static async Task<SeenPacket> NextPacketAsync(ProbeApp app, Func<SeenPacket, bool> match, ControllerHarness harness)
    {
        SeenPacket found = default;
        await WaitForAsync(
            () =>
            {
                foreach (SeenPacket packet in app.Packets)
                {
                    if (match(packet))
                    {
                        found = packet;
                        return true;
                    }
                }

                return false;
            },
            () => "the PacketIn; seen: " + string.Join("; ", app.Packets) + Environment.NewLine + "Controller log:" + Environment.NewLine + harness.Log.All);
        return found;
    }

    /// <summary>Polls <paramref name="condition"/> for at most <see cref="Wait"/>; on timeout fails with what <paramref name="describe"/> says then.</summary>
    private static async Task WaitForAsync(Func<bool> condition, Func<string> describe)
    {
        long deadline = Environment.TickCount64 + (long)Wait.TotalMilliseconds;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                Assert.Fail("Timed out waiting for " + describe());
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
