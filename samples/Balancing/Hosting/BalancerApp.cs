using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Balancing.Hosting;

/// <summary>
/// The controller app of both balancers: hands the switch's events to the engine of the balancer and its mode
/// (<see cref="IBalancerEngine"/>), and shows the operator the errors the switch answers with.
/// </summary>
public sealed partial class BalancerApp : OpenFlowApp
{
    private readonly IBalancerEngine _engine;
    private readonly ILogger<BalancerApp> _logger;

    /// <summary>Creates the app.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="logger">The log.</param>
    public BalancerApp(IBalancerEngine engine, ILogger<BalancerApp> logger)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(logger);
        _engine = engine;
        _logger = logger;
    }

    /// <inheritdoc />
    public override void OnSwitchReady(ISwitchConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        LogReady(_engine.Name, connection.DatapathId);

        // Reading the switch's flows awaits replies that arrive on this very read loop: run it beside the loop.
        _ = Task.Run(async () =>
        {
            try
            {
                await _engine.PrepareSwitchAsync(connection, connection.Closed).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SwitchDisconnectedException)
            {
                LogPrepareAborted(_engine.Name, connection.DatapathId, ex.Message);
            }
            catch (Exception ex)
            {
                LogPrepareFailed(ex, _engine.Name, connection.DatapathId);
                connection.Close(_engine.Name + " could not prepare the switch");
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
            LogSwitchError(_engine.Name, context.Switch.DatapathId, error.Type.ToString(), error.Code, Convert.ToHexString(error.Data.Length > 64 ? error.Data.Slice(0, 64) : error.Data));
#pragma warning restore CA1873
        }
    }

    /// <inheritdoc />
    public override void OnSwitchGone(ISwitchConnection connection, string reason)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _engine.SwitchGone(connection);
        LogGone(_engine.Name, connection.DatapathId, reason);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Balancer}: switch {Dpid} ready: reconciling its flows and groups before serving")]
    private partial void LogReady(string balancer, DatapathId dpid);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Balancer}: preparing switch {Dpid} stopped: {Reason}")]
    private partial void LogPrepareAborted(string balancer, DatapathId dpid, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "{Balancer}: preparing switch {Dpid} failed")]
    private partial void LogPrepareFailed(Exception ex, string balancer, DatapathId dpid);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "{Balancer}: switch {Dpid} gone: {Reason}")]
    private partial void LogGone(string balancer, DatapathId dpid, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "{Balancer}: switch {Dpid} answered with an error: {Type} code {Code}, request {Request}")]
    private partial void LogSwitchError(string balancer, DatapathId dpid, string type, ushort code, string request);
}
