using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>
/// Writers for the statistics and features multiparts (table, port, queue, group, group description and features,
/// meter, meter configuration and features, experimenter): one-call requests, and reply entries to write between
/// <see cref="BeginMultipartReply"/> and <see cref="EndMessage"/>.
/// </content>
public ref partial struct OpenFlowWriter
{
    /// <summary>Writes an <c>OFPMP_TABLE</c> request (no body).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="flags">The request flags.</param>
    /// <returns>The message length (16).</returns>
    public int WriteTableStatsRequest(Xid xid, OfpMultipartRequestFlags flags = OfpMultipartRequestFlags.None) =>
        EndMessage(BeginMultipartRequest(xid, OfpMultipartType.Table, flags));

    /// <summary>Writes an <c>OFPMP_PORT_STATS</c> request (<c>ofp_port_stats_request</c>).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="portNo">The port (<see cref="PortNo.Any"/> for all).</param>
    /// <param name="flags">The request flags.</param>
    /// <returns>The message length (24).</returns>
    public int WritePortStatsRequest(Xid xid, PortNo portNo, OfpMultipartRequestFlags flags = OfpMultipartRequestFlags.None) =>
        WriteWordRequest(xid, OfpMultipartType.PortStats, flags, portNo.Value);

    /// <summary>Writes an <c>OFPMP_QUEUE</c> request (<c>ofp_queue_stats_request</c>).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="portNo">The port (<see cref="PortNo.Any"/> for all).</param>
    /// <param name="queueId">The queue (<c>OFPQ_ALL</c>, 0xffffffff, for all).</param>
    /// <param name="flags">The request flags.</param>
    /// <returns>The message length (24).</returns>
    public int WriteQueueStatsRequest(Xid xid, PortNo portNo, uint queueId, OfpMultipartRequestFlags flags = OfpMultipartRequestFlags.None)
    {
        LengthSlot slot = BeginMultipartRequest(xid, OfpMultipartType.Queue, flags);
        WriteUInt32(portNo.Value);
        WriteUInt32(queueId);
        return EndMessage(slot);
    }

    /// <summary>Writes an <c>OFPMP_GROUP</c> request (<c>ofp_group_stats_request</c>).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="groupId">The group (<see cref="GroupId.All"/> for all).</param>
    /// <param name="flags">The request flags.</param>
    /// <returns>The message length (24).</returns>
    public int WriteGroupStatsRequest(Xid xid, GroupId groupId, OfpMultipartRequestFlags flags = OfpMultipartRequestFlags.None) =>
        WriteWordRequest(xid, OfpMultipartType.Group, flags, groupId.Value);

    /// <summary>Writes an <c>OFPMP_GROUP_DESC</c> request (no body).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="flags">The request flags.</param>
    /// <returns>The message length (16).</returns>
    public int WriteGroupDescRequest(Xid xid, OfpMultipartRequestFlags flags = OfpMultipartRequestFlags.None) =>
        EndMessage(BeginMultipartRequest(xid, OfpMultipartType.GroupDesc, flags));

    /// <summary>Writes an <c>OFPMP_GROUP_FEATURES</c> request (no body).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="flags">The request flags.</param>
    /// <returns>The message length (16).</returns>
    public int WriteGroupFeaturesRequest(Xid xid, OfpMultipartRequestFlags flags = OfpMultipartRequestFlags.None) =>
        EndMessage(BeginMultipartRequest(xid, OfpMultipartType.GroupFeatures, flags));

    /// <summary>Writes an <c>OFPMP_METER</c> request (<c>ofp_meter_multipart_request</c>).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="meterId">The meter (<see cref="MeterId.All"/> for all).</param>
    /// <param name="flags">The request flags.</param>
    /// <returns>The message length (24).</returns>
    public int WriteMeterStatsRequest(Xid xid, MeterId meterId, OfpMultipartRequestFlags flags = OfpMultipartRequestFlags.None) =>
        WriteWordRequest(xid, OfpMultipartType.Meter, flags, meterId.Value);

    /// <summary>Writes an <c>OFPMP_METER_CONFIG</c> request (<c>ofp_meter_multipart_request</c>).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="meterId">The meter (<see cref="MeterId.All"/> for all).</param>
    /// <param name="flags">The request flags.</param>
    /// <returns>The message length (24).</returns>
    public int WriteMeterConfigRequest(Xid xid, MeterId meterId, OfpMultipartRequestFlags flags = OfpMultipartRequestFlags.None) =>
        WriteWordRequest(xid, OfpMultipartType.MeterConfig, flags, meterId.Value);

    /// <summary>Writes an <c>OFPMP_METER_FEATURES</c> request (no body).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="flags">The request flags.</param>
    /// <returns>The message length (16).</returns>
    public int WriteMeterFeaturesRequest(Xid xid, OfpMultipartRequestFlags flags = OfpMultipartRequestFlags.None) =>
        EndMessage(BeginMultipartRequest(xid, OfpMultipartType.MeterFeatures, flags));

    /// <summary>Writes an <c>OFPMP_EXPERIMENTER</c> request (<c>ofp_experimenter_multipart_header</c> and data).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="experimenter">The experimenter id.</param>
    /// <param name="expType">The experimenter-defined type.</param>
    /// <param name="data">The experimenter-defined data.</param>
    /// <param name="flags">The request flags.</param>
    /// <returns>The message length.</returns>
    public int WriteExperimenterMultipartRequest(Xid xid, uint experimenter, uint expType, scoped ReadOnlySpan<byte> data, OfpMultipartRequestFlags flags = OfpMultipartRequestFlags.None)
    {
        MessageChecks.CheckBodyFits(MultipartRequestView.MinLength + ExperimenterMultipartView.MinLength, data.Length, nameof(data));
        LengthSlot slot = BeginMultipartRequest(xid, OfpMultipartType.Experimenter, flags);
        WriteUInt32(experimenter);
        WriteUInt32(expType);
        WriteBytes(data);
        return EndMessage(slot);
    }

    /// <summary>Writes an <c>OFPMP_EXPERIMENTER</c> reply (<c>ofp_experimenter_multipart_header</c> and data).</summary>
    /// <param name="xid">The xid of the request.</param>
    /// <param name="experimenter">The experimenter id.</param>
    /// <param name="expType">The experimenter-defined type.</param>
    /// <param name="data">The experimenter-defined data.</param>
    /// <param name="flags">The reply flags.</param>
    /// <returns>The message length.</returns>
    public int WriteExperimenterMultipartReply(Xid xid, uint experimenter, uint expType, scoped ReadOnlySpan<byte> data, OfpMultipartReplyFlags flags = OfpMultipartReplyFlags.None)
    {
        MessageChecks.CheckBodyFits(MultipartReplyView.MinLength + ExperimenterMultipartView.MinLength, data.Length, nameof(data));
        LengthSlot slot = BeginMultipartReply(xid, OfpMultipartType.Experimenter, flags);
        WriteUInt32(experimenter);
        WriteUInt32(expType);
        WriteBytes(data);
        return EndMessage(slot);
    }

    /// <summary>Writes one <c>ofp_table_stats</c> (24 bytes) of an <c>OFPMP_TABLE</c> reply.</summary>
    /// <param name="tableId">The table.</param>
    /// <param name="activeCount">Number of active entries.</param>
    /// <param name="lookupCount">Number of packets looked up.</param>
    /// <param name="matchedCount">Number of packets that hit the table.</param>
    public void WriteTableStats(TableId tableId, uint activeCount, ulong lookupCount, ulong matchedCount)
    {
        WriteUInt8(tableId.Value);
        WriteZeros(3);
        WriteUInt32(activeCount);
        WriteUInt64(lookupCount);
        WriteUInt64(matchedCount);
    }

    /// <summary>Writes one <c>ofp_port_stats</c> (112 bytes) of an <c>OFPMP_PORT_STATS</c> reply.</summary>
    /// <param name="stats">The counters.</param>
    public void WritePortStats(in PortStatsSpec stats)
    {
        WriteUInt32(stats.PortNo.Value);
        WriteZeros(4);
        WriteUInt64(stats.RxPackets);
        WriteUInt64(stats.TxPackets);
        WriteUInt64(stats.RxBytes);
        WriteUInt64(stats.TxBytes);
        WriteUInt64(stats.RxDropped);
        WriteUInt64(stats.TxDropped);
        WriteUInt64(stats.RxErrors);
        WriteUInt64(stats.TxErrors);
        WriteUInt64(stats.RxFrameErr);
        WriteUInt64(stats.RxOverErr);
        WriteUInt64(stats.RxCrcErr);
        WriteUInt64(stats.Collisions);
        WriteUInt32(stats.DurationSec);
        WriteUInt32(stats.DurationNsec);
    }

    /// <summary>Writes one <c>ofp_queue_stats</c> (40 bytes) of an <c>OFPMP_QUEUE</c> reply.</summary>
    /// <param name="portNo">The port.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="txBytes">Number of transmitted bytes.</param>
    /// <param name="txPackets">Number of transmitted packets.</param>
    /// <param name="txErrors">Number of packets dropped due to overrun.</param>
    /// <param name="durationSec">Time the queue has been alive, in seconds.</param>
    /// <param name="durationNsec">Nanoseconds beyond <paramref name="durationSec"/>.</param>
    public void WriteQueueStats(PortNo portNo, uint queueId, ulong txBytes, ulong txPackets, ulong txErrors, uint durationSec, uint durationNsec)
    {
        WriteUInt32(portNo.Value);
        WriteUInt32(queueId);
        WriteUInt64(txBytes);
        WriteUInt64(txPackets);
        WriteUInt64(txErrors);
        WriteUInt32(durationSec);
        WriteUInt32(durationNsec);
    }

    /// <summary>Starts one <c>ofp_group_stats</c> of an <c>OFPMP_GROUP</c> reply; write its bucket counters, then call <see cref="EndGroupStats"/>.</summary>
    /// <param name="groupId">The group.</param>
    /// <param name="refCount">Number of flows or groups that forward to it.</param>
    /// <param name="packetCount">Number of packets processed.</param>
    /// <param name="byteCount">Number of bytes processed.</param>
    /// <param name="durationSec">Time the group has been alive, in seconds.</param>
    /// <param name="durationNsec">Nanoseconds beyond <paramref name="durationSec"/>.</param>
    /// <returns>The slot to pass to <see cref="EndGroupStats"/>.</returns>
    public LengthSlot BeginGroupStats(GroupId groupId, uint refCount, ulong packetCount, ulong byteCount, uint durationSec, uint durationNsec)
    {
        LengthSlot slot = BeginLength(0);
        WriteUInt16(0);
        WriteZeros(2);
        WriteUInt32(groupId.Value);
        WriteUInt32(refCount);
        WriteZeros(4);
        WriteUInt64(packetCount);
        WriteUInt64(byteCount);
        WriteUInt32(durationSec);
        WriteUInt32(durationNsec);
        return slot;
    }

    /// <summary>Writes one <c>ofp_bucket_counter</c> (16 bytes) inside a group statistics entry.</summary>
    /// <param name="packetCount">Number of packets processed by the bucket.</param>
    /// <param name="byteCount">Number of bytes processed by the bucket.</param>
    public void WriteBucketCounter(ulong packetCount, ulong byteCount)
    {
        WriteUInt64(packetCount);
        WriteUInt64(byteCount);
    }

    /// <summary>Ends a group statistics entry, setting its <c>length</c>.</summary>
    /// <param name="slot">The slot returned by <see cref="BeginGroupStats"/>.</param>
    /// <returns>The entry length.</returns>
    public int EndGroupStats(LengthSlot slot) => EndLength(slot);

    /// <summary>Starts one <c>ofp_group_desc</c> of an <c>OFPMP_GROUP_DESC</c> reply; write its buckets, then call <see cref="EndGroupDesc"/>.</summary>
    /// <param name="type">The group type.</param>
    /// <param name="groupId">The group.</param>
    /// <returns>The slot to pass to <see cref="EndGroupDesc"/>.</returns>
    public LengthSlot BeginGroupDesc(OfpGroupType type, GroupId groupId)
    {
        LengthSlot slot = BeginLength(0);
        WriteUInt16(0);
        WriteUInt8((byte)type);
        WriteZeros(1);
        WriteUInt32(groupId.Value);
        return slot;
    }

    /// <summary>Ends a group description entry, setting its <c>length</c>.</summary>
    /// <param name="slot">The slot returned by <see cref="BeginGroupDesc"/>.</param>
    /// <returns>The entry length.</returns>
    public int EndGroupDesc(LengthSlot slot) => EndLength(slot);

    /// <summary>Writes an <c>ofp_group_features</c> (40 bytes), the body of an <c>OFPMP_GROUP_FEATURES</c> reply.</summary>
    /// <param name="types">Bitmap of supported group types.</param>
    /// <param name="capabilities">The capabilities.</param>
    /// <param name="maxGroups">Maximum number of groups for each type (4 values).</param>
    /// <param name="actions">Bitmap of supported actions for each type (4 values).</param>
    public void WriteGroupFeatures(uint types, OfpGroupCapabilities capabilities, scoped ReadOnlySpan<uint> maxGroups, scoped ReadOnlySpan<uint> actions)
    {
        if (maxGroups.Length != 4 || actions.Length != 4)
        {
            ThrowHelper.ThrowArgument("Group features have four max_groups and four actions values, one per group type.", nameof(maxGroups));
        }

        WriteUInt32(types);
        WriteUInt32((uint)capabilities);
        foreach (uint value in maxGroups)
        {
            WriteUInt32(value);
        }

        foreach (uint value in actions)
        {
            WriteUInt32(value);
        }
    }

    /// <summary>Starts one <c>ofp_meter_stats</c> of an <c>OFPMP_METER</c> reply; write its band counters, then call <see cref="EndMeterStats"/>.</summary>
    /// <param name="meterId">The meter.</param>
    /// <param name="flowCount">Number of flows bound to the meter.</param>
    /// <param name="packetInCount">Number of packets in input.</param>
    /// <param name="byteInCount">Number of bytes in input.</param>
    /// <param name="durationSec">Time the meter has been alive, in seconds.</param>
    /// <param name="durationNsec">Nanoseconds beyond <paramref name="durationSec"/>.</param>
    /// <returns>The slot to pass to <see cref="EndMeterStats"/>.</returns>
    public LengthSlot BeginMeterStats(MeterId meterId, uint flowCount, ulong packetInCount, ulong byteInCount, uint durationSec, uint durationNsec)
    {
        LengthSlot slot = BeginLength(4);
        WriteUInt32(meterId.Value);
        WriteUInt16(0);
        WriteZeros(6);
        WriteUInt32(flowCount);
        WriteUInt64(packetInCount);
        WriteUInt64(byteInCount);
        WriteUInt32(durationSec);
        WriteUInt32(durationNsec);
        return slot;
    }

    /// <summary>Writes one <c>ofp_meter_band_stats</c> (16 bytes) inside a meter statistics entry.</summary>
    /// <param name="packetBandCount">Number of packets in the band.</param>
    /// <param name="byteBandCount">Number of bytes in the band.</param>
    public void WriteMeterBandStats(ulong packetBandCount, ulong byteBandCount)
    {
        WriteUInt64(packetBandCount);
        WriteUInt64(byteBandCount);
    }

    /// <summary>Ends a meter statistics entry, setting its <c>len</c>.</summary>
    /// <param name="slot">The slot returned by <see cref="BeginMeterStats"/>.</param>
    /// <returns>The entry length.</returns>
    public int EndMeterStats(LengthSlot slot) => EndLength(slot);

    /// <summary>Starts one <c>ofp_meter_config</c> of an <c>OFPMP_METER_CONFIG</c> reply; write its bands, then call <see cref="EndMeterConfig"/>.</summary>
    /// <param name="flags">The meter flags.</param>
    /// <param name="meterId">The meter.</param>
    /// <returns>The slot to pass to <see cref="EndMeterConfig"/>.</returns>
    public LengthSlot BeginMeterConfig(OfpMeterFlags flags, MeterId meterId)
    {
        LengthSlot slot = BeginLength(0);
        WriteUInt16(0);
        WriteUInt16((ushort)flags);
        WriteUInt32(meterId.Value);
        return slot;
    }

    /// <summary>Ends a meter configuration entry, setting its <c>length</c>.</summary>
    /// <param name="slot">The slot returned by <see cref="BeginMeterConfig"/>.</param>
    /// <returns>The entry length.</returns>
    public int EndMeterConfig(LengthSlot slot) => EndLength(slot);

    /// <summary>Writes an <c>ofp_meter_features</c> (16 bytes), the body of an <c>OFPMP_METER_FEATURES</c> reply.</summary>
    /// <param name="maxMeter">Maximum number of meters.</param>
    /// <param name="bandTypes">Bitmap of supported band types.</param>
    /// <param name="capabilities">Bitmap of supported meter flags.</param>
    /// <param name="maxBands">Maximum bands per meter.</param>
    /// <param name="maxColor">Maximum color value.</param>
    public void WriteMeterFeatures(uint maxMeter, uint bandTypes, uint capabilities, byte maxBands, byte maxColor)
    {
        WriteUInt32(maxMeter);
        WriteUInt32(bandTypes);
        WriteUInt32(capabilities);
        WriteUInt8(maxBands);
        WriteUInt8(maxColor);
        WriteZeros(2);
    }

    private int WriteWordRequest(Xid xid, OfpMultipartType type, OfpMultipartRequestFlags flags, uint value)
    {
        LengthSlot slot = BeginMultipartRequest(xid, type, flags);
        WriteUInt32(value);
        WriteZeros(4);
        return EndMessage(slot);
    }
}
