using System;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Messages;

namespace OpenFlow.Controller.Apps;

/// <summary>A PORT_STATUS handed to apps; it points into the receive buffer and is valid only during the call.</summary>
public readonly ref struct PortStatusContext
{
    internal PortStatusContext(SwitchConnection connection, PortStatusView status)
    {
        Connection = connection;
        Status = status;
    }

    /// <summary>The switch.</summary>
    public ISwitchConnection Switch => Connection;

    /// <summary>The PORT_STATUS, already checked: the reason and the port (<see cref="PortStatusView.Desc"/>).</summary>
    public PortStatusView Status { get; }

    /// <summary>The whole message, header included.</summary>
    public ReadOnlySpan<byte> Message => Status.Message;

    internal SwitchConnection Connection { get; }
}
