using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_REG_LOAD2</c> (<c>struct nx_action_reg_load2</c>): load a value, optionally masked, into a field, given as
/// one OXM TLV; Open vSwitch's way of writing a masked set-field in OpenFlow 1.3.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=33    | OXM TLV (header, value, mask), zero padding   |
/// +---------------+-----------------------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxRegLoad2View
{
    /// <summary>Minimum size of the action.</summary>
    public const int MinSize = 16;

    private const int TlvOffset = 10;

    private readonly ReadOnlySpan<byte> _action;

    private NxRegLoad2View(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The field, value and mask.</summary>
    public OxmView Field => new(_action.Slice(TlvOffset, OxmHeader.Size + _action[TlvOffset + OxmTlv.LengthFieldOffset]), Offset + TlvOffset);

    /// <summary>Reads an action as <c>NXAST_REG_LOAD2</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or malformed.</param>
    public static bool TryRead(in ActionView action, out NxRegLoad2View view, out OpenFlowFormatError error)
    {
        view = default;
        if (!NxAction.Check(action, NxActionSubtype.RegLoad2, MinSize, "an NXAST_REG_LOAD2 action is at least 16 bytes", out error))
        {
            return false;
        }

        OxmProblem problem = OxmTlv.Check(action.Bytes.Slice(TlvOffset), out _);
        if (problem != OxmProblem.None)
        {
            error = NxAction.Error(action, ".NXAST_REG_LOAD2.field.length", TlvOffset + OxmTlv.ProblemOffset(problem), OxmTlv.Reason(problem), OfpBadActionCode.BadLen);
            return false;
        }

        view = new NxRegLoad2View(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_REG_LOAD2</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxRegLoad2View Read(in ActionView action)
    {
        if (!TryRead(action, out NxRegLoad2View view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
