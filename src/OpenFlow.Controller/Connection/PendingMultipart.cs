using System;
using System.Threading.Tasks;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Connection;

/// <summary>A multipart request: parts are collected (or handed to a callback) until one arrives without REPLY_MORE.</summary>
internal sealed class PendingMultipart : PendingRequest
{
    private readonly TaskCompletionSource<MultipartReply?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _gate = new();
    private readonly MultipartPartCallback? _onPart;
    private readonly long _maxBytes;
    private MultipartReply? _reply;
    private long _bytes;

    public PendingMultipart(SwitchConnection connection, Xid xid, long maxBytes, MultipartPartCallback? onPart)
        : base(connection, xid)
    {
        _maxBytes = maxBytes;
        _onPart = onPart;
        _reply = onPart is null ? new MultipartReply() : null;
    }

    public Task<MultipartReply?> Task => _completion.Task;

    public override bool OnMessage(ReadOnlySpan<byte> message, OfpType type)
    {
        lock (_gate)
        {
            if (_completion.Task.IsCompleted)
            {
                return true;
            }

            try
            {
                if (type == OfpType.Error)
                {
                    Finish(ErrorToException(message));
                    return true;
                }

                if (type != OfpType.MultipartReply)
                {
                    Finish(new OpenFlowErrorException($"Expected OFPT_MULTIPART_REPLY for xid {Xid}, got {type}."));
                    return true;
                }

                MultipartReplyView part = MultipartReplyView.Read(message);
                _bytes += message.Length;
                if (_bytes > _maxBytes)
                {
                    Finish(new InvalidOperationException($"The multipart reply to xid {Xid} exceeds {_maxBytes} bytes."));
                    return true;
                }

                bool last = !part.More;
                if (_onPart is not null)
                {
                    _onPart(message, last);
                }
                else
                {
                    _reply!.Add(message);
                }

                if (last)
                {
                    Disarm();
                    MultipartReply? reply = _reply;
                    _reply = null;
                    _completion.TrySetResult(reply);
                }

                return last;
            }
            catch (Exception ex)
            {
                Finish(ex);
                return true;
            }
        }
    }

    public override void Fail(Exception exception)
    {
        lock (_gate)
        {
            Finish(exception);
        }
    }

    private void Finish(Exception exception)
    {
        Disarm();
        _reply?.Dispose();
        _reply = null;
        _completion.TrySetException(exception);
    }
}
