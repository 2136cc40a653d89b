using System;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Controller.Connection;

/// <content>Requests correlated by xid: single replies, multipart replies, barriers.</content>
public sealed partial class SwitchConnection
{
    /// <inheritdoc />
    public async ValueTask<TResult> RequestAsync<TState, TResult>(TState state, RequestWriteCallback<TState> write, ReplyParser<TResult> parse, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(parse);
        Xid xid = NextXid();
        var request = new PendingReply<TResult>(this, xid, parse);
        await StartRequestAsync(request, new RequestState<TState>(state, write, xid), timeout ?? _options.RequestTimeout, cancellationToken).ConfigureAwait(false);
        return await request.Task.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<MultipartReply> MultipartRequestAsync<TState>(TState state, RequestWriteCallback<TState> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        Xid xid = NextXid();
        var request = new PendingMultipart(this, xid, _options.MaxMultipartReplyBytes, onPart: null);
        await StartRequestAsync(request, new RequestState<TState>(state, write, xid), _options.MultipartTimeout, cancellationToken).ConfigureAwait(false);
        return (await request.Task.ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public async ValueTask MultipartRequestAsync<TState>(TState state, RequestWriteCallback<TState> write, MultipartPartCallback onPart, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(onPart);
        Xid xid = NextXid();
        var request = new PendingMultipart(this, xid, _options.MaxMultipartReplyBytes, onPart);
        await StartRequestAsync(request, new RequestState<TState>(state, write, xid), _options.MultipartTimeout, cancellationToken).ConfigureAwait(false);
        await request.Task.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask BarrierAsync(CancellationToken cancellationToken = default) =>
        await RequestAsync(
            0,
            static (ref OpenFlowWriter writer, in int _, Xid xid) => writer.WriteBarrierRequest(xid),
            static _ => true,
            cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>Sends ECHO_REQUEST with <paramref name="data"/> and completes with the round-trip time.</summary>
    /// <param name="data">Data the switch must echo.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The round-trip time.</returns>
    public async ValueTask<TimeSpan> EchoAsync(ReadOnlyMemory<byte> data = default, CancellationToken cancellationToken = default)
    {
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        await RequestAsync(
            data,
            static (ref OpenFlowWriter writer, in ReadOnlyMemory<byte> bytes, Xid xid) => writer.WriteEchoRequest(xid, bytes.Span),
            static _ => true,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return System.Diagnostics.Stopwatch.GetElapsedTime(start);
    }

    private async ValueTask StartRequestAsync<TState>(PendingRequest request, RequestState<TState> state, TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_pending.TryAdd(request.Xid.Value, request))
        {
            throw new InvalidOperationException($"xid {request.Xid} is already pending.");
        }

        if (Volatile.Read(ref _state) != Open)
        {
            RemovePending(request);
            throw ClosedException();
        }

        request.Arm(timeout, cancellationToken);
        try
        {
            await Send(state, static (ref OpenFlowWriter writer, in RequestState<TState> s) => s.Write(ref writer, s.State, s.Xid), 256).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            if (RemovePending(request))
            {
                request.Fail(ex);
            }
        }
    }

    private readonly struct RequestState<TState>
    {
        public RequestState(TState state, RequestWriteCallback<TState> write, Xid xid)
        {
            State = state;
            Write = write;
            Xid = xid;
        }

        public TState State { get; }

        public RequestWriteCallback<TState> Write { get; }

        public Xid Xid { get; }
    }
}
