using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>Writers for the ONF flow monitor reply and its updates (see <see cref="OnfFlowUpdateView"/>).</content>
public ref partial struct OpenFlowWriter
{
    /// <summary>
    /// Starts an ONF flow monitor reply (<c>OFPMP_EXPERIMENTER</c>, ONF, <c>ONFMP_FLOW_MONITOR</c>); write updates, then
    /// call <see cref="EndMessage"/>.
    /// </summary>
    /// <param name="xid">The xid of the request.</param>
    /// <param name="flags">The reply flags.</param>
    /// <returns>The slot to pass to <see cref="EndMessage"/>.</returns>
    public LengthSlot BeginOnfFlowMonitorReply(Xid xid, OfpMultipartReplyFlags flags = OfpMultipartReplyFlags.None)
    {
        LengthSlot slot = BeginMultipartReply(xid, OfpMultipartType.Experimenter, flags);
        WriteUInt32(OnfFlowMonitorRequestView.OnfExperimenterId);
        WriteUInt32(OnfFlowMonitorRequestView.FlowMonitorExpType);
        return slot;
    }

    /// <summary>
    /// Starts an <c>onf_flow_update_full</c>; write its OXM fields (<c>WriteOxm</c>), call
    /// <see cref="EndOnfFlowUpdateMatch"/>, write its instructions, then call <see cref="EndOnfFlowUpdate"/>.
    /// </summary>
    /// <param name="updateEvent">Added, deleted or modified.</param>
    /// <param name="reason">For deletions, why (an <c>OFPRR_*</c> value); else 0.</param>
    /// <param name="priority">The flow's priority.</param>
    /// <param name="idleTimeout">The flow's idle timeout.</param>
    /// <param name="hardTimeout">The flow's hard timeout.</param>
    /// <param name="tableId">The flow's table.</param>
    /// <param name="cookie">The flow's cookie.</param>
    /// <returns>The slot to pass to <see cref="EndOnfFlowUpdateMatch"/> and <see cref="EndOnfFlowUpdate"/>.</returns>
    public LengthSlot BeginOnfFlowUpdateFull(OnfFlowUpdateEvent updateEvent, ushort reason, ushort priority, ushort idleTimeout, ushort hardTimeout, TableId tableId, Cookie cookie)
    {
        if (updateEvent is not (OnfFlowUpdateEvent.Added or OnfFlowUpdateEvent.Deleted or OnfFlowUpdateEvent.Modified))
        {
            ThrowHelper.ThrowArgument("A full flow update is added, deleted or modified.", nameof(updateEvent));
        }

        LengthSlot slot = BeginLength(0);
        WriteUInt16(0);
        WriteUInt16((ushort)updateEvent);
        WriteUInt16(reason);
        WriteUInt16(priority);
        WriteUInt16(idleTimeout);
        WriteUInt16(hardTimeout);
        WriteUInt16(0);
        WriteUInt8(tableId.Value);
        WriteZeros(1);
        WriteUInt64(cookie.Value);
        return slot;
    }

    /// <summary>Ends the OXM fields of a full update: sets <c>match_len</c> and pads to 8.</summary>
    /// <param name="update">The slot returned by <see cref="BeginOnfFlowUpdateFull"/>.</param>
    public void EndOnfFlowUpdateMatch(LengthSlot update)
    {
        PatchUInt16(update.Start + OnfFlowUpdateView.MatchLenOffset, BytesWritten - update.Start - OnfFlowUpdateView.FullSize);
        PadTo8(update.Start);
    }

    /// <summary>Ends a full update, setting its <c>length</c>.</summary>
    /// <param name="update">The slot returned by <see cref="BeginOnfFlowUpdateFull"/>.</param>
    /// <returns>The update length.</returns>
    public int EndOnfFlowUpdate(LengthSlot update) => EndLength(update);

    /// <summary>Writes an <c>onf_flow_update_abbrev</c> (8 bytes): the controller's own change, by its xid.</summary>
    /// <param name="xid">The xid of the controller's flow mod.</param>
    public void WriteOnfFlowUpdateAbbrev(Xid xid)
    {
        WriteUInt16(OnfFlowUpdateView.AbbrevSize);
        WriteUInt16((ushort)OnfFlowUpdateEvent.Abbrev);
        WriteUInt32(xid.Value);
    }
}
