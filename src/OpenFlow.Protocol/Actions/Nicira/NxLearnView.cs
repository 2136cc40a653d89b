using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_LEARN</c> (<c>struct nx_action_learn</c>): add or modify a flow built from the packet by flow specs.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+---------------+---------------+
/// | subtype=16    | idle_timeout  | hard_timeout  | priority      |
/// +---------------+---------------+---------------+---------------+
/// |                          cookie (8)                           |
/// +---------------+-------+-------+---------------+---------------+
/// | flags         |table_id| pad  | fin_idle_to   | fin_hard_to   |
/// +---------------+-------+-------+---------------+---------------+
/// | flow specs (see NxFlowSpecView), zero padding to 8            |
/// +---------------------------------------------------------------+
/// </code>
/// <see cref="TryRead"/> checks every flow spec, so enumerating <see cref="Specs"/> afterwards does not throw.
/// </summary>
public readonly ref struct NxLearnView
{
    /// <summary>Size of the fixed part.</summary>
    public const int FixedSize = 32;

    private const int IdleOffset = 10;
    private const int HardOffset = 12;
    private const int PriorityOffset = 14;
    private const int CookieOffset = 16;
    private const int FlagsOffset = 24;
    private const int TableOffset = 26;
    private const int FinIdleOffset = 28;
    private const int FinHardOffset = 30;

    private readonly ActionView _action;

    private NxLearnView(ActionView action) => _action = action;

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset => _action.Offset;

    /// <summary>Idle timeout of the learned flow, seconds.</summary>
    public ushort IdleTimeout => NxAction.U16(_action.Bytes, IdleOffset);

    /// <summary>Hard timeout of the learned flow, seconds.</summary>
    public ushort HardTimeout => NxAction.U16(_action.Bytes, HardOffset);

    /// <summary>Priority of the learned flow.</summary>
    public ushort Priority => NxAction.U16(_action.Bytes, PriorityOffset);

    /// <summary>Cookie of the learned flow.</summary>
    public Cookie Cookie => new(NxAction.U64(_action.Bytes, CookieOffset));

    /// <summary>Flags (<c>NX_LEARN_F_SEND_FLOW_REM</c> 1, <c>NX_LEARN_F_DELETE_LEARNED</c> 2, <c>NX_LEARN_F_WRITE_RESULT</c> 4).</summary>
    public ushort Flags => NxAction.U16(_action.Bytes, FlagsOffset);

    /// <summary>The table the flow is added to.</summary>
    public TableId Table => new(_action.Bytes[TableOffset]);

    /// <summary>Idle timeout after FIN/RST, seconds.</summary>
    public ushort FinIdleTimeout => NxAction.U16(_action.Bytes, FinIdleOffset);

    /// <summary>Hard timeout after FIN/RST, seconds.</summary>
    public ushort FinHardTimeout => NxAction.U16(_action.Bytes, FinHardOffset);

    /// <summary>The flow specs in wire order.</summary>
    public NxFlowSpecEnumerator Specs => new(_action, FixedSize);

    /// <summary>Reads an action as <c>NXAST_LEARN</c>, checking its flow specs.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not (field <c>actions[i].NXAST_LEARN.specs[k]</c> for a bad spec).</param>
    public static bool TryRead(in ActionView action, out NxLearnView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!NxAction.Check(action, NxActionSubtype.Learn, FixedSize, "an NXAST_LEARN action is at least 32 bytes", out error)
            || !NxFlowSpecEnumerator.TryValidate(action, FixedSize, out error))
        {
            return false;
        }

        view = new NxLearnView(action);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_LEARN</c>, throwing <see cref="OpenFlowFormatException"/> when it is not a well-formed one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxLearnView Read(in ActionView action)
    {
        if (!TryRead(action, out NxLearnView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
