using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_REG_LOAD</c> (<c>struct nx_action_reg_load</c>, 24 bytes): load <c>value</c> into bits of <c>dst</c>.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len=24        | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=7     | ofs_nbits     | dst (NXM header, 4)           |
/// +---------------+---------------+-------------------------------+
/// |                         value (8)                             |
/// +---------------------------------------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxRegLoadView
{
    /// <summary>Size of the action.</summary>
    public const int Size = 24;

    private const int OfsNbitsOffset = 10;
    private const int DestinationOffset = 12;
    private const int ValueOffset = 16;

    private readonly ReadOnlySpan<byte> _action;

    private NxRegLoadView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The packed <c>ofs_nbits</c> (offset &lt;&lt; 6 | (n_bits - 1)).</summary>
    public ushort OfsNbits => NxAction.U16(_action, OfsNbitsOffset);

    /// <summary>The destination field and bits.</summary>
    public NxmFieldRef Destination => NxmFieldRef.FromOfsNbits(OxmHeader.Read(_action.Slice(DestinationOffset)), OfsNbits);

    /// <summary>The value, right-aligned.</summary>
    public ulong Value => NxAction.U64(_action, ValueOffset);

    /// <summary>Reads an action as <c>NXAST_REG_LOAD</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxRegLoadView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!NxAction.Check(action, NxActionSubtype.RegLoad, Size, "an NXAST_REG_LOAD action is 24 bytes", out error))
        {
            return false;
        }

        view = new NxRegLoadView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_REG_LOAD</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxRegLoadView Read(in ActionView action)
    {
        if (!TryRead(action, out NxRegLoadView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
