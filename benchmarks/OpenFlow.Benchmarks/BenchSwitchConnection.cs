using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Controller.Connection;
using OpenFlow.Controller.Handshake;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Benchmarks;

/// <summary>
/// A switch connection for in-process benchmarks: <see cref="Send{TState}"/> runs the app's write callback into one
/// reusable buffer (as the runtime's send path writes into its pipe), FLOW multipart requests get an empty reply and
/// barriers complete at once. Nothing is allocated per message.
/// </summary>
internal sealed class BenchSwitchConnection : ISwitchConnection
{
    private readonly byte[] _output = new byte[64 * 1024];
    private uint _xid;

    public DatapathId DatapathId { get; } = new(0xbe);

    public EndPoint? RemoteEndPoint => null;

    public bool IsReady => true;

    public bool IsConnected => CloseReason is null;

    public SwitchFeatures? Features => null;

    public IReadOnlyList<SwitchPort> Ports => Array.Empty<SwitchPort>();

    public CancellationToken Closed => CancellationToken.None;

    public string? CloseReason { get; private set; }

    /// <summary>The bytes the app sent since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Output => _output.AsSpan(0, Written);

    /// <summary>How many bytes the app sent since the last <see cref="Clear"/>.</summary>
    public int Written { get; private set; }

    /// <summary>Forgets what the app sent.</summary>
    public void Clear() => Written = 0;

    public Xid NextXid() => new(++_xid);

    public ValueTask Send<TState>(in TState state, OpenFlowWriteCallback<TState> write, int sizeHint = 256)
    {
        var writer = new OpenFlowWriter(_output.AsSpan(Written));
        write(ref writer, in state);
        if (writer.Overflowed)
        {
            throw new InvalidOperationException("The benchmark's output buffer is full: call Clear.");
        }

        Written += writer.BytesWritten;
        return default;
    }

    public ValueTask SendMessage(ReadOnlySpan<byte> message)
    {
        message.CopyTo(_output.AsSpan(Written));
        Written += message.Length;
        return default;
    }

    public ValueTask<TResult> RequestAsync<TState, TResult>(TState state, RequestWriteCallback<TState> write, ReplyParser<TResult> parse, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public ValueTask<MultipartReply> MultipartRequestAsync<TState>(TState state, RequestWriteCallback<TState> write, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public ValueTask MultipartRequestAsync<TState>(TState state, RequestWriteCallback<TState> write, MultipartPartCallback onPart, CancellationToken cancellationToken = default)
    {
        // The switch holds no flows of ours: one empty FLOW reply.
        byte[] reply = new byte[MultipartReplyView.MinLength];
        var writer = new OpenFlowWriter(reply);
        writer.EndMessage(writer.BeginMultipartReply(NextXid(), OfpMultipartType.Flow));
        onPart(reply, true);
        return default;
    }

    public ValueTask BarrierAsync(CancellationToken cancellationToken = default) => default;

    public void Close(string reason)
    {
        CloseReason = reason;
    }
}
