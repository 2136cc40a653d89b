using System;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>
/// Writers for <c>ofp_table_features</c> and its properties (see <see cref="TableFeaturesView"/>,
/// <see cref="TableFeaturePropertyView"/>), inside an <c>OFPMP_TABLE_FEATURES</c> request or reply, and for the ONF
/// flow monitor request (see <see cref="OnfFlowMonitorRequestView"/>).
/// </content>
public ref partial struct OpenFlowWriter
{
    /// <summary>Starts one <c>ofp_table_features</c>; write its properties, then call <see cref="EndTableFeatures"/>.</summary>
    /// <param name="tableId">The table.</param>
    /// <param name="name">The table name as bytes (at most 32; shorter names are padded with zeros).</param>
    /// <param name="metadataMatch">Bits of metadata the table can match.</param>
    /// <param name="metadataWrite">Bits of metadata the table can write.</param>
    /// <param name="config">The table configuration.</param>
    /// <param name="maxEntries">Maximum number of entries supported.</param>
    /// <returns>The slot to pass to <see cref="EndTableFeatures"/>.</returns>
    public LengthSlot BeginTableFeatures(TableId tableId, scoped ReadOnlySpan<byte> name, ulong metadataMatch, ulong metadataWrite, OfpTableConfig config, uint maxEntries)
    {
        if (name.Length > TableFeaturesView.NameSize)
        {
            ThrowHelper.ThrowArgument("A table name is at most 32 bytes.", nameof(name));
        }

        LengthSlot slot = BeginLength(0);
        WriteUInt16(0);
        WriteUInt8(tableId.Value);
        WriteZeros(5);
        WriteBytes(name);
        WriteZeros(TableFeaturesView.NameSize - name.Length);
        WriteUInt64(metadataMatch);
        WriteUInt64(metadataWrite);
        WriteUInt32((uint)config);
        WriteUInt32(maxEntries);
        return slot;
    }

    /// <summary>Ends a table features entry, setting its <c>length</c>.</summary>
    /// <param name="slot">The slot returned by <see cref="BeginTableFeatures"/>.</param>
    /// <returns>The entry length.</returns>
    public int EndTableFeatures(LengthSlot slot) => EndLength(slot);

    /// <summary>
    /// Writes an instructions or actions property: one 4-byte id (type, len 4) per value. For experimenter ids, write
    /// the property with <see cref="WriteTableFeatureProperty"/>.
    /// </summary>
    /// <param name="type">An instructions or actions property type (or their <c>_MISS</c> forms).</param>
    /// <param name="ids">The instruction or action types.</param>
    public void WriteTableFeatureIdsProperty(OfpTableFeaturePropType type, scoped ReadOnlySpan<ushort> ids)
    {
        TableFeaturePropKind kind = TableFeaturePropertyView.KindOf(type);
        if (kind is not (TableFeaturePropKind.InstructionIds or TableFeaturePropKind.ActionIds))
        {
            ThrowHelper.ThrowArgument("This property type does not hold instruction or action ids.", nameof(type));
        }

        LengthSlot slot = BeginTableFeatureProperty(type);
        foreach (ushort id in ids)
        {
            WriteUInt16(id);
            WriteUInt16(TableFeatureIdView.HeaderSize);
        }

        EndTableFeatureProperty(slot);
    }

    /// <summary>Writes a next-tables property (<c>NEXT_TABLES</c>, <c>NEXT_TABLES_MISS</c>): one byte per table.</summary>
    /// <param name="type">The property type.</param>
    /// <param name="tableIds">The tables.</param>
    public void WriteNextTablesProperty(OfpTableFeaturePropType type, scoped ReadOnlySpan<byte> tableIds)
    {
        if (TableFeaturePropertyView.KindOf(type) != TableFeaturePropKind.TableIds)
        {
            ThrowHelper.ThrowArgument("This property type does not hold table ids.", nameof(type));
        }

        LengthSlot slot = BeginTableFeatureProperty(type);
        WriteBytes(tableIds);
        EndTableFeatureProperty(slot);
    }

    /// <summary>Writes an OXM ids property (<c>MATCH</c>, <c>WILDCARDS</c>, <c>*_SETFIELD*</c>): one 32-bit OXM header per value.</summary>
    /// <param name="type">The property type.</param>
    /// <param name="oxmHeaders">The OXM headers (class, field, hasmask, length).</param>
    public void WriteOxmIdsProperty(OfpTableFeaturePropType type, scoped ReadOnlySpan<uint> oxmHeaders)
    {
        if (TableFeaturePropertyView.KindOf(type) != TableFeaturePropKind.OxmIds)
        {
            ThrowHelper.ThrowArgument("This property type does not hold OXM ids.", nameof(type));
        }

        LengthSlot slot = BeginTableFeatureProperty(type);
        foreach (uint header in oxmHeaders)
        {
            WriteUInt32(header);
        }

        EndTableFeatureProperty(slot);
    }

    /// <summary>Writes an experimenter property (<c>EXPERIMENTER</c>, <c>EXPERIMENTER_MISS</c>).</summary>
    /// <param name="type">The property type.</param>
    /// <param name="experimenter">The experimenter id.</param>
    /// <param name="expType">The experimenter-defined type.</param>
    /// <param name="data">The experimenter-defined data.</param>
    public void WriteExperimenterTableFeatureProperty(OfpTableFeaturePropType type, uint experimenter, uint expType, scoped ReadOnlySpan<byte> data)
    {
        if (TableFeaturePropertyView.KindOf(type) != TableFeaturePropKind.Experimenter)
        {
            ThrowHelper.ThrowArgument("This property type is not an experimenter property.", nameof(type));
        }

        LengthSlot slot = BeginTableFeatureProperty(type);
        WriteUInt32(experimenter);
        WriteUInt32(expType);
        WriteBytes(data);
        EndTableFeatureProperty(slot);
    }

    /// <summary>Writes a property of any type from its body bytes (header and padding added here).</summary>
    /// <param name="type">The property type (raw value for unknown types).</param>
    /// <param name="body">The body after the 4-byte header.</param>
    public void WriteTableFeatureProperty(OfpTableFeaturePropType type, scoped ReadOnlySpan<byte> body)
    {
        LengthSlot slot = BeginTableFeatureProperty(type);
        WriteBytes(body);
        EndTableFeatureProperty(slot);
    }

    /// <summary>
    /// Starts an ONF flow monitor request (<c>OFPMP_EXPERIMENTER</c>, ONF, <c>ONFMP_FLOW_MONITOR</c>); write entries
    /// with <see cref="BeginOnfFlowMonitorRequest"/>, then call <see cref="EndMessage"/>.
    /// </summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="flags">The request flags.</param>
    /// <returns>The slot to pass to <see cref="EndMessage"/>.</returns>
    public LengthSlot BeginOnfFlowMonitorMultipart(Xid xid, OfpMultipartRequestFlags flags = OfpMultipartRequestFlags.None)
    {
        LengthSlot slot = BeginMultipartRequest(xid, OfpMultipartType.Experimenter, flags);
        WriteUInt32(OnfFlowMonitorRequestView.OnfExperimenterId);
        WriteUInt32(OnfFlowMonitorRequestView.FlowMonitorExpType);
        return slot;
    }

    /// <summary>
    /// Starts one <c>onf_flow_monitor_request</c>; write its OXM fields (<c>WriteOxm</c>, outside a match), then call
    /// <see cref="EndOnfFlowMonitorRequest"/>, which sets <c>match_len</c> and pads to 8.
    /// </summary>
    /// <param name="id">The monitor id.</param>
    /// <param name="flags">What to monitor.</param>
    /// <param name="outPort">Only flows with an action to this port (<see cref="PortNo.Any"/> for all).</param>
    /// <param name="tableId">Only flows in this table (<see cref="TableId.All"/> for all).</param>
    /// <returns>The slot to pass to <see cref="EndOnfFlowMonitorRequest"/>.</returns>
    public LengthSlot BeginOnfFlowMonitorRequest(uint id, OnfFlowMonitorFlags flags, PortNo outPort, TableId tableId)
    {
        LengthSlot slot = BeginLength(OnfFlowMonitorRequestView.MatchLenOffset);
        WriteUInt32(id);
        WriteUInt16((ushort)flags);
        WriteUInt16(0);
        WriteUInt32(outPort.Value);
        WriteUInt8(tableId.Value);
        WriteZeros(3);
        return slot;
    }

    /// <summary>Ends an ONF flow monitor request entry: sets <c>match_len</c> to the OXM bytes written and pads to 8.</summary>
    /// <param name="slot">The slot returned by <see cref="BeginOnfFlowMonitorRequest"/>.</param>
    /// <returns>The entry length, padding included.</returns>
    public int EndOnfFlowMonitorRequest(LengthSlot slot)
    {
        PatchUInt16(slot.LengthOffset, BytesWritten - slot.Start - OnfFlowMonitorRequestView.HeaderSize);
        PadTo8(slot.Start);
        return BytesWritten - slot.Start;
    }

    private LengthSlot BeginTableFeatureProperty(OfpTableFeaturePropType type)
    {
        LengthSlot slot = BeginLength(2);
        WriteUInt16((ushort)type);
        WriteUInt16(0);
        return slot;
    }

    private void EndTableFeatureProperty(LengthSlot slot)
    {
        EndLength(slot);
        PadTo8(slot.Start);
    }
}
