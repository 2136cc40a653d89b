using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_REG_MOVE</c> (<c>struct nx_action_reg_move</c>): copy <c>n_bits</c> bits from <c>src</c> to <c>dst</c>.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=6     | n_bits        | src_ofs       | dst_ofs       |
/// +---------------+---------------+---------------+---------------+
/// | src header (4, or 8 with experimenter id), dst header, pad to 8|
/// +---------------------------------------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxRegMoveView
{
    /// <summary>Minimum size of the action.</summary>
    public const int MinSize = 24;

    private const int NBitsOffset = 10;
    private const int SourceOffsetOffset = 12;
    private const int DestinationOffsetOffset = 14;
    private const int SourceHeaderOffset = 16;


    private readonly ReadOnlySpan<byte> _action;

    private NxRegMoveView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>How many bits are copied.</summary>
    public int NBits => NxAction.U16(_action, NBitsOffset);

    /// <summary>The first source bit.</summary>
    public int SourceOffset => NxAction.U16(_action, SourceOffsetOffset);

    /// <summary>The first destination bit.</summary>
    public int DestinationOffset => NxAction.U16(_action, DestinationOffsetOffset);

    /// <summary>The source field and bits.</summary>
    public NxmFieldRef Source
    {
        get
        {
            NxAction.ReadHeader(_action, SourceHeaderOffset, out OxmHeader header, out uint experimenter);
            return new NxmFieldRef(header, SourceOffset, NBits, experimenter);
        }
    }

    /// <summary>The destination field and bits.</summary>
    public NxmFieldRef Destination
    {
        get
        {
            int size = NxAction.ReadHeader(_action, SourceHeaderOffset, out _, out _);
            NxAction.ReadHeader(_action, SourceHeaderOffset + size, out OxmHeader header, out uint experimenter);
            return new NxmFieldRef(header, DestinationOffset, NBits, experimenter);
        }
    }


    /// <summary>Reads an action as <c>NXAST_REG_MOVE</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxRegMoveView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!NxAction.Check(action, NxActionSubtype.RegMove, 24, "an NXAST_REG_MOVE action is at least 24 bytes", out error))
        {
            return false;
        }
        int sourceSize = NxAction.ReadHeader(action.Bytes, SourceHeaderOffset, out _, out _);
        if (sourceSize == 0 || NxAction.ReadHeader(action.Bytes, SourceHeaderOffset + sourceSize, out _, out _) == 0)
        {
            error = NxAction.Error(action, ".NXAST_REG_MOVE.dst", SourceHeaderOffset, "the field headers extend beyond the action", OfpBadActionCode.BadLen);
            return false;
        }

        view = new NxRegMoveView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_REG_MOVE</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxRegMoveView Read(in ActionView action)
    {
        if (!TryRead(action, out NxRegMoveView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
