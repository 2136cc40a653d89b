using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_CONTROLLER2</c> (<c>struct nx_action_controller2</c>): send the packet to controllers, with its options as
/// properties (<see cref="NxController2PropertyType"/>).
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=37    | zeros (6)                                     |
/// +---------------+-----------------------------------------------+
/// | properties: type (2), length (2), value, zero padding to 8    |
/// +---------------------------------------------------------------+
/// </code>
/// <see cref="TryRead"/> checks every property. The typed getters return the value of the first property of their type.
/// </summary>
public readonly ref struct NxController2View
{
    /// <summary>Size of the fixed part.</summary>
    public const int FixedSize = 16;

    private readonly ActionView _action;

    private NxController2View(ActionView action) => _action = action;

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset => _action.Offset;

    /// <summary>The properties in wire order.</summary>
    public NxPropertyEnumerator Properties => new(_action, FixedSize);

    /// <summary>Gets the <c>NXAC2PT_MAX_LEN</c> property.</summary>
    /// <param name="maxLength">Its value.</param>
    public bool TryGetMaxLength(out ushort maxLength)
    {
        bool found = TryFind(NxController2PropertyType.MaxLength, out ulong value);
        maxLength = (ushort)value;
        return found;
    }

    /// <summary>Gets the <c>NXAC2PT_CONTROLLER_ID</c> property.</summary>
    /// <param name="controllerId">Its value.</param>
    public bool TryGetControllerId(out ushort controllerId)
    {
        bool found = TryFind(NxController2PropertyType.ControllerId, out ulong value);
        controllerId = (ushort)value;
        return found;
    }

    /// <summary>Gets the <c>NXAC2PT_REASON</c> property.</summary>
    /// <param name="reason">Its value.</param>
    public bool TryGetReason(out byte reason)
    {
        bool found = TryFind(NxController2PropertyType.Reason, out ulong value);
        reason = (byte)value;
        return found;
    }

    /// <summary>The <c>NXAC2PT_USERDATA</c> bytes; empty when absent.</summary>
    public ReadOnlySpan<byte> UserData
    {
        get
        {
            foreach (NxPropertyView property in Properties)
            {
                if (property.Type == NxController2PropertyType.UserData)
                {
                    return property.Value;
                }
            }

            return default;
        }
    }

    /// <summary>Whether the <c>NXAC2PT_PAUSE</c> property is present.</summary>
    public bool Pause => TryFind(NxController2PropertyType.Pause, out _);

    /// <summary>Reads an action as <c>NXAST_CONTROLLER2</c>, checking its properties.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not.</param>
    public static bool TryRead(in ActionView action, out NxController2View view, out OpenFlowFormatError error)
    {
        view = default;
        if (!NxAction.Check(action, NxActionSubtype.Controller2, FixedSize, "an NXAST_CONTROLLER2 action is at least 16 bytes", out error)
            || !NxPropertyEnumerator.TryValidate(action, FixedSize, out error))
        {
            return false;
        }

        view = new NxController2View(action);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_CONTROLLER2</c>, throwing <see cref="OpenFlowFormatException"/> when it is not a well-formed one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxController2View Read(in ActionView action)
    {
        if (!TryRead(action, out NxController2View view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    private bool TryFind(NxController2PropertyType type, out ulong value)
    {
        foreach (NxPropertyView property in Properties)
        {
            if (property.Type == type)
            {
                value = property.ValueAsNumber;
                return true;
            }
        }

        value = 0;
        return false;
    }
}
