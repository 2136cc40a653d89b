using System;
using System.Diagnostics.Metrics;
using System.Threading;
using OpenFlow.Controller.Diagnostics;

namespace OpenFlow.Balancing.Diagnostics;

/// <summary>
/// Listens to the controller runtime's own <c>openflow.controller.packet_ins</c> counter (meter
/// <see cref="ControllerMetrics.MeterName"/>), so a balancer's status line reports the PacketIns the runtime received,
/// not only those its app chose to count.
/// </summary>
public sealed class ControllerPacketInCounter : IDisposable
{
    /// <summary>The instrument listened to.</summary>
    public const string InstrumentName = "openflow.controller.packet_ins";

    private readonly MeterListener _listener = new();
    private long _total;

    /// <summary>Starts listening to every controller runtime in the process.</summary>
    public ControllerPacketInCounter()
        : this(meter: null)
    {
    }

    /// <summary>Starts listening to one controller runtime (others in the same process, as in tests, are not counted).</summary>
    /// <param name="metrics">The runtime's metrics (<c>OpenFlowController.Metrics</c>).</param>
    public ControllerPacketInCounter(ControllerMetrics metrics)
        : this((metrics ?? throw new ArgumentNullException(nameof(metrics))).Meter)
    {
    }

    private ControllerPacketInCounter(Meter? meter)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ControllerMetrics.MeterName && instrument.Name == InstrumentName && (meter is null || instrument.Meter == meter))
            {
                listener.EnableMeasurementEvents(instrument, this);
            }
        };
        _listener.SetMeasurementEventCallback<long>(static (_, value, _, state) => Interlocked.Add(ref ((ControllerPacketInCounter)state!)._total, value));
        _listener.Start();
    }

    /// <summary>PacketIns the controller received since this counter started.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();
}
