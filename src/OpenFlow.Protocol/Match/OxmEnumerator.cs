using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Match;

/// <summary>
/// Walks the OXM TLVs of a match, stepping by each TLV's own length. A TLV cut short or with a payload length that
/// does not fit its field throws <see cref="OpenFlowFormatException"/> (<c>OFPET_BAD_MATCH</c>/<c>OFPBMC_BAD_LEN</c>);
/// a <see cref="MatchView"/> has already checked them all when it was created. Unknown classes and fields are surfaced.
/// </summary>
public ref struct OxmEnumerator
{
    private readonly ReadOnlySpan<byte> _fields;
    private readonly OfpType _messageType;
    private readonly int _offset;
    private int _position;
    private int _index;
    private OxmView _current;

    internal OxmEnumerator(ReadOnlySpan<byte> fields, OfpType messageType, int offset)
    {
        _fields = fields;
        _messageType = messageType;
        _offset = offset;
        _position = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The TLV at the current position.</summary>
    public readonly OxmView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly OxmEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next TLV.</summary>
    /// <returns>False at the end of the match.</returns>
    public bool MoveNext()
    {
        if (_position >= _fields.Length)
        {
            return false;
        }

        ReadOnlySpan<byte> rest = _fields.Slice(_position);
        OxmProblem problem = OxmTlv.Check(rest, out int length);
        if (problem != OxmProblem.None)
        {
            ThrowHelper.ThrowFormat(
                _messageType,
                OxmTlv.FieldName(MatchView.FieldsName, _index, problem),
                _offset + _position + OxmTlv.ProblemOffset(problem),
                OxmTlv.Reason(problem),
                OfpErrorType.BadMatch,
                (ushort)OfpBadMatchCode.BadLen);
        }

        _current = new OxmView(rest.Slice(0, length), _offset + _position);
        _position += length;
        _index++;
        return true;
    }
}
