using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_QUEUE_GET_CONFIG_REPLY</c> (<c>struct ofp_queue_get_config_reply</c>, 16 bytes and queues).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 23   |            length             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              port                             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              pad                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  queues (ofp_packet_queue, see PacketQueueView) ...           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct QueueGetConfigReplyView
{
    /// <summary>Size of <c>ofp_queue_get_config_reply</c> without queues.</summary>
    public const int MinLength = 16;

    /// <summary>Offset of the first queue.</summary>
    public const int QueuesOffset = 16;

    private const int PortOffset = 8;

    private readonly ReadOnlySpan<byte> _message;

    private QueueGetConfigReplyView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The port that was queried.</summary>
    public PortNo Port => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(PortOffset)));

    /// <summary>The queues (each checked while enumerating).</summary>
    public PacketQueueEnumerator Queues => new(_message.Slice(QueuesOffset), OfpType.QueueGetConfigReply, QueuesOffset);

    /// <summary>Reads a queue configuration reply.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the fixed fields are well formed.</param>
    /// <param name="error">What is wrong, when they are not.</param>
    /// <returns>Whether the message is a queue configuration reply with its fixed fields.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out QueueGetConfigReplyView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheck(message, OfpType.QueueGetConfigReply, MinLength, exact: false, out error))
        {
            view = default;
            return false;
        }

        view = new QueueGetConfigReplyView(message);
        return true;
    }

    /// <summary>Reads a queue configuration reply, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static QueueGetConfigReplyView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out QueueGetConfigReplyView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
