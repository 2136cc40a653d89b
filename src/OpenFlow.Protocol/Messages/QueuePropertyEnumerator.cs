using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// Steps through the properties of a packet queue by each property's <c>len</c>. Throws
/// <see cref="Errors.OpenFlowFormatException"/> (<c>OFPBRC_BAD_LEN</c>, field <c>queues[q].properties[i].len</c>) for a
/// length below the property's fixed size (8, or 16 for the rate and experimenter properties) or beyond the list.
/// Lengths need not be multiples of 8: real switches send experimenter properties that are not.
/// </summary>
public ref struct QueuePropertyEnumerator
{
    private readonly ReadOnlySpan<byte> _properties;
    private readonly OfpType _messageType;
    private readonly int _baseOffset;
    private int _next;
    private int _index;
    private QueuePropertyView _current;

    /// <summary>Creates an enumerator over a list of queue properties.</summary>
    /// <param name="properties">Exactly the bytes of the list.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="properties"/> from the start of the message, for errors.</param>
    public QueuePropertyEnumerator(ReadOnlySpan<byte> properties, OfpType messageType, int offset)
    {
        _properties = properties;
        _messageType = messageType;
        _baseOffset = offset;
        _next = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The property at the current position.</summary>
    public readonly QueuePropertyView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly QueuePropertyEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next property.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        if (_next >= _properties.Length)
        {
            return false;
        }

        int min = QueuePropertyView.HeaderSize;
        if (_properties.Length - _next >= 2)
        {
            var type = (OfpQueueProperties)BinaryPrimitives.ReadUInt16BigEndian(_properties.Slice(_next));
            if (type is OfpQueueProperties.MinRate or OfpQueueProperties.MaxRate or OfpQueueProperties.Experimenter)
            {
                min = QueuePropertyView.Size;
            }
        }

        int length = ListStep.Length(_properties, _next, 2, min, 1, _messageType, "properties", ".len", _index, _baseOffset);
        _current = new QueuePropertyView(_properties.Slice(_next, length), _baseOffset + _next);
        _next += length;
        _index++;
        return true;
    }
}
