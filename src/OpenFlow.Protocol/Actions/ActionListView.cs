using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Actions;

/// <summary>
/// A list of actions (in an apply/write-actions instruction, a packet-out or a group bucket): actions back to back,
/// each a multiple of 8 bytes. Enumerate it with <c>foreach</c>; <see cref="TryValidate"/> checks it whole without throwing.
/// </summary>
public readonly ref struct ActionListView
{
    private readonly ReadOnlySpan<byte> _actions;
    private readonly OfpType _messageType;
    private readonly string? _parent;
    private readonly int _parentIndex;

    /// <summary>Creates a view over an action list.</summary>
    /// <param name="actions">Exactly the bytes of the list.</param>
    /// <param name="messageType">The type of the message being read, for errors.</param>
    /// <param name="offset">Position of <paramref name="actions"/> in the message, for errors.</param>
    public ActionListView(ReadOnlySpan<byte> actions, OfpType messageType, int offset)
        : this(actions, messageType, offset, null, 0)
    {
    }

    /// <summary>Creates a view over an action list nested in another list, so errors read <c>buckets[2].actions[0].len</c>.</summary>
    /// <param name="actions">Exactly the bytes of the list.</param>
    /// <param name="messageType">The type of the message being read, for errors.</param>
    /// <param name="offset">Position of <paramref name="actions"/> in the message, for errors.</param>
    /// <param name="parentList">The enclosing list's name (<c>instructions</c>, <c>buckets</c>), or null.</param>
    /// <param name="parentIndex">The index of the enclosing element.</param>
    public ActionListView(ReadOnlySpan<byte> actions, OfpType messageType, int offset, string? parentList, int parentIndex)
    {
        _actions = actions;
        _messageType = messageType;
        Offset = offset;
        _parent = parentList;
        _parentIndex = parentIndex;
    }

    /// <summary>Length of the list in bytes.</summary>
    public int Length => _actions.Length;

    /// <summary>Byte offset of the list from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The list as on the wire.</summary>
    public ReadOnlySpan<byte> Bytes => _actions;

    /// <summary>Whether the list has no actions (an empty list drops the packet).</summary>
    public bool IsEmpty => _actions.IsEmpty;

    /// <summary>Enumerates the actions in wire order.</summary>
    public ActionEnumerator GetEnumerator() => new(_actions, _messageType, Offset, _parent, _parentIndex);

    /// <summary>Checks every action of the list.</summary>
    /// <param name="error">The first problem, when there is one.</param>
    /// <returns>Whether every action is well formed.</returns>
    public bool TryValidate(out OpenFlowFormatError error)
    {
        int position = 0;
        int index = 0;
        while (position < _actions.Length)
        {
            if (!ActionView.TryCreate(_actions.Slice(position), _messageType, Offset + position, _parent, _parentIndex, index, out ActionView action, out error))
            {
                return false;
            }

            position += action.Length;
            index++;
        }

        error = default;
        return true;
    }
}
