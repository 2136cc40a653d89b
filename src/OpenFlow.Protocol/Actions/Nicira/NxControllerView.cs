using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_CONTROLLER</c> (<c>struct nx_action_controller</c>, 16 bytes): send the packet to controllers.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=20    | max_len       | controller_id | reason | pad  |
/// +---------------+---------------+-------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxControllerView
{
    /// <summary>Size of the action.</summary>
    public const int Size = 16;

    private const int MaxLengthOffset = 10;
    private const int ControllerIdOffset = 12;
    private const int ReasonOffset = 14;


    private readonly ReadOnlySpan<byte> _action;

    private NxControllerView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>Bytes of the packet to send.</summary>
    public ushort MaxLength => NxAction.U16(_action, MaxLengthOffset);

    /// <summary>The controller connection id to send to.</summary>
    public ushort ControllerId => NxAction.U16(_action, ControllerIdOffset);

    /// <summary>The packet-in reason (<c>OFPR_*</c>).</summary>
    public byte Reason => _action[ReasonOffset];


    /// <summary>Reads an action as <c>NXAST_CONTROLLER</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxControllerView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!NxAction.Check(action, NxActionSubtype.Controller, 16, "an NXAST_CONTROLLER action is 16 bytes", out error))
        {
            return false;
        }

        view = new NxControllerView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_CONTROLLER</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxControllerView Read(in ActionView action)
    {
        if (!TryRead(action, out NxControllerView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
