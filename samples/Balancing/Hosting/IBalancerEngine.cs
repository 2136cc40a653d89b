using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Controller.Connection;

namespace OpenFlow.Balancing.Hosting;

/// <summary>
/// What the host drives, whatever the balancer and its mode: NaptBalance's reactive engine or its proactive one
/// (proactive and conntrack), MacBalance's engine.
/// </summary>
public interface IBalancerEngine
{
    /// <summary>The balancer's name in the log (<c>NaptBalance</c>, <c>MacBalance</c>).</summary>
    string Name { get; }

    /// <summary>The configuration.</summary>
    BalancerSettings Settings { get; }

    /// <summary>The servers.</summary>
    IReadOnlyList<Backend> Backends { get; }

    /// <summary>Whether the engine serves a switch (its state reconciled).</summary>
    bool IsServing { get; }

    /// <summary>Takes a switch that finished its handshake: reconciles its flows and groups with what the mode wants, then serves.</summary>
    /// <param name="connection">The switch.</param>
    /// <param name="cancellationToken">Cancels the preparation.</param>
    /// <returns>A task that completes when the engine serves the switch.</returns>
    Task PrepareSwitchAsync(ISwitchConnection connection, CancellationToken cancellationToken = default);

    /// <summary>Handles a PacketIn.</summary>
    /// <param name="connection">The switch.</param>
    /// <param name="message">The whole OFPT_PACKET_IN message (valid during the call).</param>
    void HandlePacketIn(ISwitchConnection connection, ReadOnlySpan<byte> message);

    /// <summary>Handles a FLOW_REMOVED.</summary>
    /// <param name="connection">The switch.</param>
    /// <param name="message">The whole OFPT_FLOW_REMOVED message (valid during the call).</param>
    void HandleFlowRemoved(ISwitchConnection connection, ReadOnlySpan<byte> message);

    /// <summary>A switch went away.</summary>
    /// <param name="connection">The switch.</param>
    void SwitchGone(ISwitchConnection connection);

    /// <summary>Runs once per probe interval (resTime group weights follow the response times).</summary>
    /// <returns>A task that completes when done.</returns>
    ValueTask TickAsync();

    /// <summary>The operator's status: one line per server, then one line <c>all ... packetins=N ...</c>.</summary>
    /// <param name="seconds">Seconds since the last call (for rates).</param>
    /// <param name="controllerPacketIns">The PacketIns the controller runtime received since start.</param>
    /// <returns>The lines.</returns>
    string FormatStatus(double seconds, long controllerPacketIns);
}
