using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_FIN_TIMEOUT</c> (<c>struct nx_action_fin_timeout</c>, 16 bytes): shorten the flow's timeouts once TCP FIN or RST is seen.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=19    | fin_idle_timeout | fin_hard_timeout | pad (2)   |
/// +---------------+---------------+-------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxFinTimeoutView
{
    /// <summary>Size of the action.</summary>
    public const int Size = 16;

    private const int IdleOffset = 10;
    private const int HardOffset = 12;


    private readonly ReadOnlySpan<byte> _action;

    private NxFinTimeoutView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The idle timeout after FIN/RST, seconds (0: unchanged).</summary>
    public ushort FinIdleTimeout => NxAction.U16(_action, IdleOffset);

    /// <summary>The hard timeout after FIN/RST, seconds (0: unchanged).</summary>
    public ushort FinHardTimeout => NxAction.U16(_action, HardOffset);


    /// <summary>Reads an action as <c>NXAST_FIN_TIMEOUT</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxFinTimeoutView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!NxAction.Check(action, NxActionSubtype.FinTimeout, 16, "an NXAST_FIN_TIMEOUT action is 16 bytes", out error))
        {
            return false;
        }

        view = new NxFinTimeoutView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_FIN_TIMEOUT</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxFinTimeoutView Read(in ActionView action)
    {
        if (!TryRead(action, out NxFinTimeoutView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
