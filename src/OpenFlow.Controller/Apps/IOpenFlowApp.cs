using OpenFlow.Controller.Connection;

namespace OpenFlow.Controller.Apps;

/// <summary>
/// An application running on the controller. Apps are called in registration order, one message at a time per
/// switch (on that switch's read loop), and possibly concurrently for different switches. An exception thrown by an
/// app is logged and counted and never closes the connection. Derive from <see cref="OpenFlowApp"/> to override only
/// what you need.
/// </summary>
public interface IOpenFlowApp
{
    /// <summary>A switch finished the handshake (features, ports and SET_CONFIG are done).</summary>
    /// <param name="connection">The switch.</param>
    void OnSwitchReady(ISwitchConnection connection);

    /// <summary>
    /// A PacketIn arrived. The context and the views in it point into the receive buffer and are valid only during
    /// this call: copy what you need to keep. Messages sent through the context are flushed once per received batch.
    /// </summary>
    /// <param name="context">The switch, the PacketIn, and a way to answer.</param>
    void OnPacketIn(in PacketInContext context);

    /// <summary>A port was added, removed or changed (the switch's <see cref="ISwitchConnection.Ports"/> is already updated).</summary>
    /// <param name="context">The switch and the PORT_STATUS, valid only during this call.</param>
    void OnPortStatus(in PortStatusContext context);

    /// <summary>A flow entry was removed (the flow asked for OFPFF_SEND_FLOW_REM).</summary>
    /// <param name="context">The switch and the FLOW_REMOVED, valid only during this call.</param>
    void OnFlowRemoved(in FlowRemovedContext context);

    /// <summary>The switch sent an OFPT_ERROR that answers no pending request (for example a failed FLOW_MOD).</summary>
    /// <param name="context">The switch and the error, valid only during this call.</param>
    void OnError(in SwitchErrorContext context);

    /// <summary>A ready switch disconnected, was dropped, or was replaced by a new connection with the same datapath id.</summary>
    /// <param name="connection">The switch (closed).</param>
    /// <param name="reason">Why.</param>
    void OnSwitchGone(ISwitchConnection connection, string reason);
}
