using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_OUTPUT_REG</c> and <c>NXAST_OUTPUT_REG2</c> (24 bytes): output to the port held in bits of a field.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=15    | ofs_nbits     | src header (4)                |
/// +---------------+---------------+-------------------------------+
/// | max_len       | zeros (6)                                     |
/// +---------------+-----------------------------------------------+
/// | subtype=32    | ofs_nbits     | max_len       | src header    |
/// |  (4, or 8 with experimenter id), zero padding to 24            |
/// +---------------------------------------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxOutputRegView
{
    /// <summary>Minimum size of the action.</summary>
    public const int MinSize = 24;

    private const int OfsNbitsOffset = 10;
    private const int Reg1SourceOffset = 12;
    private const int Reg1MaxLengthOffset = 16;
    private const int Reg2MaxLengthOffset = 12;
    private const int Reg2SourceOffset = 14;


    private readonly ReadOnlySpan<byte> _action;

    private NxOutputRegView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>Whether this is <c>NXAST_OUTPUT_REG2</c>.</summary>
    public bool IsReg2 => NxAction.U16(_action, NxAction.SubtypeOffset) == (ushort)NxActionSubtype.OutputReg2;

    /// <summary>The packed <c>ofs_nbits</c>.</summary>
    public ushort OfsNbits => NxAction.U16(_action, OfsNbitsOffset);

    /// <summary>Bytes to send when the port is the controller.</summary>
    public ushort MaxLength => NxAction.U16(_action, IsReg2 ? Reg2MaxLengthOffset : Reg1MaxLengthOffset);

    /// <summary>The field and bits that hold the port.</summary>
    public NxmFieldRef Source
    {
        get
        {
            NxAction.ReadHeader(_action, IsReg2 ? Reg2SourceOffset : Reg1SourceOffset, out OxmHeader header, out uint experimenter);
            return NxmFieldRef.FromOfsNbits(header, OfsNbits, IsReg2 ? experimenter : 0);
        }
    }


    /// <summary>Reads an action as <c>NXAST_OUTPUT_REG</c> or <c>NXAST_OUTPUT_REG2</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxOutputRegView view, out OpenFlowFormatError error)
    {
        view = default;
        NxActionSubtype subtype = action.NiciraSubtype == (ushort)NxActionSubtype.OutputReg2 ? NxActionSubtype.OutputReg2 : NxActionSubtype.OutputReg;
        if (!NxAction.Check(action, subtype, 24, "an output-register action is 24 bytes", out error))
        {
            return false;
        }

        view = new NxOutputRegView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_OUTPUT_REG</c> or <c>NXAST_OUTPUT_REG2</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxOutputRegView Read(in ActionView action)
    {
        if (!TryRead(action, out NxOutputRegView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
