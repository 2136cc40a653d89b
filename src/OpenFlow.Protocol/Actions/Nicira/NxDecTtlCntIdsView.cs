using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_DEC_TTL_CNT_IDS</c> (<c>struct nx_action_cnt_ids</c>): decrement the TTL and tell these controllers when it expires.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=21    | n_controllers | pad (4)                       |
/// +---------------+---------------+-------------------------------+
/// | controller ids (2 each), zero padding to 8                    |
/// +---------------------------------------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxDecTtlCntIdsView
{
    /// <summary>Minimum size of the action.</summary>
    public const int MinSize = 16;

    private const int CountOffset = 10;
    private const int IdsOffset = 16;


    private readonly ReadOnlySpan<byte> _action;

    private NxDecTtlCntIdsView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>How many controller ids follow.</summary>
    public int ControllerCount => NxAction.U16(_action, CountOffset);

    /// <summary>The controller id at <paramref name="index"/>.</summary>
    /// <param name="index">0 to <see cref="ControllerCount"/> - 1.</param>
    public ushort GetControllerId(int index)
    {
        if ((uint)index >= (uint)ControllerCount)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(index), "No controller id at this index.");
        }

        return NxAction.U16(_action, IdsOffset + (2 * index));
    }


    /// <summary>Reads an action as <c>NXAST_DEC_TTL_CNT_IDS</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxDecTtlCntIdsView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!NxAction.Check(action, NxActionSubtype.DecTtlCntIds, 16, "an NXAST_DEC_TTL_CNT_IDS action is at least 16 bytes", out error))
        {
            return false;
        }
        if (IdsOffset + (2 * NxAction.U16(action.Bytes, CountOffset)) > action.Length)
        {
            error = NxAction.Error(action, ".NXAST_DEC_TTL_CNT_IDS.n_controllers", CountOffset, "more controller ids than the action holds", OfpBadActionCode.BadLen);
            return false;
        }

        view = new NxDecTtlCntIdsView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_DEC_TTL_CNT_IDS</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxDecTtlCntIdsView Read(in ActionView action)
    {
        if (!TryRead(action, out NxDecTtlCntIdsView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
