using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_RESUBMIT</c> and <c>NXAST_RESUBMIT_TABLE</c> (<c>struct nx_action_resubmit</c>, 16 bytes): search a table again.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=1/14  | in_port (16-bit) | table (1) | pad (3)           |
/// +---------------+---------------+-------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxResubmitView
{
    /// <summary>Size of the action.</summary>
    public const int Size = 16;

    private const int InPortOffset = 10;
    private const int TableOffset = 12;


    private readonly ReadOnlySpan<byte> _action;

    private NxResubmitView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The in_port to search with, as a 16-bit OpenFlow 1.0 port number (0xfff8 <c>OFPP_IN_PORT</c>: keep it).</summary>
    public ushort InPort => NxAction.U16(_action, InPortOffset);

    /// <summary>Whether this is <c>NXAST_RESUBMIT_TABLE</c> (with a table) rather than <c>NXAST_RESUBMIT</c>.</summary>
    public bool HasTable => NxAction.U16(_action, NxAction.SubtypeOffset) == (ushort)NxActionSubtype.ResubmitTable;

    /// <summary>The table to search (<c>NXAST_RESUBMIT_TABLE</c>); 255 means the current table. 255 for <c>NXAST_RESUBMIT</c>.</summary>
    public TableId Table => new(HasTable ? _action[TableOffset] : (byte)0xff);


    /// <summary>Reads an action as <c>NXAST_RESUBMIT</c> or <c>NXAST_RESUBMIT_TABLE</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxResubmitView view, out OpenFlowFormatError error)
    {
        view = default;
        NxActionSubtype subtype = action.NiciraSubtype == (ushort)NxActionSubtype.ResubmitTable ? NxActionSubtype.ResubmitTable : NxActionSubtype.Resubmit;
        if (!NxAction.Check(action, subtype, 16, "a resubmit action is 16 bytes", out error))
        {
            return false;
        }

        view = new NxResubmitView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_RESUBMIT</c> or <c>NXAST_RESUBMIT_TABLE</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxResubmitView Read(in ActionView action)
    {
        if (!TryRead(action, out NxResubmitView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
