using OpenFlow.Controller.Connection;

namespace OpenFlow.Controller.Apps;

/// <summary>A base for apps: every event does nothing until overridden.</summary>
public abstract class OpenFlowApp : IOpenFlowApp
{
    /// <inheritdoc />
    public virtual void OnSwitchReady(ISwitchConnection connection)
    {
    }

    /// <inheritdoc />
    public virtual void OnPacketIn(in PacketInContext context)
    {
    }

    /// <inheritdoc />
    public virtual void OnPortStatus(in PortStatusContext context)
    {
    }

    /// <inheritdoc />
    public virtual void OnFlowRemoved(in FlowRemovedContext context)
    {
    }

    /// <inheritdoc />
    public virtual void OnError(in SwitchErrorContext context)
    {
    }

    /// <inheritdoc />
    public virtual void OnSwitchGone(ISwitchConnection connection, string reason)
    {
    }
}
