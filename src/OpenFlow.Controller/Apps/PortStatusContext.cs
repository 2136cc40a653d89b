using System;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Messages;

namespace OpenFlow.Controller.Apps;

/// <summary>A PORT_STATUS handed to apps; valid only during the call.</summary>
public readonly ref struct PortStatusContext
{
    internal PortStatusContext(SwitchConnection connection, ReadOnlySpan<byte> message)
    {
        Connection = connection;
        Message = message;
    }

    /// <summary>The switch.</summary>
    public ISwitchConnection Switch => Connection;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message { get; }

    /// <summary>The message as a view.</summary>
    public PortStatusView Status => PortStatusView.Read(Message);

    internal SwitchConnection Connection { get; }
}
