using System;
using System.Buffers;
using System.Buffers.Binary;
using System.IO;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Diagnostics;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Controller.Connection;

/// <content>
/// The send path (NATS style): try the writer lock synchronously, write into the output pipe, return a completed
/// task; go async only when the lock is contended or the pipe is at its pause threshold. At most one FlushAsync is
/// outstanding. On the read loop, writes are not flushed: the read loop flushes once per received batch.
/// </content>
public sealed partial class SwitchConnection
{
    private const int BatchFlushBytes = 64 * 1024;
    private const int SendCoalesceBytes = 64 * 1024;

    // Held only while bytes are written into the pipe and FlushAsync is called, never across an await.
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private Task<FlushResult>? _flushPending;
    private long _queuedBytes;
    private int _unflushedBytes;
    private int _batchThread;
    private bool _batchHasData;
    private bool _outputCompleted;
    private byte[]? _sendScratch;
    private byte[]? _frameScratch;

    /// <inheritdoc />
    public ValueTask Send<TState>(in TState state, OpenFlowWriteCallback<TState> write, int sizeHint = 256)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (Volatile.Read(ref _state) != Open)
        {
            return ValueTask.FromException(ClosedException());
        }

        if (_batchThread == Environment.CurrentManagedThreadId)
        {
            return SendOnReadLoop(in state, write, sizeHint);
        }

        if (!_writeLock.Wait(0))
        {
            return SendSlowAsync(state, write, sizeHint);
        }

        Task<FlushResult>? wait;
        try
        {
            if (_flushPending is { IsCompleted: false })
            {
                wait = null;
                goto Slow;
            }

            if (Volatile.Read(ref _state) != Open || _outputCompleted)
            {
                return ValueTask.FromException(ClosedException());
            }

            WriteLocked(in state, write, sizeHint);
            wait = FlushLocked();
        }
        finally
        {
            _writeLock.Release();
        }

        return wait is null ? default : AwaitFlushAsync(wait);

