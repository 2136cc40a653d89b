using System;
using System.Threading.Tasks;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Connection;

/// <summary>A request answered by one reply message, turned into a result by a parser.</summary>
internal sealed class PendingReply<TResult> : PendingRequest
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ReplyParser<TResult> _parse;

    public PendingReply(SwitchConnection connection, Xid xid, ReplyParser<TResult> parse)
        : base(connection, xid)
    {
        _parse = parse;
    }

    public Task<TResult> Task => _completion.Task;

    public override bool OnMessage(ReadOnlySpan<byte> message, OfpType type)
    {
        Disarm();
        try
        {
            if (type == OfpType.Error)
            {
                _completion.TrySetException(ErrorToException(message));
            }
            else
            {
                _completion.TrySetResult(_parse(message));
            }
        }
        catch (Exception ex)
        {
            _completion.TrySetException(ex);
        }

        return true;
    }

    public override void Fail(Exception exception)
    {
        Disarm();
        _completion.TrySetException(exception);
    }
}
