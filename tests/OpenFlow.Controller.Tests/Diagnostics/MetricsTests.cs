using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Threading.Tasks;
using OpenFlow.Controller.Diagnostics;
using OpenFlow.Controller.Tests.Apps;
using OpenFlow.Protocol.Primitives;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Controller.Tests.Diagnostics;

/// <summary>The controller's instruments, as a <see cref="MeterListener"/> (what dotnet-counters uses) sees them.</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_SwitchConnectsSendsPacketInsAndLeaves_InstrumentsFollow()
    {
        var app = new ForwardingApp();
        var ready = new RecordingApp();
        await using ControllerHarness harness = await ControllerHarness.StartAsync(null, app, ready);
        using var recorder = new Recorder(harness.Controller.Metrics.Meter);

        await using (FakeSwitch fake = await harness.ConnectReadyAsync(6, ready))
        {
            Assert.Equal(1, recorder.Sum("openflow.controller.connected_switches"));
            Assert.Equal(1, recorder.Count("openflow.controller.handshake.duration"));
            Assert.Equal(1, recorder.Sum("openflow.controller.messages.in", "Hello"));
            Assert.Equal(1, recorder.Sum("openflow.controller.messages.out", "FeaturesRequest"));

            byte[] frame = PacketIns.EthernetFrame(new MacAddress(0x02_00_00_00_00_bb), new MacAddress(0x02_00_00_00_00_aa));
            for (int i = 0; i < 3; i++)
            {
                await fake.SendAsync(PacketIns.PacketIn((uint)(100 + i), new PortNo(1), frame, BufferId.NoBuffer));
                await fake.ExpectAsync(OfpType.FlowMod);
                await fake.ExpectAsync(OfpType.PacketOut);
            }

            Assert.Equal(3, recorder.Sum("openflow.controller.packet_ins"));
            Assert.Equal(3, recorder.Sum("openflow.controller.messages.in", "PacketIn"));
            Assert.Equal(3, recorder.Sum("openflow.controller.messages.out", "FlowMod"));
            Assert.Equal(3, recorder.Sum("openflow.controller.messages.out", "PacketOut"));

            await fake.SendAsync(Hex.Parse("04 ff 0008 00000009 # unknown type"));
            await fake.ExpectAsync(OfpType.Error);
        }

        await ControllerHarness.WaitUntilAsync(() => recorder.Sum("openflow.controller.connected_switches") == 0, "connected_switches back to 0");
        Assert.Equal(3, recorder.Sum("openflow.controller.packet_ins"));
    }

    /// <summary>Sums what one meter's instruments record (by instrument, and by instrument and "type" tag).</summary>
    private sealed class Recorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, double> _sums = new();
        private readonly ConcurrentDictionary<string, int> _counts = new();

        public Recorder(Meter meter)
        {
            Assert.Equal(ControllerMetrics.MeterName, meter.Name);
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, meter))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.Start();
        }

        public double Sum(string instrument, string? type = null) => _sums.GetValueOrDefault(type is null ? instrument : instrument + "/" + type);

        public int Count(string instrument) => _counts.GetValueOrDefault(instrument);

        public void Dispose() => _listener.Dispose();

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            _sums.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
            _counts.AddOrUpdate(instrument.Name, 1, (_, count) => count + 1);
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                if (tag.Key == "type")
                {
                    _sums.AddOrUpdate(instrument.Name + "/" + tag.Value, value, (_, sum) => sum + value);
                }
            }
        }
    }
}
