using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_QUEUE_GET_CONFIG_REQUEST</c> (<c>struct ofp_queue_get_config_request</c>, 16 bytes).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 22   |          length = 16          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              port                             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              pad                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct QueueGetConfigRequestView
{
    /// <summary>Size of <c>ofp_queue_get_config_request</c>.</summary>
    public const int Size = 16;

    private const int PortOffset = 8;

    private readonly ReadOnlySpan<byte> _message;

    private QueueGetConfigRequestView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The port whose queues are asked for (<see cref="PortNo.Any"/> for all).</summary>
    public PortNo Port => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(PortOffset)));

    /// <summary>Reads a queue configuration request.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed queue configuration request.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out QueueGetConfigRequestView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheck(message, OfpType.QueueGetConfigRequest, Size, exact: true, out error))
        {
            view = default;
            return false;
        }

        view = new QueueGetConfigRequestView(message);
        return true;
    }

    /// <summary>Reads a queue configuration request, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static QueueGetConfigRequestView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out QueueGetConfigRequestView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
