using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Instructions;

/// <summary>
/// Walks an instruction list, stepping by each instruction's own length. A length below 8, not a multiple of 8,
/// beyond the list, or wrong for the type throws <see cref="OpenFlowFormatException"/>
/// (<c>OFPET_BAD_INSTRUCTION</c>/<c>OFPBIC_BAD_LEN</c>, field <c>instructions[i].len</c>). Unknown types are surfaced.
/// </summary>
public ref struct InstructionEnumerator
{
    private readonly ReadOnlySpan<byte> _instructions;
    private readonly OfpType _messageType;
    private readonly int _offset;
    private int _position;
    private int _index;
    private InstructionView _current;

    internal InstructionEnumerator(ReadOnlySpan<byte> instructions, OfpType messageType, int offset)
    {
        _instructions = instructions;
        _messageType = messageType;
        _offset = offset;
        _position = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The instruction at the current position.</summary>
    public readonly InstructionView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly InstructionEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next instruction.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        if (_position >= _instructions.Length)
        {
            return false;
        }

        if (!InstructionView.TryCreate(_instructions.Slice(_position), _messageType, _offset + _position, _index, out _current, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        _position += _current.Length;
        _index++;
        return true;
    }
}
