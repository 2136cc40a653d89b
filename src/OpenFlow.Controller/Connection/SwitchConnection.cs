using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Controller.Capture;
using OpenFlow.Controller.Diagnostics;
using OpenFlow.Controller.Handshake;
using OpenFlow.Controller.Hosting;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Connection;

/// <summary>
/// One switch connection: a socket (optionally wrapped in TLS), a <see cref="PipeReader"/> for input read by the
/// read loop, and an output <see cref="Pipe"/> drained by the send loop (many messages per write). The read loop
/// frames messages with the codec's frame reader and dispatches each as a span valid for the duration of the call.
/// </summary>
/// <remarks>
/// Back-pressure policy: the output pipe pauses senders at <see cref="OpenFlowControllerOptions.SendBufferLimitBytes"/>;
/// a sender then waits up to <see cref="OpenFlowControllerOptions.SendStallTimeout"/> for the switch to read, after which
/// the switch is dropped. Queued bytes above twice the limit drop the switch at once. Memory per switch is thus bounded.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "The close token and writer lock outlive the connection for late callers; they hold no unmanaged resources once canceled.")]
public sealed partial class SwitchConnection : ISwitchConnection
{
    private const int Open = 0;
    private const int Closing = 1;
    private const int Aborted = 2;

    private readonly ControllerRuntime _runtime;
    private readonly OpenFlowControllerOptions _options;
    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly PipeReader _input;
    private readonly Pipe _output;
    private readonly CancellationTokenSource _closedCts = new();
    private readonly BlockMemoryPool _pool = new();
    private readonly ConcurrentDictionary<uint, PendingRequest> _pending = new();
    private readonly TaskCompletionSource<bool> _helloReceived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _stateGate = new();
    private readonly long _startTimestamp;
    private readonly CaptureFlow? _capture;
    private int _nextXid;
    private int _state;
    private long _lastReceived;
    private string? _closeReason;
    private string _name;
    private bool _ready;
    private bool _helloDone;
    private SwitchFeatures? _features;
    private SwitchPort[] _ports = Array.Empty<SwitchPort>();

    internal SwitchConnection(ControllerRuntime runtime, Socket socket, Stream stream)
    {
        _runtime = runtime;
        _options = runtime.Options;
        _socket = socket;
        _stream = stream;
        RemoteEndPoint = socket.RemoteEndPoint;
        LocalEndPoint = socket.LocalEndPoint;
        _name = RemoteEndPoint?.ToString() ?? "switch";
        _input = PipeReader.Create(stream, new StreamPipeReaderOptions(pool: _pool, bufferSize: BlockMemoryPool.BlockSize, minimumReadSize: 2048, leaveOpen: true));
        long limit = _options.SendBufferLimitBytes;
        _output = new Pipe(new PipeOptions(
            pool: _pool,
            minimumSegmentSize: BlockMemoryPool.BlockSize,
            pauseWriterThreshold: limit,
            resumeWriterThreshold: limit / 2,
            // The send loop continues inline on the thread that flushes: the socket write happens there (as in Kestrel),
            // no work item is queued per flush.
            readerScheduler: PipeScheduler.Inline,
            writerScheduler: PipeScheduler.ThreadPool,
            useSynchronizationContext: false));
        _startTimestamp = System.Diagnostics.Stopwatch.GetTimestamp();
        _lastReceived = Environment.TickCount64;
        _capture = runtime.Capture?.BeginFlow(RemoteEndPoint, LocalEndPoint);
    }

    /// <inheritdoc />
    public DatapathId DatapathId => _features?.DatapathId ?? default;

    /// <inheritdoc />
    public EndPoint? RemoteEndPoint { get; }

    /// <summary>The controller's address on this connection.</summary>
    public EndPoint? LocalEndPoint { get; }

    /// <inheritdoc />
    public bool IsReady => Volatile.Read(ref _ready);

    /// <inheritdoc />
    public bool IsConnected => Volatile.Read(ref _state) == Open;

    /// <inheritdoc />
    public SwitchFeatures? Features => _features;

    /// <inheritdoc />
    public IReadOnlyList<SwitchPort> Ports => Volatile.Read(ref _ports);

    /// <inheritdoc />
    public CancellationToken Closed => _closedCts.Token;

    /// <inheritdoc />
    public string? CloseReason => Volatile.Read(ref _closeReason);

    /// <summary>The name used in log lines: the datapath id once known, and the remote address.</summary>
    public string Name => _name;

    /// <summary>Bytes written to the send queue and not yet handed to the socket.</summary>
    public long QueuedBytes => Interlocked.Read(ref _queuedBytes);

    internal Task HelloReceived => _helloReceived.Task;

    internal long LastReceivedTicks => Volatile.Read(ref _lastReceived);

