using System;
using System.Threading;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Connection;

/// <summary>
/// A request waiting for its reply. Whoever removes it from the connection's table (the reply, the timeout, the
/// cancellation or the close) completes it; the others find nothing.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "The timeout source is disposed when the request completes (Disarm).")]
internal abstract class PendingRequest
{
    private CancellationTokenSource? _timeout;
    private CancellationTokenRegistration _timeoutRegistration;
    private CancellationTokenRegistration _userRegistration;

    protected PendingRequest(SwitchConnection connection, Xid xid)
    {
        Connection = connection;
        Xid = xid;
    }

    public Xid Xid { get; }

    protected SwitchConnection Connection { get; }

    /// <summary>Handles a reply-type message with this xid; returns true when the request is complete.</summary>
    public abstract bool OnMessage(ReadOnlySpan<byte> message, OfpType type);

    /// <summary>Fails the request (it was already removed from the table).</summary>
    public abstract void Fail(Exception exception);

    public void Arm(TimeSpan timeout, CancellationToken cancellationToken)
    {
        _timeout = new CancellationTokenSource(timeout);
        _timeoutRegistration = _timeout.Token.UnsafeRegister(
            static (state, _) =>
            {
                var request = (PendingRequest)state!;
                if (request.Connection.RemovePending(request))
                {
                    request.Fail(new TimeoutException($"No reply to xid {request.Xid} from switch {request.Connection.Name} in time."));
                }
            },
            this);
        if (cancellationToken.CanBeCanceled)
        {
            _userRegistration = cancellationToken.UnsafeRegister(
                static (state, token) =>
                {
                    var request = (PendingRequest)state!;
                    if (request.Connection.RemovePending(request))
                    {
                        request.Fail(new OperationCanceledException(token));
                    }
                },
                this);
        }
    }

    protected void Disarm()
    {
        _timeoutRegistration.Dispose();
        _userRegistration.Dispose();
        _timeout?.Dispose();
    }

    protected static Exception ErrorToException(ReadOnlySpan<byte> message)
    {
        ErrorView error = ErrorView.Read(message);
        return new OpenFlowErrorException(error.Xid, error.Type, error.Code, error.Data.ToArray());
    }
}
