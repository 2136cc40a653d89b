using System;
using OpenFlow.Controller.Connection;

namespace OpenFlow.Controller.Apps;

/// <summary>A FLOW_REMOVED handed to apps; valid only during the call.</summary>
public readonly ref struct FlowRemovedContext
{
    internal FlowRemovedContext(SwitchConnection connection, ReadOnlySpan<byte> message)
    {
        Connection = connection;
        Message = message;
    }

    /// <summary>The switch.</summary>
    public ISwitchConnection Switch => Connection;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message { get; }

    internal SwitchConnection Connection { get; }
}
