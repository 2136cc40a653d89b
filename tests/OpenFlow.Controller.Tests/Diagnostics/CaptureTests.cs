using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OpenFlow.Controller.Tests.Apps;
using OpenFlow.Controller.Tests.Ovs;
using OpenFlow.Protocol.Primitives;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Controller.Tests.Diagnostics;

/// <summary>
/// The control-channel capture (<c>Controller:CapturePath</c>) as Wireshark reads it: tshark lists the session's
/// messages in order and reports nothing malformed. Skipped without tshark, failed instead under CI=true.
/// </summary>
public sealed class CaptureTests
{
    [Fact]
    public async Task Capture_ShortSession_TsharkListsEveryMessageInOrder()
    {
        string tshark = HostRequirements.RequireTshark();
        string pcap = Path.Combine(Path.GetTempPath(), "ofct-capture-" + Guid.NewGuid().ToString("n") + ".pcap");
        try
        {
            int port;
            var app = new ForwardingApp();
            var ready = new RecordingApp();
            await using (ControllerHarness harness = await ControllerHarness.StartAsync(o => o.CapturePath = pcap, app, ready))
            {
                port = harness.EndPoint.Port;
                await using (FakeSwitch fake = await harness.ConnectReadyAsync(5, ready))
                {
                    await fake.SendAsync(Hex.Parse("04 02 0008 00000077 # echo request"));
                    await fake.ExpectAsync(OfpType.EchoReply);
                    byte[] frame = PacketIns.EthernetFrame(new MacAddress(0x02_00_00_00_00_bb), new MacAddress(0x02_00_00_00_00_aa));
                    frame[12] = 0x88; // EtherType 0x88b5 (local experimental): Wireshark does not look for an IPv4 header in the zeros
                    frame[13] = 0xb5;
                    await fake.SendAsync(PacketIns.PacketIn(0x78, new PortNo(1), frame, BufferId.NoBuffer));
                    await fake.ExpectAsync(OfpType.FlowMod);
                    await fake.ExpectAsync(OfpType.PacketOut);
                }

                await ControllerHarness.WaitUntilAsync(() => harness.Controller.ConnectionCount == 0, "the connection to close");
            }

            string decode = "tcp.port==" + port.ToString(CultureInfo.InvariantCulture) + ",openflow";
            string types = Command.Check(tshark, new[] { "-r", pcap, "-n", "-d", decode, "-Y", "openflow_v4", "-T", "fields", "-e", "openflow_v4.type" }, timeoutMs: 30_000);
            var expected = new List<OfpType>
            {
                OfpType.Hello, OfpType.Hello,                       // controller first, then the switch
                OfpType.FeaturesRequest, OfpType.FeaturesReply,
                OfpType.MultipartRequest, OfpType.MultipartReply,   // port descriptions
                OfpType.SetConfig, OfpType.BarrierRequest, OfpType.BarrierReply,
                OfpType.EchoRequest, OfpType.EchoReply,
                OfpType.PacketIn, OfpType.FlowMod, OfpType.PacketOut,
            };
            Assert.Equal(
                expected.Select(t => ((byte)t).ToString(CultureInfo.InvariantCulture)).ToArray(),
                types.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

            string details = Command.Check(tshark, new[] { "-r", pcap, "-n", "-d", decode, "-V" }, timeoutMs: 30_000);
            string[] problems = details.Split('\n').Where(l => l.Contains("Malformed", StringComparison.Ordinal) || l.Contains("Expert Info (Error", StringComparison.Ordinal)).ToArray();
            Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems));
        }
        finally
        {
            File.Delete(pcap);
        }
    }
}