    Slow:
        return SendSlowAsync(state, write, sizeHint);
    }

    /// <inheritdoc />
    public ValueTask SendMessage(ReadOnlySpan<byte> message)
    {
        if (Volatile.Read(ref _state) != Open)
        {
            return ValueTask.FromException(ClosedException());
        }

        if (_batchThread == Environment.CurrentManagedThreadId)
        {
            return WriteRawOnReadLoop(message, default) ? default : ValueTask.FromException(ClosedException());
        }

        // Copied once so that the bytes can cross an await if the queue is full; SendMessage is a convenience, not the hot path.
        return Send(message.ToArray(), static (ref OpenFlowWriter writer, in byte[] bytes) => writer.WriteBytes(bytes), message.Length);
    }

    private ValueTask SendOnReadLoop<TState>(in TState state, OpenFlowWriteCallback<TState> write, int sizeHint)
    {
        // Wait(0) first, here and below: a timed Wait reads the clock before it looks at the count, once per message.
        if (!_writeLock.Wait(0) && !_writeLock.Wait(_options.SendStallTimeout))
        {
            DropStalled("the writer lock stayed busy");
            return ValueTask.FromException(ClosedException());
        }

        try
        {
            if (Volatile.Read(ref _state) != Open || _outputCompleted)
            {
                return ValueTask.FromException(ClosedException());
            }

            WriteLocked(in state, write, sizeHint);
            AfterReadLoopWriteLocked();
        }
        finally
        {
            _writeLock.Release();
        }

        return default;
    }

    /// <summary>Writes an answer to a PacketIn from the read loop (the PacketIn's bytes are valid during the call).</summary>
    internal bool SendAnswer<TState>(in TState state, PacketInWriteCallback<TState> write, in PacketInView packet, int sizeHint)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (!_writeLock.Wait(0) && !_writeLock.Wait(_options.SendStallTimeout))
        {
            DropStalled("the writer lock stayed busy");
            return false;
        }

        try
        {
            if (Volatile.Read(ref _state) != Open || _outputCompleted)
            {
                return false;
            }

            PipeWriter output = _output.Writer;
            Span<byte> span = output.GetSpan(Math.Max(sizeHint, OfpHeader.Size));
            var writer = new OpenFlowWriter(span);
            write(ref writer, in state, in packet);
            int length = writer.BytesWritten;
            if (writer.Overflowed)
            {
                span = output.GetSpan(length);
                writer = new OpenFlowWriter(span);
                write(ref writer, in state, in packet);
                if (writer.Overflowed || writer.BytesWritten != length)
                {
                    throw new InvalidOperationException("The write callback wrote different bytes on its second pass.");
                }
            }

            Committed(span.Slice(0, length));
            if (_batchThread == Environment.CurrentManagedThreadId)
            {
                AfterReadLoopWriteLocked();
            }
            else
            {
                _ = FlushLocked();
            }

            return true;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Dispatches one received message on the calling thread as the read loop would (tests, benchmarks).</summary>
    internal string? DispatchOnCurrentThread(ReadOnlySpan<byte> message)
    {
        _batchThread = Environment.CurrentManagedThreadId;
        try
        {
            OfpHeader.TryRead(message, out OfpHeader header);
            return Dispatch(in header, message);
        }
        finally
        {
            _batchThread = 0;
        }
    }

    /// <summary>Flushes what a dispatched batch wrote, as the read loop does after each batch.</summary>
    internal ValueTask FlushBatchOnCurrentThread() => FlushBatchAsync();

    /// <summary>Writes <paramref name="first"/> then <paramref name="second"/> as one piece from the read loop (echo replies, errors).</summary>
    internal bool WriteRawOnReadLoop(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        if (!_writeLock.Wait(0) && !_writeLock.Wait(_options.SendStallTimeout))
        {
            DropStalled("the writer lock stayed busy");
            return false;
        }

        try
        {
            if (Volatile.Read(ref _state) == Aborted || _outputCompleted)
            {
                return false;
            }

            int length = first.Length + second.Length;
            Span<byte> span = _output.Writer.GetSpan(length);
            first.CopyTo(span);
            second.CopyTo(span.Slice(first.Length));
            Committed(span.Slice(0, length));
            AfterReadLoopWriteLocked();
            return true;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private void AfterReadLoopWriteLocked()
    {
        _batchHasData = true;
        if (_unflushedBytes >= BatchFlushBytes && _flushPending is not { IsCompleted: false })
        {
            // A big batch: start flushing early; the read loop awaits the flush after the batch.
            _ = FlushLocked();
        }
    }

    private async ValueTask SendSlowAsync<TState>(TState state, OpenFlowWriteCallback<TState> write, int sizeHint)
    {
        long deadline = Environment.TickCount64 + (long)_options.SendStallTimeout.TotalMilliseconds;
        while (true)
        {
            Task<FlushResult>? pending = _flushPending;
            if (pending is { IsCompleted: false })
            {
                await AwaitFlushAsync(pending).ConfigureAwait(false);
            }

            long remaining = deadline - Environment.TickCount64;
            bool entered;
            try
            {
                entered = remaining > 0 && await _writeLock.WaitAsync(TimeSpan.FromMilliseconds(remaining), _closedCts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw ClosedException();
            }

            if (!entered)
            {
                DropStalled("a sender waited longer than the stall timeout");
                throw ClosedException();
            }

            Task<FlushResult>? wait = null;
            bool retry = false;
            try
            {
                if (Volatile.Read(ref _state) != Open || _outputCompleted)
                {
                    throw ClosedException();
                }

                if (_flushPending is { IsCompleted: false })
                {
                    retry = true;
                }
                else
                {
                    WriteLocked(in state, write, sizeHint);
                    wait = FlushLocked();
                }
            }
            finally
            {
                _writeLock.Release();
            }

            if (retry)
            {
                continue;
            }

            if (wait is not null)
            {
                await AwaitFlushAsync(wait).ConfigureAwait(false);
            }

            return;
        }
    }

    /// <summary>Flushes what the read loop wrote during a batch: once per batch. Synchronous unless the queue is full.</summary>
    private ValueTask FlushBatchAsync()
    {
        if (!_batchHasData)
        {
            Task<FlushResult>? early = _flushPending;
            return early is { IsCompleted: false } ? AwaitFlushAsync(early) : default;
        }

        _batchHasData = false;
        if (_flushPending is not { IsCompleted: false } && _writeLock.Wait(0))
        {
            Task<FlushResult>? wait = null;
            bool done = true;
            try
            {
                if (_flushPending is { IsCompleted: false })
                {
                    done = false;
                }
                else if (!_outputCompleted && Volatile.Read(ref _state) != Aborted)
                {
                    wait = FlushLocked();
                }
            }
            finally
            {
                _writeLock.Release();
            }

            if (done)
            {
                return wait is null ? default : AwaitFlushAsync(wait);
            }
        }

        return FlushBatchSlowAsync();
    }

    private async ValueTask FlushBatchSlowAsync()
    {
        while (true)
        {
            Task<FlushResult>? pending = _flushPending;
            if (pending is { IsCompleted: false })
            {
                await AwaitFlushAsync(pending).ConfigureAwait(false);
            }

            if (!await _writeLock.WaitAsync(_options.SendStallTimeout, _closedCts.Token).ConfigureAwait(false))
            {
                DropStalled("the writer lock stayed busy");
                throw ClosedException();
            }

            Task<FlushResult>? wait;
            try
            {
                if (_flushPending is { IsCompleted: false })
                {
                    continue;
                }

                if (_outputCompleted || Volatile.Read(ref _state) == Aborted)
                {
                    return;
                }

                wait = FlushLocked();
            }
            finally
            {
                _writeLock.Release();
            }

            if (wait is not null)
            {
                await AwaitFlushAsync(wait).ConfigureAwait(false);
            }

            return;
        }
    }

    private void WriteLocked<TState>(in TState state, OpenFlowWriteCallback<TState> write, int sizeHint)
    {
        PipeWriter output = _output.Writer;
        Span<byte> span = output.GetSpan(Math.Max(sizeHint, OfpHeader.Size));
        var writer = new OpenFlowWriter(span);
        write(ref writer, in state);
        int length = writer.BytesWritten;
        if (writer.Overflowed)
        {
            span = output.GetSpan(length);
            writer = new OpenFlowWriter(span);
            write(ref writer, in state);
            if (writer.Overflowed || writer.BytesWritten != length)
            {
                throw new InvalidOperationException("The write callback wrote different bytes on its second pass.");
            }
        }

        Committed(span.Slice(0, length));
    }

    /// <summary>Counts, captures and advances over bytes just written into the pipe's span (under the lock).</summary>
    private void Committed(Span<byte> written)
    {
        int offset = 0;
        while (written.Length - offset >= OfpHeader.Size)
        {
            int length = BinaryPrimitives.ReadUInt16BigEndian(written.Slice(offset + OfpHeader.LengthOffset));
            if (length < OfpHeader.Size || length > written.Length - offset)
            {
                break;
            }

            _runtime.Metrics.MessageOut((OfpType)written[offset + OfpHeader.TypeOffset]);
            _capture?.Outgoing(written.Slice(offset, length));
            offset += length;
        }

        _output.Writer.Advance(written.Length);
        _unflushedBytes += written.Length;
        long queued = Interlocked.Add(ref _queuedBytes, written.Length);
        if (queued > 2L * _options.SendBufferLimitBytes)
        {
            DropStalled("the send queue exceeded twice its limit");
        }
    }

    /// <summary>Calls FlushAsync (under the lock); returns the flush task when it did not complete at once.</summary>
    private Task<FlushResult>? FlushLocked()
    {
        _unflushedBytes = 0;
        ValueTask<FlushResult> flush = _output.Writer.FlushAsync();
        if (flush.IsCompleted)
        {
            _ = flush.Result;
            return null;
        }

        Task<FlushResult> task = flush.AsTask();
        _flushPending = task;
        return task;
    }

    private async ValueTask AwaitFlushAsync(Task<FlushResult> flush)
    {
        FlushResult result;
        try
        {
            result = await flush.WaitAsync(_options.SendStallTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            DropStalled($"the switch read nothing for {_options.SendStallTimeout.TotalMilliseconds:F0} ms while the send queue was full");
            throw ClosedException();
        }

        if (result.IsCanceled || Volatile.Read(ref _state) == Aborted)
        {
            throw ClosedException();
        }
    }

    private void DropStalled(string detail)
    {
        if (Volatile.Read(ref _state) == Aborted)
        {
            return;
        }

        _runtime.Metrics.SendQueueDrop();
        Log.SendStalled(_runtime.Logger, _name, Interlocked.Read(ref _queuedBytes), detail);
        Abort("send queue stalled: " + detail);
    }

    private void CompleteOutput()
    {
        if (!_writeLock.Wait(TimeSpan.FromSeconds(1)))
        {
            return;
        }

        try
        {
            if (!_outputCompleted)
            {
                _outputCompleted = true;
                _output.Writer.Complete();
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Drains the output pipe to the stream: every segment available is written in as few writes as possible.</summary>
    private async Task SendLoopAsync()
    {
        PipeReader reader = _output.Reader;
        try
        {
            while (true)
            {
                ReadResult result = await reader.ReadAsync().ConfigureAwait(false);
                ReadOnlySequence<byte> buffer = result.Buffer;
                try
                {
                    if (!buffer.IsEmpty)
                    {
                        await WriteToStreamAsync(buffer).ConfigureAwait(false);
                        Interlocked.Add(ref _queuedBytes, -buffer.Length);
                    }
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }

                if (result.IsCompleted || result.IsCanceled)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException or NotSupportedException)
        {
            Abort("send failed: " + ex.Message);
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    private ValueTask WriteToStreamAsync(ReadOnlySequence<byte> buffer)
    {
        // No token: a registration per write would allocate; closing disposes the socket, which ends a pending write.
        CancellationToken token = CancellationToken.None;
        if (buffer.IsSingleSegment)
        {
            return _stream.WriteAsync(buffer.First, token);
        }

        // Coalesce segments into one write (one TLS record, one send call); not an async method, so nothing is
        // allocated when the socket takes the bytes at once.
        _sendScratch ??= ArrayPool<byte>.Shared.Rent(SendCoalesceBytes);
        if (buffer.Length <= _sendScratch.Length)
        {
            buffer.CopyTo(_sendScratch);
            return _stream.WriteAsync(_sendScratch.AsMemory(0, (int)buffer.Length), token);
        }

        return WriteChunksAsync(buffer, token);
    }

    private async ValueTask WriteChunksAsync(ReadOnlySequence<byte> buffer, CancellationToken token)
    {
        byte[] scratch = _sendScratch!;
        while (!buffer.IsEmpty)
        {
            int chunk = (int)Math.Min(buffer.Length, scratch.Length);
            buffer.Slice(0, chunk).CopyTo(scratch);
            await _stream.WriteAsync(scratch.AsMemory(0, chunk), token).ConfigureAwait(false);
            buffer = buffer.Slice(chunk);
        }
    }

    private void ReturnScratch()
    {
        byte[]? send = Interlocked.Exchange(ref _sendScratch, null);
        if (send is not null)
        {
            ArrayPool<byte>.Shared.Return(send);
        }

        byte[]? frame = Interlocked.Exchange(ref _frameScratch, null);
        if (frame is not null)
        {
            ArrayPool<byte>.Shared.Return(frame);
        }
    }
}
