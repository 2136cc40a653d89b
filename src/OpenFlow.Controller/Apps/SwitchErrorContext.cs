using System;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Messages;

namespace OpenFlow.Controller.Apps;

/// <summary>An unsolicited OFPT_ERROR handed to apps; valid only during the call.</summary>
public readonly ref struct SwitchErrorContext
{
    internal SwitchErrorContext(SwitchConnection connection, ReadOnlySpan<byte> message)
    {
        Connection = connection;
        Message = message;
    }

    /// <summary>The switch.</summary>
    public ISwitchConnection Switch => Connection;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message { get; }

    /// <summary>The message as a view.</summary>
    public ErrorView Error => ErrorView.Read(Message);

    internal SwitchConnection Connection { get; }
}
