using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Diagnostics;

/// <summary>
/// The controller's instruments on the <see cref="System.Diagnostics.Metrics.Meter"/> named <see cref="MeterName"/>
/// (watch with <c>dotnet-counters monitor --counters OpenFlow.Controller</c>). Recording allocates nothing: the tags
/// are prebuilt per message type.
/// </summary>
public sealed class ControllerMetrics : IDisposable
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "OpenFlow.Controller";

    private static readonly KeyValuePair<string, object?>[] TypeTags = BuildTypeTags();
    private static readonly KeyValuePair<string, object?> ErrorFraming = new("kind", "framing");
    private static readonly KeyValuePair<string, object?> ErrorMalformed = new("kind", "malformed");
    private static readonly KeyValuePair<string, object?> ErrorApp = new("kind", "app");
    private static readonly KeyValuePair<string, object?> ErrorFromSwitch = new("kind", "switch_error");
    private static readonly KeyValuePair<string, object?> ErrorHandshake = new("kind", "handshake");
    private static readonly KeyValuePair<string, object?> ErrorLiveness = new("kind", "liveness");

    private readonly Counter<long> _messagesIn;
    private readonly Counter<long> _messagesOut;
    private readonly Counter<long> _packetIns;
    private readonly UpDownCounter<long> _connectedSwitches;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _handshakeDuration;
    private readonly Counter<long> _sendQueueDrops;

    /// <summary>Creates the meter and its instruments.</summary>
    public ControllerMetrics()
    {
        Meter = new Meter(MeterName, "0.1.0");
        _messagesIn = Meter.CreateCounter<long>("openflow.controller.messages.in", "{message}", "Messages received from switches, by type.");
        _messagesOut = Meter.CreateCounter<long>("openflow.controller.messages.out", "{message}", "Messages sent to switches, by type.");
        _packetIns = Meter.CreateCounter<long>("openflow.controller.packet_ins", "{message}", "PacketIn messages handed to apps.");
        _connectedSwitches = Meter.CreateUpDownCounter<long>("openflow.controller.connected_switches", "{switch}", "Switches that completed the handshake and are connected.");
        _errors = Meter.CreateCounter<long>("openflow.controller.errors", "{error}", "Errors by kind: framing, malformed, app, switch_error, handshake, liveness.");
        _handshakeDuration = Meter.CreateHistogram<double>("openflow.controller.handshake.duration", "s", "Time from accept to switch ready.");
        _sendQueueDrops = Meter.CreateCounter<long>("openflow.controller.send_queue.drops", "{switch}", "Switches dropped because they stopped reading (send queue stalled or over its limit).");
    }

    /// <summary>The meter.</summary>
    public Meter Meter { get; }

    /// <summary>Counts a received message.</summary>
    /// <param name="type">Its type.</param>
    public void MessageIn(OfpType type) => _messagesIn.Add(1, TypeTags[(byte)type]);

    /// <summary>Counts a sent message.</summary>
    /// <param name="type">Its type.</param>
    public void MessageOut(OfpType type) => _messagesOut.Add(1, TypeTags[(byte)type]);

    /// <summary>Counts a PacketIn handed to apps.</summary>
    public void PacketIn() => _packetIns.Add(1);

    /// <summary>A switch became ready (+1) or went away (-1).</summary>
    /// <param name="delta">+1 or -1.</param>
    public void Connected(int delta) => _connectedSwitches.Add(delta);

    /// <summary>Counts a framing fault.</summary>
    public void FramingError() => _errors.Add(1, ErrorFraming);

    /// <summary>Counts a malformed message answered with OFPT_ERROR.</summary>
    public void MalformedMessage() => _errors.Add(1, ErrorMalformed);

    /// <summary>Counts an exception thrown by an app.</summary>
    public void AppError() => _errors.Add(1, ErrorApp);

    /// <summary>Counts an OFPT_ERROR received from a switch.</summary>
    public void SwitchError() => _errors.Add(1, ErrorFromSwitch);

    /// <summary>Counts a failed handshake.</summary>
    public void HandshakeFailed() => _errors.Add(1, ErrorHandshake);

    /// <summary>Counts a switch dropped for silence.</summary>
    public void LivenessTimeout() => _errors.Add(1, ErrorLiveness);

    /// <summary>Records how long a handshake took.</summary>
    /// <param name="elapsed">From accept to ready.</param>
    public void HandshakeCompleted(TimeSpan elapsed) => _handshakeDuration.Record(elapsed.TotalSeconds);

    /// <summary>Counts a switch dropped because its send queue stalled or overflowed.</summary>
    public void SendQueueDrop() => _sendQueueDrops.Add(1);

    /// <summary>Disposes the meter.</summary>
    public void Dispose() => Meter.Dispose();

    private static KeyValuePair<string, object?>[] BuildTypeTags()
    {
        var tags = new KeyValuePair<string, object?>[256];
        for (int i = 0; i < tags.Length; i++)
        {
            string name = Enum.IsDefined(typeof(OfpType), (byte)i) ? ((OfpType)i).ToString() : "Unknown";
            tags[i] = new KeyValuePair<string, object?>("type", name);
        }

        return tags;
    }
}
