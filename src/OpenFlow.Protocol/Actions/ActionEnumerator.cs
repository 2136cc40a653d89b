using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions;

/// <summary>
/// Walks an action list, stepping by each action's own length. A length below 8, not a multiple of 8, beyond the
/// list, or wrong for the type throws <see cref="OpenFlowFormatException"/> (<c>OFPET_BAD_ACTION</c>/<c>OFPBAC_BAD_LEN</c>,
/// field <c>actions[i].len</c>, absolute offset). Unknown types are surfaced.
/// </summary>
public ref struct ActionEnumerator
{
    private readonly ReadOnlySpan<byte> _actions;
    private readonly OfpType _messageType;
    private readonly int _offset;
    private readonly string? _parent;
    private readonly int _parentIndex;
    private int _position;
    private int _index;
    private ActionView _current;

    internal ActionEnumerator(ReadOnlySpan<byte> actions, OfpType messageType, int offset, string? parent, int parentIndex)
    {
        _actions = actions;
        _messageType = messageType;
        _offset = offset;
        _parent = parent;
        _parentIndex = parentIndex;
        _position = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The action at the current position.</summary>
    public readonly ActionView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly ActionEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next action.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        if (_position >= _actions.Length)
        {
            return false;
        }

        if (!ActionView.TryCreate(_actions.Slice(_position), _messageType, _offset + _position, _parent, _parentIndex, _index, out _current, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        _position += _current.Length;
        _index++;
        return true;
    }
}
