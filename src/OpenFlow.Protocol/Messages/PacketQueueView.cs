using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// One queue of a queue configuration reply (<c>struct ofp_packet_queue</c>), created by
/// <see cref="PacketQueueEnumerator"/>, which checks its length.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            queue_id                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              port                             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |              len              |          pad (6 bytes)        |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
/// |                                                               |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  properties (see QueuePropertyView) ...                       |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct PacketQueueView
{
    /// <summary>Size of <c>ofp_packet_queue</c> without properties.</summary>
    public const int HeaderSize = 16;

    /// <summary>Offset of the 16-bit <c>len</c> field.</summary>
    public const int LenOffset = 8;

    private const int PortOffset = 4;

    private readonly ReadOnlySpan<byte> _queue;
    private readonly OfpType _messageType;

    internal PacketQueueView(ReadOnlySpan<byte> queue, OfpType messageType, int offset)
    {
        _queue = queue;
        _messageType = messageType;
        Offset = offset;
    }

    /// <summary>Offset of the queue from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The queue's bytes (<see cref="Length"/> of them).</summary>
    public ReadOnlySpan<byte> Raw => _queue;

    /// <summary>The queue id.</summary>
    public uint QueueId => BinaryPrimitives.ReadUInt32BigEndian(_queue);

    /// <summary>The port the queue is attached to.</summary>
    public PortNo Port => new(BinaryPrimitives.ReadUInt32BigEndian(_queue.Slice(PortOffset)));

    /// <summary>The <c>len</c> field.</summary>
    public int Length => _queue.Length;

    /// <summary>The properties (each checked while enumerating).</summary>
    public QueuePropertyEnumerator Properties => new(_queue.Slice(HeaderSize), _messageType, Offset + HeaderSize);
}
