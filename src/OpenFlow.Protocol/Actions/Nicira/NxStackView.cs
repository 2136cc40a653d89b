using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_STACK_PUSH</c> and <c>NXAST_STACK_POP</c> (<c>struct nx_action_stack</c>, 24 bytes): push bits of a field onto the stack, or pop into them.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=27/28 | offset        | field header (4)              |
/// +---------------+---------------+-------------------------------+
/// | n_bits        | zeros (6)                                     |
/// +---------------+-----------------------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxStackView
{
    /// <summary>Size of the action.</summary>
    public const int Size = 24;

    private const int BitOffsetOffset = 10;
    private const int FieldOffset = 12;
    private const int NBitsOffset = 16;


    private readonly ReadOnlySpan<byte> _action;

    private NxStackView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>Whether this is a push (<c>NXAST_STACK_PUSH</c>) rather than a pop.</summary>
    public bool IsPush => NxAction.U16(_action, NxAction.SubtypeOffset) == (ushort)NxActionSubtype.StackPush;

    /// <summary>The field and bits pushed or popped.</summary>
    public NxmFieldRef Field => new(OxmHeader.Read(_action.Slice(FieldOffset)), NxAction.U16(_action, BitOffsetOffset), NxAction.U16(_action, NBitsOffset));


    /// <summary>Reads an action as <c>NXAST_STACK_PUSH</c> or <c>NXAST_STACK_POP</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxStackView view, out OpenFlowFormatError error)
    {
        view = default;
        NxActionSubtype subtype = action.NiciraSubtype == (ushort)NxActionSubtype.StackPop ? NxActionSubtype.StackPop : NxActionSubtype.StackPush;
        if (!NxAction.Check(action, subtype, 24, "a stack action is 24 bytes", out error))
        {
            return false;
        }

        view = new NxStackView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_STACK_PUSH</c> or <c>NXAST_STACK_POP</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxStackView Read(in ActionView action)
    {
        if (!TryRead(action, out NxStackView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
