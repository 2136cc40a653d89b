using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Controller.Connection;
using OpenFlow.Controller.Diagnostics;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Controller.Handshake;

/// <summary>
/// The controller side of the handshake: HELLO (version bitmap, OpenFlow 1.3), then after the switch's HELLO:
/// FEATURES_REQUEST, PORT_DESC, SET_CONFIG (<c>miss_send_len</c>), BARRIER; then the switch is registered (replacing an
/// older connection with the same datapath id) and the apps hear it is ready. All within <c>HandshakeTimeout</c>.
/// </summary>
internal static class SwitchHandshake
{
    public static async Task RunAsync(SwitchConnection connection)
    {
        var runtime = connection.Runtime;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(connection.Closed);
        timeout.CancelAfter(connection.Options.HandshakeTimeout);
        CancellationToken token = timeout.Token;
        string step = "HELLO";
        try
        {
            await connection.Send(0, static (ref OpenFlowWriter writer, in int _) => writer.WriteHello(new Xid(0), HelloNegotiation.OfferedVersions), 16).ConfigureAwait(false);
            await connection.HelloReceived.WaitAsync(token).ConfigureAwait(false);

            step = "FEATURES_REQUEST";
            SwitchFeatures features = await connection.RequestAsync(
                0,
                static (ref OpenFlowWriter writer, in int _, Xid xid) => writer.WriteFeaturesRequest(xid),
                static reply => SwitchFeatures.Read(reply),
                connection.Options.HandshakeTimeout,
                token).ConfigureAwait(false);

            step = "PORT_DESC";
            var ports = new List<SwitchPort>();
            using (MultipartReply reply = await connection.MultipartRequestAsync(
                0,
                static (ref OpenFlowWriter writer, in int _, Xid xid) => writer.WritePortDescRequest(xid),
                token).ConfigureAwait(false))
            {
                foreach (OwnedMessage part in reply.Parts)
                {
                    MultipartReplyView view = MultipartReplyView.Read(part.Span);
                    if (view.Type != OfpMultipartType.PortDesc)
                    {
                        throw new InvalidOperationException($"PORT_DESC was answered with multipart type {view.Type}.");
                    }

                    foreach (PortView port in view.GetPorts())
                    {
                        ports.Add(SwitchPort.From(port));
                    }
                }
            }

            connection.SetFeatures(features, ports.ToArray());

            step = "SET_CONFIG";
            await connection.Send(
                (Miss: connection.Options.MissSendLength, Xid: connection.NextXid()),
                static (ref OpenFlowWriter writer, in (ushort Miss, Xid Xid) config) => writer.WriteSetConfig(config.Xid, OfpConfigFlags.FragNormal, config.Miss),
                16).ConfigureAwait(false);

            step = "BARRIER";
            await connection.BarrierAsync(token).ConfigureAwait(false);

            SwitchConnection? old = runtime.Registry.Register(connection);
            if (old is not null)
            {
                Log.Replacing(runtime.Logger, features.DatapathId.ToString(), connection.RemoteEndPoint);
                old.Abort($"replaced by a new connection from {connection.RemoteEndPoint} with the same datapath id");
            }

            if (!connection.TrySetReady())
            {
                runtime.Registry.Remove(connection);
                return;
            }

            TimeSpan elapsed = connection.Elapsed;
            runtime.Metrics.HandshakeCompleted(elapsed);
            runtime.Metrics.Connected(1);
            Log.SwitchReady(runtime.Logger, features.DatapathId.ToString(), connection.RemoteEndPoint, ports.Count, features.NTables, elapsed.TotalMilliseconds);
            runtime.Apps.SwitchReady(connection);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            if (connection.IsConnected)
            {
                Fail(connection, $"no answer to {step} within the handshake timeout of {connection.Options.HandshakeTimeout.TotalMilliseconds:F0} ms");
            }
        }
        catch (SwitchDisconnectedException)
        {
            // The connection closed during the handshake; its close already logged why.
        }
#pragma warning disable CA1031 // Any failure of the handshake closes the connection with a log line.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Fail(connection, $"{step} failed: {ex.Message}");
        }
    }

    private static void Fail(SwitchConnection connection, string detail)
    {
        connection.Runtime.Metrics.HandshakeFailed();
        Log.HandshakeFailed(connection.Runtime.Logger, connection.Name, detail);
        connection.Abort("handshake failed: " + detail);
    }
}
