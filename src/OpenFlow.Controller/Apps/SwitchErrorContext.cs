using System;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Messages;

namespace OpenFlow.Controller.Apps;

/// <summary>An unsolicited OFPT_ERROR handed to apps; it points into the receive buffer and is valid only during the call.</summary>
public readonly ref struct SwitchErrorContext
{
    internal SwitchErrorContext(SwitchConnection connection, ErrorView error)
    {
        Connection = connection;
        Error = error;
    }

    /// <summary>The switch.</summary>
    public ISwitchConnection Switch => Connection;

    /// <summary>The error, already checked: type, code and the start of the offending request.</summary>
    public ErrorView Error { get; }

    /// <summary>The whole message, header included.</summary>
    public ReadOnlySpan<byte> Message => Error.Message;

    internal SwitchConnection Connection { get; }
}
