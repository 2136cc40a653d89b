using System;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// Steps through the <c>ofp_packet_queue</c> list of a queue configuration reply by each queue's <c>len</c>. Throws
/// <see cref="Errors.OpenFlowFormatException"/> (<c>OFPBRC_BAD_LEN</c>, field <c>queues[i].len</c>) for a length below 16
/// or beyond the list (lengths need not be multiples of 8: real switches send queues that are not).
/// </summary>
public ref struct PacketQueueEnumerator
{
    private readonly ReadOnlySpan<byte> _queues;
    private readonly OfpType _messageType;
    private readonly int _baseOffset;
    private int _next;
    private int _index;
    private PacketQueueView _current;

    /// <summary>Creates an enumerator over a list of packet queues.</summary>
    /// <param name="queues">Exactly the bytes of the list.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="queues"/> from the start of the message, for errors.</param>
    public PacketQueueEnumerator(ReadOnlySpan<byte> queues, OfpType messageType, int offset)
    {
        _queues = queues;
        _messageType = messageType;
        _baseOffset = offset;
        _next = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The queue at the current position.</summary>
    public readonly PacketQueueView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly PacketQueueEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next queue.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        if (_next >= _queues.Length)
        {
            return false;
        }

        int length = ListStep.Length(_queues, _next, PacketQueueView.LenOffset, PacketQueueView.HeaderSize, 1, _messageType, "queues", ".len", _index, _baseOffset);
        _current = new PacketQueueView(_queues.Slice(_next, length), _messageType, _baseOffset + _next);
        _next += length;
        _index++;
        return true;
    }
}
