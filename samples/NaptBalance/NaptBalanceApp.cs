using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OpenFlow.Balancing.Hosting;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Messages;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>The controller app: hands the switch's events to the engine of the mode (<see cref="IBalancerEngine"/>).</summary>
public sealed partial class NaptBalanceApp : OpenFlowApp
{
    private readonly IBalancerEngine _engine;
    private readonly ILogger<NaptBalanceApp> _logger;

    /// <summary>Creates the app.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="logger">The log.</param>
    public NaptBalanceApp(IBalancerEngine engine, ILogger<NaptBalanceApp> logger)
    {
        _engine = engine;
        _logger = logger;
    }

    /// <inheritdoc />
    public override void OnSwitchReady(ISwitchConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        LogReady(connection.DatapathId);

        // Reading the switch's flows awaits replies that arrive on this very read loop: run it beside the loop.
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
                connection.Close("NaptBalance could not prepare the switch");
            }
        });
    }

    /// <inheritdoc />
    public override void OnPacketIn(in PacketInContext context) => _engine.HandlePacketIn(context.Switch, context.Message);

    /// <inheritdoc />
    public override void OnFlowRemoved(in FlowRemovedContext context) => _engine.HandleFlowRemoved(context.Switch, context.Message);

    /// <inheritdoc />
    public override void OnError(in SwitchErrorContext context)
    {
        // A flow or group the switch refused: the mode cannot work as planned, and the operator must see why.
        if (_logger.IsEnabled(LogLevel.Warning))
        {
            ErrorView error = context.Error;
#pragma warning disable CA1873 // guarded by IsEnabled above
            LogSwitchError(context.Switch.DatapathId, error.Type.ToString(), error.Code, Convert.ToHexString(error.Data.Length > 64 ? error.Data.Slice(0, 64) : error.Data));
#pragma warning restore CA1873
        }
    }

    /// <inheritdoc />
    public override void OnSwitchGone(ISwitchConnection connection, string reason)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _engine.SwitchGone(connection);
        LogGone(connection.DatapathId, reason);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Switch {Dpid} ready: reading its flows before serving")]
    private partial void LogReady(OpenFlow.Protocol.Primitives.DatapathId dpid);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Preparing switch {Dpid} stopped: {Reason}")]
    private partial void LogPrepareAborted(OpenFlow.Protocol.Primitives.DatapathId dpid, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Preparing switch {Dpid} failed")]
    private partial void LogPrepareFailed(Exception ex, OpenFlow.Protocol.Primitives.DatapathId dpid);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Switch {Dpid} answered with an error: {Type} code {Code}, request {Request}")]
    private partial void LogSwitchError(OpenFlow.Protocol.Primitives.DatapathId dpid, string type, ushort code, string request);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Switch {Dpid} gone: {Reason}")]
    private partial void LogGone(OpenFlow.Protocol.Primitives.DatapathId dpid, string reason);
}
