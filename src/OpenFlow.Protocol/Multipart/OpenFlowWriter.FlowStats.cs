using System;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>
/// Writers for the <c>OFPMP_FLOW</c> and <c>OFPMP_AGGREGATE</c> multipart bodies (see <see cref="FlowStatsRequestView"/>,
/// <see cref="FlowStatsView"/>, <see cref="AggregateStatsReplyView"/>).
/// </content>
public ref partial struct OpenFlowWriter
{
    /// <summary>
    /// Starts an <c>OFPMP_FLOW</c> request: the multipart header and the fixed fields of <c>ofp_flow_stats_request</c>.
    /// Then write the match and call <see cref="EndMessage"/>.
    /// </summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="tableId">The table to read, or <see cref="TableId.All"/>.</param>
    /// <param name="outPort">Only flows outputting to this port, or <see cref="PortNo.Any"/>.</param>
    /// <param name="outGroup">Only flows outputting to this group, or <see cref="GroupId.Any"/>.</param>
    /// <param name="cookie">Only flows whose cookie matches under <paramref name="cookieMask"/>.</param>
    /// <param name="cookieMask">Which cookie bits must match; 0 matches any.</param>
    /// <param name="flags">The request flags.</param>
    /// <returns>The slot to pass to <see cref="EndMessage"/>.</returns>
    public LengthSlot BeginFlowStatsRequest(Xid xid, TableId tableId, PortNo outPort, GroupId outGroup, Cookie cookie, Cookie cookieMask, OfpMultipartRequestFlags flags = OfpMultipartRequestFlags.None) =>
        BeginFlowStatsRequestLike(xid, OfpMultipartType.Flow, tableId, outPort, outGroup, cookie, cookieMask, flags);

    /// <summary>Writes an <c>OFPMP_FLOW</c> request in one call.</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="tableId">The table to read, or <see cref="TableId.All"/>.</param>
    /// <param name="outPort">Only flows outputting to this port, or <see cref="PortNo.Any"/>.</param>
    /// <param name="outGroup">Only flows outputting to this group, or <see cref="GroupId.Any"/>.</param>
    /// <param name="cookie">Only flows whose cookie matches under <paramref name="cookieMask"/>.</param>
    /// <param name="cookieMask">Which cookie bits must match; 0 matches any.</param>
    /// <param name="match">The fields to match (empty for all flows).</param>
    /// <returns>The message length.</returns>
    public int WriteFlowStatsRequest(Xid xid, TableId tableId, PortNo outPort, GroupId outGroup, Cookie cookie, Cookie cookieMask, scoped ReadOnlySpan<OxmSpec> match)
    {
        LengthSlot slot = BeginFlowStatsRequest(xid, tableId, outPort, outGroup, cookie, cookieMask);
        WriteMatch(match);
        return EndMessage(slot);
    }

    /// <summary>
    /// Starts an <c>OFPMP_AGGREGATE</c> request (same body layout as the flow stats request). Then write the match and
    /// call <see cref="EndMessage"/>.
    /// </summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="tableId">The table to read, or <see cref="TableId.All"/>.</param>
    /// <param name="outPort">Only flows outputting to this port, or <see cref="PortNo.Any"/>.</param>
    /// <param name="outGroup">Only flows outputting to this group, or <see cref="GroupId.Any"/>.</param>
    /// <param name="cookie">Only flows whose cookie matches under <paramref name="cookieMask"/>.</param>
    /// <param name="cookieMask">Which cookie bits must match; 0 matches any.</param>
    /// <param name="flags">The request flags.</param>
    /// <returns>The slot to pass to <see cref="EndMessage"/>.</returns>
    public LengthSlot BeginAggregateStatsRequest(Xid xid, TableId tableId, PortNo outPort, GroupId outGroup, Cookie cookie, Cookie cookieMask, OfpMultipartRequestFlags flags = OfpMultipartRequestFlags.None) =>
        BeginFlowStatsRequestLike(xid, OfpMultipartType.Aggregate, tableId, outPort, outGroup, cookie, cookieMask, flags);

    /// <summary>Writes an <c>OFPMP_AGGREGATE</c> request in one call.</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="tableId">The table to read, or <see cref="TableId.All"/>.</param>
    /// <param name="outPort">Only flows outputting to this port, or <see cref="PortNo.Any"/>.</param>
    /// <param name="outGroup">Only flows outputting to this group, or <see cref="GroupId.Any"/>.</param>
    /// <param name="cookie">Only flows whose cookie matches under <paramref name="cookieMask"/>.</param>
    /// <param name="cookieMask">Which cookie bits must match; 0 matches any.</param>
    /// <param name="match">The fields to match (empty for all flows).</param>
    /// <returns>The message length.</returns>
    public int WriteAggregateStatsRequest(Xid xid, TableId tableId, PortNo outPort, GroupId outGroup, Cookie cookie, Cookie cookieMask, scoped ReadOnlySpan<OxmSpec> match)
    {
        LengthSlot slot = BeginAggregateStatsRequest(xid, tableId, outPort, outGroup, cookie, cookieMask);
        WriteMatch(match);
        return EndMessage(slot);
    }

    /// <summary>
    /// Starts one <c>ofp_flow_stats</c> entry inside an <c>OFPMP_FLOW</c> reply (after <see cref="BeginMultipartReply"/>).
    /// Then write the match and the instructions, and call <see cref="EndFlowStats"/>.
    /// </summary>
    /// <param name="fields">The entry's fixed fields.</param>
    /// <returns>The slot to pass to <see cref="EndFlowStats"/>.</returns>
    public LengthSlot BeginFlowStats(in FlowStatsFields fields)
    {
        LengthSlot slot = BeginLength(0);
        WriteUInt16(0);
        WriteUInt8(fields.TableId.Value);
        WriteZeros(1);
        WriteUInt32(fields.DurationSec);
        WriteUInt32(fields.DurationNsec);
        WriteUInt16(fields.Priority);
        WriteUInt16(fields.IdleTimeout);
        WriteUInt16(fields.HardTimeout);
        WriteUInt16((ushort)fields.Flags);
        WriteZeros(4);
        WriteUInt64(fields.Cookie.Value);
        WriteUInt64(fields.PacketCount);
        WriteUInt64(fields.ByteCount);
        return slot;
    }

    /// <summary>Ends a flow stats entry: back-patches its <c>length</c>.</summary>
    /// <param name="slot">The slot returned by <see cref="BeginFlowStats"/>.</param>
    /// <returns>The entry length.</returns>
    public int EndFlowStats(LengthSlot slot)
    {
        if (slot.LengthOffset != slot.Start || _position - slot.Start < FlowStatsView.MinLength)
        {
            ThrowHelper.ThrowInvalidOperation("EndFlowStats needs the slot of BeginFlowStats and a match written after it.");
        }

        return EndLength(slot);
    }

    /// <summary>Writes an <c>OFPMP_AGGREGATE</c> reply.</summary>
    /// <param name="xid">The xid of the request.</param>
    /// <param name="packetCount">Packets matched by the selected flows.</param>
    /// <param name="byteCount">Bytes matched by the selected flows.</param>
    /// <param name="flowCount">How many flows were selected.</param>
    /// <param name="flags">The reply flags.</param>
    /// <returns>The message length (40).</returns>
    public int WriteAggregateStatsReply(Xid xid, ulong packetCount, ulong byteCount, uint flowCount, OfpMultipartReplyFlags flags = OfpMultipartReplyFlags.None)
    {
        LengthSlot slot = BeginMultipartReply(xid, OfpMultipartType.Aggregate, flags);
        WriteUInt64(packetCount);
        WriteUInt64(byteCount);
        WriteUInt32(flowCount);
        WriteZeros(4);
        return EndMessage(slot);
    }

    private LengthSlot BeginFlowStatsRequestLike(Xid xid, OfpMultipartType type, TableId tableId, PortNo outPort, GroupId outGroup, Cookie cookie, Cookie cookieMask, OfpMultipartRequestFlags flags)
    {
        LengthSlot slot = BeginMultipartRequest(xid, type, flags);
        WriteUInt8(tableId.Value);
        WriteZeros(3);
        WriteUInt32(outPort.Value);
        WriteUInt32(outGroup.Value);
        WriteZeros(4);
        WriteUInt64(cookie.Value);
        WriteUInt64(cookieMask.Value);
        return slot;
    }
}
