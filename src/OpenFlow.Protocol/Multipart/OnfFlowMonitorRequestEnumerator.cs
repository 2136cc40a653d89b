using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// Steps through the <c>onf_flow_monitor_request</c> entries of an ONF flow monitor request: each is 16 bytes and
/// its <c>match_len</c> rounded up to 8. Throws <see cref="Errors.OpenFlowFormatException"/> (<c>OFPBRC_BAD_LEN</c>,
/// field <c>requests[i].match_len</c>) when the list ends inside an entry.
/// </summary>
public ref struct OnfFlowMonitorRequestEnumerator
{
    private readonly ReadOnlySpan<byte> _list;
    private readonly OfpType _messageType;
    private readonly int _baseOffset;
    private int _next;
    private int _index;
    private OnfFlowMonitorRequestView _current;

    /// <summary>Creates an enumerator over the list.</summary>
    /// <param name="list">Exactly the bytes of the list (the experimenter data).</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="list"/> from the start of the message, for errors.</param>
    public OnfFlowMonitorRequestEnumerator(ReadOnlySpan<byte> list, OfpType messageType, int offset)
    {
        _list = list;
        _messageType = messageType;
        _baseOffset = offset;
        _next = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The entry at the current position.</summary>
    public readonly OnfFlowMonitorRequestView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly OnfFlowMonitorRequestEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next entry.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        if (_next >= _list.Length)
        {
            return false;
        }

        ListStep.Fixed(_list, _next, OnfFlowMonitorRequestView.HeaderSize, _messageType, "requests", _index, _baseOffset);
        int matchLen = BinaryPrimitives.ReadUInt16BigEndian(_list.Slice(_next + OnfFlowMonitorRequestView.MatchLenOffset));
        int length = OnfFlowMonitorRequestView.HeaderSize + Padding.RoundUpTo8(matchLen);
        if (length > _list.Length - _next)
        {
            MessageChecks.ThrowBadLength(
                _messageType,
                MessageChecks.Indexed("requests", _index, ".match_len"),
                _baseOffset + _next + OnfFlowMonitorRequestView.MatchLenOffset,
                "the OXM fields run beyond the end of the list");
        }

        _current = new OnfFlowMonitorRequestView(_list.Slice(_next, length), _messageType, _baseOffset + _next);
        _next += length;
        _index++;
        return true;
    }
}
