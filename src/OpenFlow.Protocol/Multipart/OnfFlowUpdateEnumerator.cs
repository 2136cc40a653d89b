using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// Steps through the updates of an ONF flow monitor reply by each update's <c>length</c>. Throws
/// <see cref="Errors.OpenFlowFormatException"/> (<c>OFPBRC_BAD_LEN</c>, field <c>updates[i].length</c> or
/// <c>updates[i].match_len</c>) for a length below the event's fixed size (24 full, 8 abbreviated, 4 otherwise) or
/// beyond the list, or OXM fields that do not fit the update.
/// </summary>
public ref struct OnfFlowUpdateEnumerator
{
    private readonly ReadOnlySpan<byte> _list;
    private readonly OfpType _messageType;
    private readonly int _baseOffset;
    private int _next;
    private int _index;
    private OnfFlowUpdateView _current;

    /// <summary>Creates an enumerator over the list.</summary>
    /// <param name="list">Exactly the bytes of the list (the experimenter data).</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="list"/> from the start of the message, for errors.</param>
    public OnfFlowUpdateEnumerator(ReadOnlySpan<byte> list, OfpType messageType, int offset)
    {
        _list = list;
        _messageType = messageType;
        _baseOffset = offset;
        _next = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The update at the current position.</summary>
    public readonly OnfFlowUpdateView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly OnfFlowUpdateEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next update.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        if (_next >= _list.Length)
        {
            return false;
        }

        ListStep.Fixed(_list, _next, OnfFlowUpdateView.HeaderSize, _messageType, "updates", _index, _baseOffset);
        var kind = (OnfFlowUpdateEvent)BinaryPrimitives.ReadUInt16BigEndian(_list.Slice(_next + 2));
        int min = kind switch
        {
            OnfFlowUpdateEvent.Added or OnfFlowUpdateEvent.Deleted or OnfFlowUpdateEvent.Modified => OnfFlowUpdateView.FullSize,
            OnfFlowUpdateEvent.Abbrev => OnfFlowUpdateView.AbbrevSize,
            _ => OnfFlowUpdateView.HeaderSize,
        };
        int length = ListStep.Length(_list, _next, 0, min, 1, _messageType, "updates", ".length", _index, _baseOffset);
        if (min == OnfFlowUpdateView.FullSize)
        {
            int matchLen = BinaryPrimitives.ReadUInt16BigEndian(_list.Slice(_next + OnfFlowUpdateView.MatchLenOffset));
            if (OnfFlowUpdateView.FullSize + Padding.RoundUpTo8(matchLen) > length)
            {
                MessageChecks.ThrowBadLength(
                    _messageType,
                    MessageChecks.Indexed("updates", _index, ".match_len"),
                    _baseOffset + _next + OnfFlowUpdateView.MatchLenOffset,
                    "the OXM fields run beyond the end of the update");
            }
        }

        _current = new OnfFlowUpdateView(_list.Slice(_next, length), _messageType, _baseOffset + _next);
        _next += length;
        _index++;
        return true;
    }
}
