using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Capture;
using OpenFlow.Controller.Connection;
using OpenFlow.Controller.Diagnostics;
using OpenFlow.Controller.Dispatch;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Hosting;

/// <summary>
/// The controller: listens on the configured endpoints (TCP, or TLS with one shared configuration), runs one
/// <see cref="SwitchConnection"/> per accepted socket, and hands events to the apps. Usually run by the hosted service
/// that <c>AddOpenFlowController</c> registers; tests and tools can start and stop it directly.
/// </summary>
public sealed class OpenFlowController : IAsyncDisposable
{
    private readonly OpenFlowControllerOptions _options;
    private readonly ILogger _logger;
    private readonly ControllerRuntime _runtime;
    private readonly ConcurrentDictionary<SwitchConnection, Task> _connections = new();
    private readonly List<Socket> _listeners = new();
    private readonly List<Task> _acceptLoops = new();
    private readonly SslServerAuthenticationOptions? _tls;
    private CancellationTokenSource? _stopping;
    private IPEndPoint[] _endPoints = Array.Empty<IPEndPoint>();

    /// <summary>Creates the controller.</summary>
    /// <param name="options">The settings (validated here).</param>
    /// <param name="apps">The apps, called in this order.</param>
    /// <param name="loggerFactory">Where log lines go; none when null.</param>
    public OpenFlowController(OpenFlowControllerOptions options, IEnumerable<IOpenFlowApp> apps, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(apps);
        options.Validate();
        _options = options;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("OpenFlow.Controller");
        Metrics = new ControllerMetrics();
        ControlChannelCapture? capture = string.IsNullOrEmpty(options.CapturePath) ? null : new ControlChannelCapture(options.CapturePath);
        _runtime = new ControllerRuntime(options, _logger, Metrics, new AppDispatcher(apps.ToArray(), _logger, Metrics), capture);
        if (options.Tls.IsEnabled)
        {
            _tls = TlsConfiguration.Build(options.Tls);
        }
    }

    /// <summary>The controller's instruments.</summary>
    public ControllerMetrics Metrics { get; }

    /// <summary>The endpoints actually bound (with the real port when port 0 was asked for); empty until started.</summary>
    public IReadOnlyList<IPEndPoint> ListenEndPoints => _endPoints;

    /// <summary>The switches that finished the handshake.</summary>
    public IReadOnlyCollection<ISwitchConnection> Switches => _runtime.Registry.All.ToArray();

    /// <summary>How many connections are open, handshaking or ready.</summary>
    public int ConnectionCount => _connections.Count;

    /// <summary>Whether the listener speaks TLS.</summary>
    public bool UsesTls => _tls is not null;

    /// <summary>Finds a ready switch by datapath id.</summary>
    /// <param name="datapathId">The datapath id.</param>
    /// <param name="connection">The switch, when connected.</param>
    /// <returns>Whether it is connected.</returns>
    public bool TryGetSwitch(DatapathId datapathId, out ISwitchConnection? connection)
    {
        bool found = _runtime.Registry.TryGet(datapathId, out SwitchConnection? value);
        connection = value;
        return found;
    }

    /// <summary>Binds the listen endpoints and starts accepting switches.</summary>
    /// <param name="cancellationToken">Not used beyond the bind.</param>
    /// <returns>A completed task once listening.</returns>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_stopping is not null)
        {
            throw new InvalidOperationException("The controller is already started.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        _stopping = new CancellationTokenSource();
        var bound = new List<IPEndPoint>();
        try
        {
            foreach (IPEndPoint endPoint in _options.GetListenEndPoints())
            {
                var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                if (endPoint.AddressFamily == AddressFamily.InterNetworkV6)
                {
                    socket.DualMode = false;
                }

                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                socket.Bind(endPoint);
                socket.Listen(512);
                _listeners.Add(socket);
                var local = (IPEndPoint)socket.LocalEndPoint!;
                bound.Add(local);
                Log.Listening(_logger, local, _tls is null ? "tcp" : "tls");
            }
        }
        catch
        {
            foreach (Socket socket in _listeners)
            {
                socket.Dispose();
            }

            _listeners.Clear();
            throw;
        }

        _endPoints = bound.ToArray();
        foreach (Socket socket in _listeners)
        {
            _acceptLoops.Add(AcceptLoopAsync(socket, _stopping.Token));
        }

        return Task.CompletedTask;
    }

    /// <summary>Stops accepting, closes every connection (apps hear the switches are gone) and waits for them to end.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task completing when everything is closed.</returns>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stopping is null)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        foreach (Socket socket in _listeners)
        {
            socket.Dispose();
        }

        await Task.WhenAll(_acceptLoops).WaitAsync(cancellationToken).ConfigureAwait(false);
        foreach (SwitchConnection connection in _connections.Keys)
        {
            connection.Abort("the controller is stopping");
        }

        await Task.WhenAll(_connections.Values).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the controller and closes the capture file.</summary>
    /// <returns>A task completing when everything is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _runtime.Capture?.Dispose();
        Metrics.Dispose();
        _stopping?.Dispose();
    }

    private async Task AcceptLoopAsync(Socket listener, CancellationToken stopping)
    {
        EndPoint endPoint = listener.LocalEndPoint!;
        while (!stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptAsync(stopping).ConfigureAwait(false);
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException ex)
            {
                // Out of descriptors or a connection reset before accept: keep accepting after a pause.
                Log.AcceptFailed(_logger, ex, endPoint);
                await Task.Delay(50, CancellationToken.None).ConfigureAwait(false);
                continue;
            }

            socket.NoDelay = true;
            _ = RunConnectionAsync(socket, stopping);
        }
    }

    private async Task RunConnectionAsync(Socket socket, CancellationToken stopping)
    {
        await Task.Yield();
        Log.Accepted(_logger, socket.RemoteEndPoint);
        Stream stream = new NetworkStream(socket, ownsSocket: false);
        if (_tls is not null)
        {
            var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            timeout.CancelAfter(_options.HandshakeTimeout);
            try
            {
                await ssl.AuthenticateAsServerAsync(_tls, timeout.Token).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Whatever the TLS handshake threw, only this connection fails.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _runtime.Metrics.HandshakeFailed();
                Log.TlsFailed(_logger, ex, socket.RemoteEndPoint);
                await ssl.DisposeAsync().ConfigureAwait(false);
                socket.Dispose();
                return;
            }

            stream = ssl;
        }

        var connection = new SwitchConnection(_runtime, socket, stream);
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _connections[connection] = completion.Task;
        try
        {
            if (stopping.IsCancellationRequested)
            {
                connection.Abort("the controller is stopping");
            }

            await connection.RunAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A connection's failure must never reach the accept loop.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.LoopFailed(_logger, ex, connection.Name);
            connection.Abort("connection failed: " + ex.Message);
        }
        finally
        {
            _connections.TryRemove(connection, out _);
            completion.TrySetResult();
        }
    }
}
