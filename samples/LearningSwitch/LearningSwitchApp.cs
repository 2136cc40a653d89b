using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Samples.LearningSwitch;

/// <summary>
/// The classic L2 learning switch: a table-miss flow sends unknown traffic to the controller; each PacketIn teaches
/// "source MAC is behind in_port" for that switch; a known destination gets a flow (idle timeout) and the packet is
/// sent on; an unknown or broadcast destination is flooded. No allocation per PacketIn once the MACs are learned.
/// </summary>
public sealed partial class LearningSwitchApp : OpenFlowApp
{
    /// <summary>Idle timeout of the flows installed for learned destinations, in seconds.</summary>
    public const ushort FlowIdleTimeout = 30;

    /// <summary>Priority of the learned flows (the table-miss flow has priority 0).</summary>
    public const ushort FlowPriority = 1;

    private readonly ConcurrentDictionary<DatapathId, ConcurrentDictionary<MacAddress, PortNo>> _tables = new();
    private readonly ILogger<LearningSwitchApp> _logger;

    /// <summary>Creates the app.</summary>
    public LearningSwitchApp(ILogger<LearningSwitchApp> logger) => _logger = logger;

    /// <summary>What was learned on a switch (MAC to port).</summary>
    public IReadOnlyDictionary<MacAddress, PortNo> TableOf(DatapathId datapathId) =>
        _tables.TryGetValue(datapathId, out var table) ? table : new Dictionary<MacAddress, PortNo>();

    /// <inheritdoc />
    public override void OnSwitchReady(ISwitchConnection connection)
    {
        _tables[connection.DatapathId] = new ConcurrentDictionary<MacAddress, PortNo>();
        ValueTask sent = connection.Send(connection.NextXid(), static (ref OpenFlowWriter w, in Xid xid) =>
        {
            // Table-miss: priority 0, match everything, send the whole packet to the controller.
            w.WriteFlowMod(xid, new FlowModSpec { Priority = 0 }, [], [ActionSpec.Output(PortNo.Controller, 0xffff)]);
        });
        if (!sent.IsCompletedSuccessfully)
        {
            // Only when the connection closed or the queue is full; the outcome is logged by the connection.
            _ = sent.AsTask().ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
        }

        LogReady(connection.DatapathId);
    }

    /// <inheritdoc />
    public override void OnSwitchGone(ISwitchConnection connection, string reason) => _tables.TryRemove(connection.DatapathId, out _);

    /// <inheritdoc />
    public override void OnPacketIn(in PacketInContext context)
    {
        PacketInView packet = context.Packet;
        if (!EthernetView.TryRead(packet.Data, out EthernetView ethernet, out _) ||
            !_tables.TryGetValue(context.Switch.DatapathId, out var table))
        {
            return;
        }

        if (ethernet.EtherType.Value == 0x88cc)
        {
            return; // LLDP stays on its link.
        }

        PortNo inPort = packet.InPort;
        MacAddress source = ethernet.Source;
        if (!source.IsMulticast && (!table.TryGetValue(source, out PortNo known) || known != inPort))
        {
            table[source] = inPort;
        }

        MacAddress destination = ethernet.Destination;
        bool learned = !destination.IsMulticast && table.TryGetValue(destination, out PortNo outPort) && outPort != inPort;
        var answer = new Answer(
            context.NextXid(),
            context.NextXid(),
            inPort,
            learned ? table[destination] : PortNo.Flood,
            source,
            destination,
            packet.BufferId,
            learned);
        context.Send(in answer, static (ref OpenFlowWriter w, in Answer a, in PacketInView p) =>
        {
            ReadOnlySpan<ActionSpec> output = [ActionSpec.Output(a.OutPort)];
            if (a.InstallFlow)
            {
                // in_port + eth_dst + eth_src -> output; a buffered packet is released by the flow itself.
                var flow = new FlowModSpec { Priority = FlowPriority, IdleTimeout = FlowIdleTimeout, BufferId = a.BufferId };
                ReadOnlySpan<OxmSpec> match =
                [
                    new OxmSpec(OxmField.InPort, a.InPort.Value),
                    OxmSpec.Mac(OxmField.EthDst, a.Destination),
                    OxmSpec.Mac(OxmField.EthSrc, a.Source),
                ];
                w.WriteFlowMod(a.FlowXid, in flow, match, output);
                if (a.BufferId.IsBuffered)
                {
                    return;
                }
            }

            w.WritePacketOut(a.PacketOutXid, a.BufferId, a.InPort, output, a.BufferId.IsBuffered ? default : p.Data);
        });
    }

    [LoggerMessage(1, LogLevel.Information, "Learning switch ready on {DatapathId}: table-miss flow installed")]
    private partial void LogReady(DatapathId datapathId);

    private readonly record struct Answer(Xid FlowXid, Xid PacketOutXid, PortNo InPort, PortNo OutPort, MacAddress Source, MacAddress Destination, BufferId BufferId, bool InstallFlow);
}
