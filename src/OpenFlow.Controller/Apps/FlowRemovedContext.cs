using System;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Messages;

namespace OpenFlow.Controller.Apps;

/// <summary>A FLOW_REMOVED handed to apps; it points into the receive buffer and is valid only during the call.</summary>
public readonly ref struct FlowRemovedContext
{
    internal FlowRemovedContext(SwitchConnection connection, FlowRemovedView flowRemoved)
    {
        Connection = connection;
        FlowRemoved = flowRemoved;
    }

    /// <summary>The switch.</summary>
    public ISwitchConnection Switch => Connection;

    /// <summary>The FLOW_REMOVED, already checked: cookie, priority, reason, counters and the match of the removed flow.</summary>
    public FlowRemovedView FlowRemoved { get; }

    /// <summary>The whole message, header included.</summary>
    public ReadOnlySpan<byte> Message => FlowRemoved.Message;

    internal SwitchConnection Connection { get; }
}
