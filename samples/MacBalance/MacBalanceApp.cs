using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Samples.MacBalance;

/// <summary>The controller app: hands the switch's events to the <see cref="MacEngine"/>.</summary>
public sealed partial class MacBalanceApp : OpenFlowApp
{
    private readonly MacEngine _engine;
    private readonly ILogger<MacBalanceApp> _logger;

    /// <summary>Creates the app.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="logger">The log.</param>
    public MacBalanceApp(MacEngine engine, ILogger<MacBalanceApp> logger)
    {
        _engine = engine;
        _logger = logger;
    }

    /// <inheritdoc />
    public override void OnSwitchReady(ISwitchConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        LogReady(connection.DatapathId);

        // Reconciling awaits replies that arrive on this very read loop: run it beside the loop.
        _ = Task.Run(async () =>
        {
            try
            {
                await _engine.PrepareSwitchAsync(connection, connection.Closed).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SwitchDisconnectedException)
            {
                LogPrepareAborted(connection.DatapathId, ex.Message);
            }
            catch (Exception ex)
            {
                LogPrepareFailed(ex, connection.DatapathId);
                connection.Close("MacBalance could not prepare the switch");
            }
        });
    }

    /// <inheritdoc />
    public override void OnPacketIn(in PacketInContext context) => _engine.HandlePacketIn(context.Switch, context.Message);

    /// <inheritdoc />
    public override void OnFlowRemoved(in FlowRemovedContext context) => _engine.HandleFlowRemoved(context.Switch, context.Message);

    /// <inheritdoc />
    public override void OnSwitchGone(ISwitchConnection connection, string reason)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _engine.SwitchGone(connection);
        LogGone(connection.DatapathId, reason);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Switch {Dpid} ready: reconciling its flows and groups before serving")]
    private partial void LogReady(DatapathId dpid);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Preparing switch {Dpid} stopped: {Reason}")]
    private partial void LogPrepareAborted(DatapathId dpid, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Preparing switch {Dpid} failed")]
    private partial void LogPrepareFailed(Exception ex, DatapathId dpid);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Switch {Dpid} gone: {Reason}")]
    private partial void LogGone(DatapathId dpid, string reason);
}
