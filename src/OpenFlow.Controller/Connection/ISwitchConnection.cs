using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Controller.Handshake;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Controller.Connection;

/// <summary>
/// One connected switch as apps see it: its identity, and ways to send messages and await replies. Every member is
/// safe to call from any thread.
/// </summary>
public interface ISwitchConnection
{
    /// <summary>The datapath id from FEATURES_REPLY (default until the handshake got it).</summary>
    DatapathId DatapathId { get; }

    /// <summary>The switch's address.</summary>
    EndPoint? RemoteEndPoint { get; }

    /// <summary>Whether the handshake finished and the connection is still open.</summary>
    bool IsReady { get; }

    /// <summary>Whether the connection is still open.</summary>
    bool IsConnected { get; }

    /// <summary>The FEATURES_REPLY, once the handshake got it.</summary>
    SwitchFeatures? Features { get; }

    /// <summary>The ports from PORT_DESC, kept current by PORT_STATUS.</summary>
    IReadOnlyList<SwitchPort> Ports { get; }

    /// <summary>Canceled when the connection closes.</summary>
    CancellationToken Closed { get; }

    /// <summary>Why the connection closed (null while open).</summary>
    string? CloseReason { get; }

    /// <summary>Allocates a transaction id unique on this connection.</summary>
    /// <returns>The xid.</returns>
    Xid NextXid();

    /// <summary>
    /// Writes one or more messages into the send queue. The returned task is already complete unless the queue is at
    /// its limit (the caller then waits up to <c>SendStallTimeout</c> for the switch to read) or another thread holds
    /// the writer. It fails with <see cref="SwitchDisconnectedException"/> when the connection is closed or dropped.
    /// </summary>
    /// <typeparam name="TState">The callback's input.</typeparam>
    /// <param name="state">The callback's input.</param>
    /// <param name="write">Writes the messages; it may run twice and must write the same bytes both times.</param>
    /// <param name="sizeHint">A guess at the size.</param>
    /// <returns>A task that completes when the bytes are queued.</returns>
    ValueTask Send<TState>(in TState state, OpenFlowWriteCallback<TState> write, int sizeHint = 256);

    /// <summary>Queues a message that is already encoded (copied before this returns).</summary>
    /// <param name="message">One or more whole messages.</param>
    /// <returns>A task that completes when the bytes are queued.</returns>
    ValueTask SendMessage(ReadOnlySpan<byte> message);

    /// <summary>
    /// Sends a request with a fresh xid and completes with the reply of that xid turned into a result by
    /// <paramref name="parse"/>. A reply of type OFPT_ERROR fails it with <see cref="OpenFlowErrorException"/>; no reply
    /// within the timeout fails it with <see cref="TimeoutException"/>.
    /// </summary>
    /// <typeparam name="TState">The writer's input.</typeparam>
    /// <typeparam name="TResult">The result.</typeparam>
    /// <param name="state">The writer's input.</param>
    /// <param name="write">Writes the request with the xid given.</param>
    /// <param name="parse">Reads the reply (on the read loop, while the bytes are valid).</param>
    /// <param name="timeout">The timeout; <c>RequestTimeout</c> when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The result.</returns>
    ValueTask<TResult> RequestAsync<TState, TResult>(TState state, RequestWriteCallback<TState> write, ReplyParser<TResult> parse, TimeSpan? timeout = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a multipart request and collects every part of the reply (across <c>OFPMPF_REPLY_MORE</c>), bounded by
    /// <c>MaxMultipartReplyBytes</c> and <c>MultipartTimeout</c>.
    /// </summary>
    /// <typeparam name="TState">The writer's input.</typeparam>
    /// <param name="state">The writer's input.</param>
    /// <param name="write">Writes the OFPT_MULTIPART_REQUEST with the xid given.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The parts in owned buffers; dispose the result.</returns>
    ValueTask<MultipartReply> MultipartRequestAsync<TState>(TState state, RequestWriteCallback<TState> write, CancellationToken cancellationToken = default);

    /// <summary>Sends a multipart request and hands each part of the reply to <paramref name="onPart"/> as it arrives.</summary>
    /// <typeparam name="TState">The writer's input.</typeparam>
    /// <param name="state">The writer's input.</param>
    /// <param name="write">Writes the OFPT_MULTIPART_REQUEST with the xid given.</param>
    /// <param name="onPart">Receives each part on the read loop.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes after the last part.</returns>
    ValueTask MultipartRequestAsync<TState>(TState state, RequestWriteCallback<TState> write, MultipartPartCallback onPart, CancellationToken cancellationToken = default);

    /// <summary>Sends OFPT_BARRIER_REQUEST and completes when the switch answers: every earlier message was processed.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task completing on the barrier reply.</returns>
    ValueTask BarrierAsync(CancellationToken cancellationToken = default);

    /// <summary>Closes the connection (apps hear <c>OnSwitchGone</c>).</summary>
    /// <param name="reason">Why, for the log.</param>
    void Close(string reason);
}
