using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_OUTPUT_TRUNC</c> (<c>struct nx_action_output_trunc</c>, 16 bytes): output at most <c>max_len</c> bytes of the packet.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=39    | port (16-bit) | max_len (4)                   |
/// +---------------+---------------+-------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxOutputTruncView
{
    /// <summary>Size of the action.</summary>
    public const int Size = 16;

    private const int PortOffset = 10;
    private const int MaxLengthOffset = 12;


    private readonly ReadOnlySpan<byte> _action;

    private NxOutputTruncView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The output port, a 16-bit OpenFlow 1.0 port number.</summary>
    public ushort Port => NxAction.U16(_action, PortOffset);

    /// <summary>The most bytes to output.</summary>
    public uint MaxLength => NxAction.U32(_action, MaxLengthOffset);


    /// <summary>Reads an action as <c>NXAST_OUTPUT_TRUNC</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxOutputTruncView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!NxAction.Check(action, NxActionSubtype.OutputTrunc, 16, "an NXAST_OUTPUT_TRUNC action is 16 bytes", out error))
        {
            return false;
        }

        view = new NxOutputTruncView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_OUTPUT_TRUNC</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxOutputTruncView Read(in ActionView action)
    {
        if (!TryRead(action, out NxOutputTruncView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
