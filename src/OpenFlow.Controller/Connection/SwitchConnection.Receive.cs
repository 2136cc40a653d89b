using System;
using System.Buffers;
using System.Buffers.Binary;
using System.IO;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Controller.Diagnostics;
using OpenFlow.Controller.Handshake;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Connection;

/// <content>
/// The read loop (Kestrel shape): ReadAsync, drain every complete frame, AdvanceTo(consumed, examined) in finally,
/// flush what the handlers wrote once per batch, stop on IsCompleted. Framing faults close the connection; a malformed
/// body gets OFPT_ERROR and the connection continues.
/// </content>
public sealed partial class SwitchConnection
{
    private const int ErrorHeaderSize = 12;

    private async Task ReadLoopAsync()
    {
        var frames = new OpenFlowFrameReader(_options.MaxMessageLength);
        while (true)
        {
            ReadResult result;
            try
            {
                result = await _input.ReadAsync(_closedCts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or AuthenticationException or InvalidOperationException)
            {
                Abort("receive failed: " + ex.Message);
                return;
            }

            if (result.IsCanceled)
            {
                return;
            }

            ReadOnlySequence<byte> buffer = result.Buffer;
            if (!buffer.IsEmpty)
            {
                Volatile.Write(ref _lastReceived, Environment.TickCount64);
            }

            string? fault = null;
            try
            {
                _batchThread = Environment.CurrentManagedThreadId;
                while (fault is null)
                {
                    OperationStatus status = frames.TryReadFrame(ref buffer, out OfpHeader header, out ReadOnlySequence<byte> message);
                    if (status == OperationStatus.NeedMoreData)
                    {
                        break;
                    }

                    if (status == OperationStatus.InvalidData)
                    {
                        fault = header.Length < OfpHeader.Size
                            ? $"length field {header.Length} is below 8 ({header.Type} xid {header.Xid})"
                            : $"length field {header.Length} exceeds the limit of {frames.MaxMessageLength} ({header.Type} xid {header.Xid})";
                        _runtime.Metrics.FramingError();
                        Log.FramingFault(_runtime.Logger, _name, fault);
                        break;
                    }

                    fault = HandleFrame(in header, message);
                }
            }
            finally
            {
                _batchThread = 0;
                _input.AdvanceTo(buffer.Start, buffer.End);
            }

            try
            {
                await FlushBatchAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is SwitchDisconnectedException or OperationCanceledException)
            {
                return;
            }

            if (fault is not null)
            {
                if (Volatile.Read(ref _state) == Closing)
                {
                    return;
                }

                Abort(fault);
                return;
            }

            if (result.IsCompleted)
            {
                Abort(buffer.IsEmpty
                    ? "the switch closed the connection"
                    : $"the switch closed the connection in the middle of a message ({buffer.Length} bytes of it received)");
                return;
            }
        }
    }

    /// <summary>Hands one frame to dispatch as a contiguous span: zero copy unless it spans segments.</summary>
    private string? HandleFrame(in OfpHeader header, ReadOnlySequence<byte> message)
    {
        if (message.IsSingleSegment)
        {
            return Dispatch(in header, message.FirstSpan);
        }

        int length = (int)message.Length;
        byte[] scratch = _frameScratch ??= ArrayPool<byte>.Shared.Rent(OpenFlowFrameReader.AbsoluteMaxMessageLength);
        message.CopyTo(scratch);
        return Dispatch(in header, scratch.AsSpan(0, length));
    }

    /// <summary>Dispatches one message; returns a reason to close, or null to go on.</summary>
    private string? Dispatch(in OfpHeader header, ReadOnlySpan<byte> message)
    {
        _runtime.Metrics.MessageIn(header.Type);
        _capture?.Incoming(message);
        if (!_helloDone)
        {
            return OnFirstMessage(in header, message);
        }

        if (header.Version != OfpVersion.Of13)
        {
            _runtime.Metrics.FramingError();
            string detail = $"version 0x{header.Version:x2} after negotiating OpenFlow 1.3 ({header.Type} xid {header.Xid})";
            Log.FramingFault(_runtime.Logger, _name, detail);
            SendErrorOnReadLoop(header.Xid, OfpErrorType.BadRequest, (ushort)OfpBadRequestCode.BadVersion, message);
            BeginClosing(detail);
            return detail;
        }

        try
        {
            DispatchByType(in header, message);
        }
        catch (OpenFlowFormatException ex)
        {
            _runtime.Metrics.MalformedMessage();
            Log.Malformed(_runtime.Logger, _name, ex.Message);
            SendErrorOnReadLoop(header.Xid, ex.ErrorType, ex.ErrorCode, message);
        }

        return null;
    }

    private string? OnFirstMessage(in OfpHeader header, ReadOnlySpan<byte> message)
    {
        string? detail = null;
        if (header.Type != OfpType.Hello)
        {
            detail = $"expected HELLO first, got {header.Type}";
        }
        else if (!HelloView.TryRead(message, out HelloView hello, out OpenFlowFormatError error))
        {
            detail = "malformed HELLO: " + error.ToString();
        }
        else if (!HelloNegotiation.TryNegotiate(hello, out _))
        {
            detail = $"no common version: the switch offers header version 0x{hello.Version:x2}{(hello.TryGetVersionBitmap(out _) ? " with a bitmap without 1.3" : string.Empty)}; the controller speaks OpenFlow 1.3 (0x04) only";
        }

        if (detail is null)
        {
            _helloDone = true;
            _helloReceived.TrySetResult(true);
            return null;
        }

        _runtime.Metrics.HandshakeFailed();
        Log.HelloFailed(_runtime.Logger, _name, detail);
        SendErrorOnReadLoop(header.Xid, OfpErrorType.HelloFailed, (ushort)OfpHelloFailedCode.Incompatible, Encoding.ASCII.GetBytes(detail));
        BeginClosing(detail);
        return detail;
    }

    private void DispatchByType(in OfpHeader header, ReadOnlySpan<byte> message)
    {
        // The frame reader already checked the framing; each As... accessor checks the body with the codec's view.
        OpenFlowMessage received = OpenFlowMessage.Read(message);
        switch (received.Type)
        {
            case OfpType.Hello:
                received.AsHello();
                break;
            case OfpType.EchoRequest:
                EchoView echo = received.AsEcho();
                Span<byte> replyHeader = stackalloc byte[OfpHeader.Size];
                new OfpHeader(OfpVersion.Of13, OfpType.EchoReply, (ushort)message.Length, header.Xid).Write(replyHeader);
                WriteRawOnReadLoop(replyHeader, echo.Data);
                break;
            case OfpType.Error:
                ErrorView error = received.AsError();
                _runtime.Metrics.SwitchError();
                if (!CompletePending(header.Xid, header.Type, message))
                {
                    Log.SwitchError(_runtime.Logger, _name, error.Type.ToString(), error.Code, header.Xid.ToString());
                    if (IsReady)
                    {
                        _runtime.Apps.Error(this, error);
                    }
                }

                break;
            case OfpType.EchoReply:
            case OfpType.Experimenter:
            case OfpType.FeaturesReply:
            case OfpType.GetConfigReply:
            case OfpType.MultipartReply:
            case OfpType.BarrierReply:
            case OfpType.QueueGetConfigReply:
            case OfpType.RoleReply:
            case OfpType.GetAsyncReply:
                if (!CompletePending(header.Xid, header.Type, message) && header.Type != OfpType.EchoReply)
                {
                    Log.Unsolicited(_runtime.Logger, _name, header.Type.ToString(), header.Xid.ToString());
                }

                break;
            case OfpType.PacketIn:
                PacketInView packetIn = received.AsPacketIn();
                if (IsReady)
                {
                    _runtime.Metrics.PacketIn();
                    _runtime.Apps.PacketIn(this, packetIn);
                }

                break;
            case OfpType.PortStatus:
                PortStatusView status = received.AsPortStatus();
                UpdatePorts(status);
                if (IsReady)
                {
                    _runtime.Apps.PortStatus(this, status);
                }

                break;
            case OfpType.FlowRemoved:
                FlowRemovedView removed = received.AsFlowRemoved();
                if (IsReady)
                {
                    _runtime.Apps.FlowRemoved(this, removed);
                }

                break;
            default:
                Log.BadType(_runtime.Logger, _name, header.Type.ToString());
                SendErrorOnReadLoop(header.Xid, OfpErrorType.BadRequest, (ushort)OfpBadRequestCode.BadType, message);
                break;
        }
    }

    private bool CompletePending(Xid xid, OfpType type, ReadOnlySpan<byte> message)
    {
        if (!_pending.TryGetValue(xid.Value, out PendingRequest? request))
        {
            return false;
        }

        if (request.OnMessage(message, type))
        {
            RemovePending(request);
        }

        return true;
    }

    private void UpdatePorts(PortStatusView status)
    {
        PortView desc = status.Desc;
        SwitchPort[] current = Volatile.Read(ref _ports);
        PortNo portNo = desc.PortNo;
        int index = -1;
        for (int i = 0; i < current.Length; i++)
        {
            if (current[i].PortNo == portNo)
            {
                index = i;
                break;
            }
        }

        SwitchPort[] next;
        if (status.Reason == OfpPortReason.Delete)
        {
            if (index < 0)
            {
                return;
            }

            next = new SwitchPort[current.Length - 1];
            Array.Copy(current, 0, next, 0, index);
            Array.Copy(current, index + 1, next, index, current.Length - index - 1);
        }
        else if (index < 0)
        {
            next = new SwitchPort[current.Length + 1];
            current.CopyTo(next, 0);
            next[current.Length] = SwitchPort.From(desc);
        }
        else
        {
            next = (SwitchPort[])current.Clone();
            next[index] = SwitchPort.From(desc);
        }

        Volatile.Write(ref _ports, next);
    }

    /// <summary>Queues OFPT_ERROR with the first 64 bytes of <paramref name="data"/>, from the read loop.</summary>
    private void SendErrorOnReadLoop(Xid xid, OfpErrorType type, ushort code, ReadOnlySpan<byte> data)
    {
        data = data.Slice(0, Math.Min(data.Length, 64));
        Span<byte> head = stackalloc byte[ErrorHeaderSize];
        new OfpHeader(OfpVersion.Of13, OfpType.Error, (ushort)(ErrorHeaderSize + data.Length), xid).Write(head);
        BinaryPrimitives.WriteUInt16BigEndian(head.Slice(8), (ushort)type);
        BinaryPrimitives.WriteUInt16BigEndian(head.Slice(10), code);
        WriteRawOnReadLoop(head, data);
    }
}