    internal OpenFlowControllerOptions Options => _options;

    internal ControllerRuntime Runtime => _runtime;

    internal TimeSpan Elapsed => System.Diagnostics.Stopwatch.GetElapsedTime(_startTimestamp);

    /// <inheritdoc />
    public Xid NextXid()
    {
        uint xid = (uint)Interlocked.Increment(ref _nextXid);
        if (xid == 0)
        {
            xid = (uint)Interlocked.Increment(ref _nextXid);
        }

        return new Xid(xid);
    }

    /// <inheritdoc />
    public void Close(string reason) => Abort(reason);

    /// <summary>Runs the connection until it closes: send loop, handshake, liveness, and the read loop.</summary>
    internal async Task RunAsync()
    {
        Task sendLoop = SendLoopAsync();
        Task handshake = SwitchHandshake.RunAsync(this);
        Task liveness = LivenessMonitor.RunAsync(this);
        try
        {
            await ReadLoopAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The loop must end in a close whatever went wrong.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.LoopFailed(_runtime.Logger, ex, _name);
            Abort("receive failed: " + ex.Message);
        }

        if (Volatile.Read(ref _state) == Closing)
        {
            // A last OFPT_ERROR (HELLO_FAILED, BAD_VERSION) is queued: let the send loop deliver it, briefly.
            CompleteOutput();
            await Task.WhenAny(sendLoop, Task.Delay(TimeSpan.FromSeconds(1))).ConfigureAwait(false);
        }

        Abort(_closeReason ?? "the connection ended");
        await Task.WhenAll(sendLoop, handshake, liveness).ConfigureAwait(false);
        CompleteOutput();
        await _input.CompleteAsync().ConfigureAwait(false);
        ReturnScratch();
        _capture?.Dispose();
    }

    /// <summary>Starts a graceful close: sends nothing more from apps, lets queued bytes go out, then closes.</summary>
    internal void BeginClosing(string reason)
    {
        if (Interlocked.CompareExchange(ref _state, Closing, Open) == Open)
        {
            Volatile.Write(ref _closeReason, reason);
        }
    }

    /// <summary>Closes the connection now: socket and pipes closed, pending requests failed, apps told if it was ready.</summary>
    internal void Abort(string reason)
    {
        if (Interlocked.Exchange(ref _state, Aborted) == Aborted)
        {
            return;
        }

        Volatile.Write(ref _closeReason, _closeReason ?? reason);
        string finalReason = _closeReason ?? reason;
        Log.Closed(_runtime.Logger, _name, finalReason);
        try
        {
            _closedCts.Cancel();
        }
        catch (AggregateException)
        {
            // Callbacks of the Closed token threw; the connection closes regardless.
        }

        _output.Writer.CancelPendingFlush();
        _output.Reader.CancelPendingRead();
        _input.CancelPendingRead();
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        _socket.Dispose();
        try
        {
            _stream.Dispose();
        }
#pragma warning disable CA1031 // Disposing a TLS stream mid-operation may throw anything; it is closed either way.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        var closed = new SwitchDisconnectedException($"Switch {_name} disconnected: {finalReason}");
        foreach (KeyValuePair<uint, PendingRequest> entry in _pending)
        {
            if (_pending.TryRemove(entry))
            {
                entry.Value.Fail(closed);
            }
        }

        _helloReceived.TrySetException(closed);
        bool wasReady;
        lock (_stateGate)
        {
            wasReady = _ready;
            Volatile.Write(ref _ready, false);
        }

        if (wasReady)
        {
            _runtime.Registry.Remove(this);
            _runtime.Metrics.Connected(-1);
            _runtime.Apps.SwitchGone(this, finalReason);
        }
    }

    /// <summary>Records the features (and with them the datapath id) from FEATURES_REPLY.</summary>
    internal void SetFeatures(SwitchFeatures features, SwitchPort[] ports)
    {
        _features = features;
        Volatile.Write(ref _ports, ports);
        _name = features.DatapathId.ToString() + " (" + (RemoteEndPoint?.ToString() ?? "?") + ")";
    }

    /// <summary>Marks the switch ready unless it closed meanwhile; returns whether it did.</summary>
    internal bool TrySetReady()
    {
        lock (_stateGate)
        {
            if (Volatile.Read(ref _state) != Open)
            {
                return false;
            }

            Volatile.Write(ref _ready, true);
            return true;
        }
    }

    internal bool RemovePending(PendingRequest request) =>
        _pending.TryRemove(new KeyValuePair<uint, PendingRequest>(request.Xid.Value, request));

    private SwitchDisconnectedException ClosedException() =>
        new($"Switch {_name} is disconnected: {CloseReason ?? "closing"}");
}
