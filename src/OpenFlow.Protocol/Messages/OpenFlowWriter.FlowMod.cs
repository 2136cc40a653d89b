using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>Writers for <c>OFPT_FLOW_MOD</c> (see <see cref="FlowModView"/> for the layout).</content>
public ref partial struct OpenFlowWriter
{
    // ofp_flow_mod after the header, up to the match: cookie to pad[2].
    private const int FlowModFixedBodySize = 40;

    /// <summary>
    /// Starts a flow mod: writes the fixed fields. Then write the match (<see cref="BeginMatch"/> ... <see cref="EndMatch"/>
    /// or <see cref="WriteMatch"/>), then the instructions, then call <see cref="EndMessage"/>.
    /// </summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="fields">The fixed fields, as they go on the wire.</param>
    /// <returns>The slot to pass to <see cref="EndMessage"/>.</returns>
    public LengthSlot BeginFlowMod(Xid xid, in FlowModFields fields)
    {
        LengthSlot slot = BeginMessage(OfpType.FlowMod, xid);
        if (Fits(FlowModFixedBodySize))
        {
            // cookie | cookie_mask | table_id, command, idle, hard, priority | buffer_id, out_port | out_group, flags, pad[2]
            Span<byte> body = _buffer.Slice(_position, FlowModFixedBodySize);
            BinaryPrimitives.WriteUInt64BigEndian(body, fields.Cookie.Value);
            BinaryPrimitives.WriteUInt64BigEndian(body.Slice(8), fields.CookieMask.Value);
            BinaryPrimitives.WriteUInt64BigEndian(
                body.Slice(16),
                ((ulong)fields.TableId.Value << 56) | ((ulong)(byte)fields.Command << 48) | ((ulong)fields.IdleTimeout << 32) | ((ulong)fields.HardTimeout << 16) | fields.Priority);
            BinaryPrimitives.WriteUInt64BigEndian(body.Slice(24), ((ulong)fields.BufferId.Value << 32) | fields.OutPort.Value);
            BinaryPrimitives.WriteUInt64BigEndian(body.Slice(32), ((ulong)fields.OutGroup.Value << 32) | ((ulong)(ushort)fields.Flags << 16));
            _position += FlowModFixedBodySize;
            return slot;
        }

        WriteUInt64(fields.Cookie.Value);
        WriteUInt64(fields.CookieMask.Value);
        WriteUInt8(fields.TableId.Value);
        WriteUInt8((byte)fields.Command);
        WriteUInt16(fields.IdleTimeout);
        WriteUInt16(fields.HardTimeout);
        WriteUInt16(fields.Priority);
        WriteUInt32(fields.BufferId.Value);
        WriteUInt32(fields.OutPort.Value);
        WriteUInt32(fields.OutGroup.Value);
        WriteUInt16((ushort)fields.Flags);
        WriteZeros(2);
        return slot;
    }

    /// <summary>
    /// Writes a flow mod in one call: the match from <paramref name="match"/> (prerequisites checked) and, when
    /// <paramref name="applyActions"/> is not empty, one apply-actions instruction holding them. With no actions the
    /// flow mod has no instructions (matching packets are dropped; the usual form for deletes).
    /// </summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="spec">What to do.</param>
    /// <param name="match">The match fields, prerequisites first.</param>
    /// <param name="applyActions">The actions to apply.</param>
    /// <returns>The message length.</returns>
    public int WriteFlowMod(Xid xid, in FlowModSpec spec, scoped ReadOnlySpan<OxmSpec> match, scoped ReadOnlySpan<ActionSpec> applyActions)
    {
        FlowModFields fields = spec.ToFields();
        LengthSlot slot = BeginFlowMod(xid, in fields);
        WriteMatch(match);
        if (!applyActions.IsEmpty)
        {
            LengthSlot instruction = BeginApplyActionsInstruction();
            WriteActions(applyActions);
            EndActionsInstruction(instruction);
        }

        return EndMessage(slot);
    }
}
