using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// Steps through the <c>ofp_flow_stats</c> entries of an <c>OFPMP_FLOW</c> reply by each entry's <c>length</c>.
/// Throws <see cref="OpenFlowFormatException"/> (<c>OFPBRC_BAD_LEN</c>, field <c>body.flow_stats[i].length</c>) for a
/// length below 56, not a multiple of 8, or beyond the body; and the match's own error for a malformed match.
/// </summary>
public ref struct FlowStatsEnumerator
{
    private readonly ReadOnlySpan<byte> _entries;
    private readonly OfpType _messageType;
    private readonly int _baseOffset;
    private int _next;
    private int _index;
    private FlowStatsView _current;

    /// <summary>Creates an enumerator over a list of flow stats entries.</summary>
    /// <param name="entries">The list (the reply body).</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="entries"/> from the start of the message, for errors.</param>
    public FlowStatsEnumerator(ReadOnlySpan<byte> entries, OfpType messageType, int offset)
    {
        _entries = entries;
        _messageType = messageType;
        _baseOffset = offset;
        _next = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The entry at the current position.</summary>
    public readonly FlowStatsView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly FlowStatsEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next entry.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        int remaining = _entries.Length - _next;
        if (remaining <= 0)
        {
            return false;
        }

        int offset = _baseOffset + _next;
        if (remaining < 2)
        {
            MessageChecks.ThrowBadLength(_messageType, MessageChecks.Indexed("body.flow_stats", _index, string.Empty), offset, "message ends inside an ofp_flow_stats");
        }

        int length = BinaryPrimitives.ReadUInt16BigEndian(_entries.Slice(_next));
        if (length < FlowStatsView.MinLength || (length & 7) != 0 || length > remaining)
        {
            MessageChecks.ThrowBadLength(
                _messageType,
                MessageChecks.Indexed("body.flow_stats", _index, ".length"),
                offset,
                "flow stats length is below 56, not a multiple of 8, or beyond the body");
        }

        if (!FlowStatsView.TryRead(_entries.Slice(_next, length), _messageType, offset, out FlowStatsView entry, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        _current = entry;
        _next += length;
        _index++;
        return true;
    }
}
