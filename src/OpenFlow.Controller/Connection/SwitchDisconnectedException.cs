using System;

namespace OpenFlow.Controller.Connection;

/// <summary>The switch connection closed (or was dropped) while an operation was pending or was started on it.</summary>
public sealed class SwitchDisconnectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SwitchDisconnectedException()
        : base("The switch connection is closed.")
    {
    }

    /// <summary>Creates the exception with the reason the connection closed.</summary>
    /// <param name="message">Why the connection closed.</param>
    public SwitchDisconnectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SwitchDisconnectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
