using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Instructions;

/// <summary>
/// The instructions of a flow-mod or flow-stats entry: instructions back to back, each a multiple of 8 bytes.
/// Enumerate it with <c>foreach</c>; <see cref="TryValidate"/> checks it whole, nested actions included, without throwing.
/// </summary>
public readonly ref struct InstructionListView
{
    internal const string ListName = "instructions";

    private readonly ReadOnlySpan<byte> _instructions;
    private readonly OfpType _messageType;

    /// <summary>Creates a view over an instruction list.</summary>
    /// <param name="instructions">Exactly the bytes of the list.</param>
    /// <param name="messageType">The type of the message being read, for errors.</param>
    /// <param name="offset">Position of <paramref name="instructions"/> in the message, for errors.</param>
    public InstructionListView(ReadOnlySpan<byte> instructions, OfpType messageType, int offset)
    {
        _instructions = instructions;
        _messageType = messageType;
        Offset = offset;
    }

    /// <summary>Length of the list in bytes.</summary>
    public int Length => _instructions.Length;

    /// <summary>Byte offset of the list from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The list as on the wire.</summary>
    public ReadOnlySpan<byte> Bytes => _instructions;

    /// <summary>Whether the list has no instructions.</summary>
    public bool IsEmpty => _instructions.IsEmpty;

    /// <summary>Enumerates the instructions in wire order.</summary>
    public InstructionEnumerator GetEnumerator() => new(_instructions, _messageType, Offset);

    /// <summary>Checks every instruction of the list and the actions inside write/apply-actions instructions.</summary>
    /// <param name="error">The first problem, when there is one.</param>
    /// <returns>Whether the whole list is well formed.</returns>
    public bool TryValidate(out OpenFlowFormatError error)
    {
        int position = 0;
        int index = 0;
        while (position < _instructions.Length)
        {
            if (!InstructionView.TryCreate(_instructions.Slice(position), _messageType, Offset + position, index, out InstructionView instruction, out error))
            {
                return false;
            }

            if (!instruction.Actions.TryValidate(out error))
            {
                return false;
            }

            position += instruction.Length;
            index++;
        }

        error = default;
        return true;
    }
}
