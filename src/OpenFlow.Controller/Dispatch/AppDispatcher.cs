using System;
using Microsoft.Extensions.Logging;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Connection;
using OpenFlow.Controller.Diagnostics;
using OpenFlow.Protocol.Messages;

namespace OpenFlow.Controller.Dispatch;

/// <summary>Hands events to every app in registration order; an app's exception is logged and counted, never rethrown.</summary>
internal sealed class AppDispatcher
{
    private readonly IOpenFlowApp[] _apps;
    private readonly ILogger _logger;
    private readonly ControllerMetrics _metrics;

    public AppDispatcher(IOpenFlowApp[] apps, ILogger logger, ControllerMetrics metrics)
    {
        _apps = apps;
        _logger = logger;
        _metrics = metrics;
    }

    public int Count => _apps.Length;

    public void SwitchReady(SwitchConnection connection)
    {
        foreach (IOpenFlowApp app in _apps)
        {
            try
            {
                app.OnSwitchReady(connection);
            }
            catch (Exception ex)
            {
                Failed(ex, app, nameof(IOpenFlowApp.OnSwitchReady), connection);
            }
        }
    }

    public void PacketIn(SwitchConnection connection, PacketInView packet)
    {
        var context = new PacketInContext(connection, packet);
        foreach (IOpenFlowApp app in _apps)
        {
            try
            {
                app.OnPacketIn(in context);
            }
            catch (Exception ex)
            {
                Failed(ex, app, nameof(IOpenFlowApp.OnPacketIn), connection);
            }
        }
    }

    public void PortStatus(SwitchConnection connection, PortStatusView status)
    {
        var context = new PortStatusContext(connection, status);
        foreach (IOpenFlowApp app in _apps)
        {
            try
            {
                app.OnPortStatus(in context);
            }
            catch (Exception ex)
            {
                Failed(ex, app, nameof(IOpenFlowApp.OnPortStatus), connection);
            }
        }
    }

    public void FlowRemoved(SwitchConnection connection, FlowRemovedView flowRemoved)
    {
        var context = new FlowRemovedContext(connection, flowRemoved);
        foreach (IOpenFlowApp app in _apps)
        {
            try
            {
                app.OnFlowRemoved(in context);
            }
            catch (Exception ex)
            {
                Failed(ex, app, nameof(IOpenFlowApp.OnFlowRemoved), connection);
            }
        }
    }

    public void Error(SwitchConnection connection, ErrorView error)
    {
        var context = new SwitchErrorContext(connection, error);
        foreach (IOpenFlowApp app in _apps)
        {
            try
            {
                app.OnError(in context);
            }
            catch (Exception ex)
            {
                Failed(ex, app, nameof(IOpenFlowApp.OnError), connection);
            }
        }
    }

    public void SwitchGone(SwitchConnection connection, string reason)
    {
        foreach (IOpenFlowApp app in _apps)
        {
            try
            {
                app.OnSwitchGone(connection, reason);
            }
            catch (Exception ex)
            {
                Failed(ex, app, nameof(IOpenFlowApp.OnSwitchGone), connection);
            }
        }
    }

    private void Failed(Exception ex, IOpenFlowApp app, string @event, SwitchConnection connection)
    {
        _metrics.AppError();
        Log.AppFailed(_logger, ex, app.GetType().Name, @event, connection.Name);
    }
}
