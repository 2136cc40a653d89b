using System;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Controller.Connection;
using OpenFlow.Controller.Diagnostics;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Controller.Handshake;

/// <summary>
/// Echo keepalive: after <c>EchoInterval</c> without any message from the switch, send ECHO_REQUEST (again every
/// interval); after <c>EchoTimeout</c> without any message, drop the switch.
/// </summary>
internal static class LivenessMonitor
{
    public static async Task RunAsync(SwitchConnection connection)
    {
        var options = connection.Options;
        long interval = (long)options.EchoInterval.TotalMilliseconds;
        long timeout = (long)options.EchoTimeout.TotalMilliseconds;
        long period = Math.Clamp(Math.Min(interval, timeout) / 4, 10, 1000);
        long lastEcho = 0;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(period));
        try
        {
            while (await timer.WaitForNextTickAsync(connection.Closed).ConfigureAwait(false))
            {
                long now = Environment.TickCount64;
                long silent = now - connection.LastReceivedTicks;
                if (silent >= timeout)
                {
                    connection.Runtime.Metrics.LivenessTimeout();
                    Log.LivenessTimeout(connection.Runtime.Logger, connection.Name, silent);
                    connection.Abort($"no message for {silent} ms (echo timeout {timeout} ms)");
                    return;
                }

                if (silent >= interval && now - lastEcho >= interval && connection.HelloReceived.IsCompletedSuccessfully)
                {
                    lastEcho = now;
                    ValueTask sent = connection.Send(
                        connection.NextXid(),
                        static (ref OpenFlowWriter writer, in Xid xid) => writer.WriteEchoRequest(xid, default),
                        16);
                    if (!sent.IsCompletedSuccessfully)
                    {
                        await sent.ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (SwitchDisconnectedException)
        {
        }
    }
}
