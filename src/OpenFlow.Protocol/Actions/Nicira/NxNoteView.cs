using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_NOTE</c> (<c>struct nx_action_note</c>): opaque bytes for the controller's own use, padded to 8.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=8     | note bytes ... zero padding to a multiple of 8   |
/// +---------------+-----------------------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxNoteView
{
    /// <summary>Minimum size of the action.</summary>
    public const int MinSize = 16;

    private const int NoteOffset = 10;


    private readonly ReadOnlySpan<byte> _action;

    private NxNoteView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The note bytes after the subtype, padding included (Ryu and Open vSwitch cannot tell them apart).</summary>
    public ReadOnlySpan<byte> Note => _action.Slice(NoteOffset);


    /// <summary>Reads an action as <c>NXAST_NOTE</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxNoteView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!NxAction.Check(action, NxActionSubtype.Note, 16, "an NXAST_NOTE action is at least 16 bytes", out error))
        {
            return false;
        }

        view = new NxNoteView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_NOTE</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxNoteView Read(in ActionView action)
    {
        if (!TryRead(action, out NxNoteView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
