using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Actions.Nicira;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <summary>
/// Nicira extension actions (experimenter 0x00002320, Open vSwitch <c>include/openflow/nicira-ext.h</c>): one method
/// per <c>NXAST_*</c> action. Every one starts with <c>nx_action_header</c> and is padded with zeros to 8:
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype       | body ..., zero padding to a multiple of 8     |
/// +---------------+-----------------------------------------------+
/// </code>
/// </summary>
public ref partial struct OpenFlowWriter
{
    /// <summary>Writes a Nicira action of any subtype from its body (everything after the subtype), padded to 8; for actions with no body (<c>NXAST_EXIT</c>, <c>NXAST_POP_QUEUE</c>, <c>NXAST_DEC_TTL</c>, <c>NXAST_DEC_NSH_TTL</c>) and re-encoding.</summary>
    /// <param name="subtype">The <c>NXAST_*</c> subtype.</param>
    /// <param name="body">The bytes after the subtype.</param>
    public void WriteNiciraAction(NxActionSubtype subtype, scoped ReadOnlySpan<byte> body)
    {
        LengthSlot slot = BeginNiciraAction(subtype);
        WriteScoped(body);
        EndAction(slot);
    }

    /// <summary><c>NXAST_REG_LOAD</c>: load <paramref name="value"/> into bits of a field (24 bytes).</summary>
    /// <param name="destination">The field and bits (at most 64).</param>
    /// <param name="value">The value; it must fit the bit count.</param>
    public void WriteNxRegLoadAction(NxmFieldRef destination, ulong value)
    {
        RequireOfsNbits(destination, nameof(destination));
        if (destination.NBits < 64 && value >> destination.NBits != 0)
        {
            ThrowHelper.ThrowArgument("The value does not fit the destination's bit count.", nameof(value));
        }

        LengthSlot slot = BeginNiciraAction(NxActionSubtype.RegLoad);
        WriteUInt16(destination.OfsNbits);
        WriteUInt32(destination.Header.Value);
        WriteUInt64(value);
        EndAction(slot);
    }

    /// <summary><c>NXAST_REG_LOAD2</c>: load a value into a field, as one OXM TLV (Open vSwitch's set-field).</summary>
    /// <param name="field">A field <see cref="NxmFieldInfo"/> describes.</param>
    /// <param name="value">Exactly the field's size in bytes.</param>
    public void WriteNxRegLoad2Action(OxmFieldKey field, scoped ReadOnlySpan<byte> value) => WriteNxRegLoad2(field, value, false, default);

    /// <summary><c>NXAST_REG_LOAD2</c> with a mask: load the 1-bits of <paramref name="mask"/> from <paramref name="value"/>.</summary>
    /// <param name="field">A maskable field <see cref="NxmFieldInfo"/> describes.</param>
    /// <param name="value">Exactly the field's size in bytes.</param>
    /// <param name="mask">As long as the value.</param>
    public void WriteNxRegLoad2Action(OxmFieldKey field, scoped ReadOnlySpan<byte> value, scoped ReadOnlySpan<byte> mask) => WriteNxRegLoad2(field, value, true, mask);

    /// <summary><c>NXAST_REG_MOVE</c>: copy bits from one field to another.</summary>
    /// <param name="source">The source field and bits.</param>
    /// <param name="destination">The destination field and bits, as many.</param>
    public void WriteNxRegMoveAction(NxmFieldRef source, NxmFieldRef destination)
    {
        if (source.NBits != destination.NBits || source.NBits is < 1 or > 0xffff || source.Offset is < 0 or > 0xffff || destination.Offset is < 0 or > 0xffff)
        {
            ThrowHelper.ThrowArgument("A move copies as many bits as it writes: source and destination widths must be equal and offsets fit 16 bits.", nameof(destination));
        }

        LengthSlot slot = BeginNiciraAction(NxActionSubtype.RegMove);
        WriteUInt16((ushort)source.NBits);
        WriteUInt16((ushort)source.Offset);
        WriteUInt16((ushort)destination.Offset);
        WriteNxmHeader(source);
        WriteNxmHeader(destination);
        EndAction(slot);
    }

    /// <summary><c>NXAST_RESUBMIT</c>: search the current table again (16 bytes).</summary>
    /// <param name="inPort">The in_port to search with, 16-bit; 0xfff8 (<c>OFPP_IN_PORT</c>) keeps the packet's.</param>
    public void WriteNxResubmitAction(ushort inPort = 0xfff8)
    {
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.Resubmit);
        WriteUInt16(inPort);
        EndAction(slot);
    }

    /// <summary><c>NXAST_RESUBMIT_TABLE</c>: search <paramref name="table"/> (16 bytes).</summary>
    /// <param name="table">The table; 255 means the current one.</param>
    /// <param name="inPort">The in_port to search with, 16-bit; 0xfff8 (<c>OFPP_IN_PORT</c>) keeps the packet's.</param>
    public void WriteNxResubmitTableAction(TableId table, ushort inPort = 0xfff8)
    {
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.ResubmitTable);
        WriteUInt16(inPort);
        WriteUInt8(table.Value);
        EndAction(slot);
    }

    /// <summary><c>NXAST_LEARN</c>: add a flow built from the packet.</summary>
    /// <param name="learn">The fixed fields.</param>
    /// <param name="specs">The flow specs, in order.</param>
    public void WriteNxLearnAction(in NxLearnSpec learn, scoped ReadOnlySpan<NxFlowSpec> specs)
    {
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.Learn);
        WriteUInt16(learn.IdleTimeout);
        WriteUInt16(learn.HardTimeout);
        WriteUInt16(learn.Priority);
        WriteUInt64(learn.Cookie.Value);
        WriteUInt16(learn.Flags);
        WriteUInt8(learn.Table.Value);
        WriteUInt8(0);
        WriteUInt16(learn.FinIdleTimeout);
        WriteUInt16(learn.FinHardTimeout);
        for (int i = 0; i < specs.Length; i++)
        {
            WriteNxFlowSpec(in specs[i]);
        }

        EndAction(slot);
    }

    /// <summary><c>NXAST_CONJUNCTION</c>: this flow is clause <paramref name="clause"/> of <paramref name="clauseCount"/> of conjunction <paramref name="id"/> (16 bytes).</summary>
    /// <param name="clause">The clause, from 0 (ovs-ofctl's <c>k/n</c> is written as k - 1).</param>
    /// <param name="clauseCount">How many clauses, 2 to 64.</param>
    /// <param name="id">The conjunction id.</param>
    public void WriteNxConjunctionAction(byte clause, byte clauseCount, uint id)
    {
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.Conjunction);
        WriteUInt8(clause);
        WriteUInt8(clauseCount);
        WriteUInt32(id);
        EndAction(slot);
    }

    /// <summary>Starts an <c>NXAST_CT</c> action; write its nested actions next, then call <see cref="EndNxCtAction"/>.</summary>
    /// <param name="ct">The fixed fields.</param>
    /// <returns>The slot to pass to <see cref="EndNxCtAction"/>.</returns>
    public LengthSlot BeginNxCtAction(in NxCtSpec ct)
    {
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.Ct);
        WriteUInt16((ushort)ct.Flags);
        bool fromField = ct.ZoneSource.Header.Value != 0;
        if (fromField)
        {
            RequireOfsNbits(ct.ZoneSource, nameof(ct));
        }

        WriteUInt32(ct.ZoneSource.Header.Value);
        WriteUInt16(fromField ? ct.ZoneSource.OfsNbits : ct.ZoneImmediate);
        WriteUInt8(ct.RecircTable.Value);
        WriteZeros(3);
        WriteUInt16(ct.Alg);
        return slot;
    }

    /// <summary>Ends an <c>NXAST_CT</c> action: back-patches its length over the nested actions.</summary>
    /// <param name="slot">The slot from <see cref="BeginNxCtAction"/>.</param>
    public void EndNxCtAction(LengthSlot slot) => EndAction(slot);

    /// <summary><c>NXAST_CT</c> without nested actions.</summary>
    /// <param name="ct">The fixed fields.</param>
    public void WriteNxCtAction(in NxCtSpec ct) => EndNxCtAction(BeginNxCtAction(in ct));

    /// <summary><c>NXAST_CT_CLEAR</c>: clear the connection tracking state (16 bytes).</summary>
    public void WriteNxCtClearAction() => WriteNiciraAction(NxActionSubtype.CtClear, default);

    /// <summary><c>NXAST_NAT</c>: address translation, nested in <c>NXAST_CT</c>.</summary>
    /// <param name="nat">Flags and ranges.</param>
    public void WriteNxNatAction(in NxNatSpec nat)
    {
        NxNatRange present = (nat.Ipv4Min.HasValue ? NxNatRange.Ipv4Min : 0) | (nat.Ipv4Max.HasValue ? NxNatRange.Ipv4Max : 0)
            | (nat.Ipv6Min.HasValue ? NxNatRange.Ipv6Min : 0) | (nat.Ipv6Max.HasValue ? NxNatRange.Ipv6Max : 0)
            | (nat.ProtoMin.HasValue ? NxNatRange.ProtoMin : 0) | (nat.ProtoMax.HasValue ? NxNatRange.ProtoMax : 0);
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.Nat);
        WriteUInt16(0);
        WriteUInt16((ushort)nat.Flags);
        WriteUInt16((ushort)present);
        if (nat.Ipv4Min is Ipv4Address v4Min)
        {
            WriteIpv4(v4Min);
        }

        if (nat.Ipv4Max is Ipv4Address v4Max)
        {
            WriteIpv4(v4Max);
        }

        if (nat.Ipv6Min is Ipv6Address v6Min)
        {
            WriteIpv6(v6Min);
        }

        if (nat.Ipv6Max is Ipv6Address v6Max)
        {
            WriteIpv6(v6Max);
        }

        if (nat.ProtoMin is ushort protoMin)
        {
            WriteUInt16(protoMin);
        }

        if (nat.ProtoMax is ushort protoMax)
        {
            WriteUInt16(protoMax);
        }

        EndAction(slot);
    }

    /// <summary><c>NXAST_NOTE</c>: opaque bytes, padded with zeros to 8.</summary>
    /// <param name="note">The bytes.</param>
    public void WriteNxNoteAction(scoped ReadOnlySpan<byte> note)
    {
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.Note);
        WriteScoped(note);
        if (note.Length < 6)
        {
            WriteZeros(6 - note.Length);
        }

        EndAction(slot);
    }

    /// <summary><c>NXAST_CONTROLLER</c>: send the packet to controllers (16 bytes).</summary>
    /// <param name="maxLength">Bytes of the packet to send.</param>
    /// <param name="controllerId">The controller connection id.</param>
    /// <param name="reason">The packet-in reason (<c>OFPR_*</c>).</param>
    public void WriteNxControllerAction(ushort maxLength, ushort controllerId, byte reason)
    {
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.Controller);
        WriteUInt16(maxLength);
        WriteUInt16(controllerId);
        WriteUInt8(reason);
        EndAction(slot);
    }

    /// <summary>Starts an <c>NXAST_CONTROLLER2</c> action; write properties with <see cref="WriteNxController2Property"/>, then call <see cref="EndNxController2Action"/>.</summary>
    /// <returns>The slot to pass to <see cref="EndNxController2Action"/>.</returns>
    public LengthSlot BeginNxController2Action()
    {
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.Controller2);
        WriteZeros(6);
        return slot;
    }

    /// <summary>Writes one property of an <c>NXAST_CONTROLLER2</c> action: type, length (4 + value), value, zero padding to 8.</summary>
    /// <param name="type">The property type.</param>
    /// <param name="value">The value bytes (2 for max_len and controller_id, 1 for reason, none for pause).</param>
    public void WriteNxController2Property(NxController2PropertyType type, scoped ReadOnlySpan<byte> value)
    {
        int start = _position;
        WriteUInt16((ushort)type);
        if (value.Length > ushort.MaxValue - 4)
        {
            ThrowHelper.ThrowArgument("A property value holds at most 65,531 bytes.", nameof(value));
        }

        WriteUInt16((ushort)(4 + value.Length));
        WriteScoped(value);
        PadTo8(start);
    }

    /// <summary>Ends an <c>NXAST_CONTROLLER2</c> action.</summary>
    /// <param name="slot">The slot from <see cref="BeginNxController2Action"/>.</param>
    public void EndNxController2Action(LengthSlot slot) => EndAction(slot);

    /// <summary><c>NXAST_CONTROLLER2</c> with the usual properties, in type order as Open vSwitch writes them.</summary>
    /// <param name="maxLength">Bytes to send (<c>NXAC2PT_MAX_LEN</c>; 0xffff, the default of Open vSwitch, omits the property).</param>
    /// <param name="controllerId">The controller id (<c>NXAC2PT_CONTROLLER_ID</c>; 0 omits it).</param>
    /// <param name="reason">The packet-in reason (<c>NXAC2PT_REASON</c>; 1, <c>OFPR_ACTION</c>, omits it).</param>
    /// <param name="userData">Bytes for the controller (<c>NXAC2PT_USERDATA</c>; empty omits it).</param>
    /// <param name="pause">Whether to pause the pipeline (<c>NXAC2PT_PAUSE</c>).</param>
    public void WriteNxController2Action(ushort maxLength, ushort controllerId, byte reason, scoped ReadOnlySpan<byte> userData, bool pause)
    {
        Span<byte> two = stackalloc byte[2];
        LengthSlot slot = BeginNxController2Action();
        if (maxLength != 0xffff)
        {
            two[0] = (byte)(maxLength >> 8);
            two[1] = (byte)maxLength;
            WriteNxController2Property(NxController2PropertyType.MaxLength, two);
        }

        if (controllerId != 0)
        {
            two[0] = (byte)(controllerId >> 8);
            two[1] = (byte)controllerId;
            WriteNxController2Property(NxController2PropertyType.ControllerId, two);
        }

        if (reason != 1)
        {
            two[0] = reason;
            WriteNxController2Property(NxController2PropertyType.Reason, two.Slice(0, 1));
        }

        if (!userData.IsEmpty)
        {
            WriteNxController2Property(NxController2PropertyType.UserData, userData);
        }

        if (pause)
        {
            WriteNxController2Property(NxController2PropertyType.Pause, default);
        }

        EndNxController2Action(slot);
    }

    /// <summary><c>NXAST_SAMPLE</c>: sample packets to IPFIX (24 bytes).</summary>
    /// <param name="probability">Packets sampled per 65535.</param>
    /// <param name="collectorSetId">The collector set.</param>
    /// <param name="obsDomainId">The observation domain.</param>
    /// <param name="obsPointId">The observation point.</param>
    public void WriteNxSampleAction(ushort probability, uint collectorSetId, uint obsDomainId, uint obsPointId)
    {
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.Sample);
        WriteSampleBody(probability, collectorSetId, obsDomainId, obsPointId);
        EndAction(slot);
    }

    /// <summary><c>NXAST_SAMPLE2</c>: sample packets to IPFIX with a sampling port (32 bytes).</summary>
    /// <param name="probability">Packets sampled per 65535.</param>
    /// <param name="collectorSetId">The collector set.</param>
    /// <param name="obsDomainId">The observation domain.</param>
    /// <param name="obsPointId">The observation point.</param>
    /// <param name="samplingPort">The sampling port.</param>
    /// <param name="direction">The direction (0 default, 1 ingress, 2 egress).</param>
    public void WriteNxSample2Action(ushort probability, uint collectorSetId, uint obsDomainId, uint obsPointId, ushort samplingPort, byte direction = 0)
    {
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.Sample2);
        WriteSampleBody(probability, collectorSetId, obsDomainId, obsPointId);
        WriteUInt16(samplingPort);
        WriteUInt8(direction);
        WriteZeros(5);
        EndAction(slot);
    }

    /// <summary><c>NXAST_STACK_PUSH</c>: push bits of a field onto the stack (24 bytes).</summary>
    /// <param name="field">The field and bits.</param>
    public void WriteNxStackPushAction(NxmFieldRef field) => WriteStack(NxActionSubtype.StackPush, field);

    /// <summary><c>NXAST_STACK_POP</c>: pop the stack into bits of a field (24 bytes).</summary>
    /// <param name="field">The field and bits.</param>
    public void WriteNxStackPopAction(NxmFieldRef field) => WriteStack(NxActionSubtype.StackPop, field);

    /// <summary><c>NXAST_OUTPUT_TRUNC</c>: output at most <paramref name="maxLength"/> bytes (16 bytes).</summary>
    /// <param name="port">The 16-bit port number.</param>
    /// <param name="maxLength">The most bytes to output.</param>
    public void WriteNxOutputTruncAction(ushort port, uint maxLength)
    {
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.OutputTrunc);
        WriteUInt16(port);
        WriteUInt32(maxLength);
        EndAction(slot);
    }

    /// <summary><c>NXAST_FIN_TIMEOUT</c>: shorten the timeouts once TCP FIN or RST is seen (16 bytes).</summary>
    /// <param name="finIdleTimeout">Idle timeout after FIN/RST, seconds (0: unchanged).</param>
    /// <param name="finHardTimeout">Hard timeout after FIN/RST, seconds (0: unchanged).</param>
    public void WriteNxFinTimeoutAction(ushort finIdleTimeout, ushort finHardTimeout)
    {
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.FinTimeout);
        WriteUInt16(finIdleTimeout);
        WriteUInt16(finHardTimeout);
        EndAction(slot);
    }

    /// <summary><c>NXAST_DEC_TTL_CNT_IDS</c>: decrement the TTL; tell these controllers when it expires.</summary>
    /// <param name="controllerIds">The controller ids.</param>
    public void WriteNxDecTtlCntIdsAction(scoped ReadOnlySpan<ushort> controllerIds)
    {
        if (controllerIds.Length > ushort.MaxValue)
        {
            ThrowHelper.ThrowArgument("At most 65,535 controller ids.", nameof(controllerIds));
        }

        LengthSlot slot = BeginNiciraAction(NxActionSubtype.DecTtlCntIds);
        WriteUInt16((ushort)controllerIds.Length);
        WriteZeros(4);
        for (int i = 0; i < controllerIds.Length; i++)
        {
            WriteUInt16(controllerIds[i]);
        }

        EndAction(slot);
    }

    /// <summary><c>NXAST_SET_TUNNEL</c>: set a 32-bit tunnel id (16 bytes).</summary>
    /// <param name="tunnelId">The tunnel id.</param>
    public void WriteNxSetTunnelAction(uint tunnelId)
    {
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.SetTunnel);
        WriteZeros(2);
        WriteUInt32(tunnelId);
        EndAction(slot);
    }

    /// <summary><c>NXAST_SET_TUNNEL64</c>: set a 64-bit tunnel id (24 bytes).</summary>
    /// <param name="tunnelId">The tunnel id.</param>
    public void WriteNxSetTunnel64Action(ulong tunnelId)
    {
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.SetTunnel64);
        WriteZeros(6);
        WriteUInt64(tunnelId);
        EndAction(slot);
    }

    /// <summary><c>NXAST_OUTPUT_REG</c>: output to the port held in bits of a field (24 bytes).</summary>
    /// <param name="source">The field and bits (a 32-bit header).</param>
    /// <param name="maxLength">Bytes to send when the port is the controller.</param>
    public void WriteNxOutputRegAction(NxmFieldRef source, ushort maxLength)
    {
        RequireOfsNbits(source, nameof(source));
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.OutputReg);
        WriteUInt16(source.OfsNbits);
        WriteUInt32(source.Header.Value);
        WriteUInt16(maxLength);
        EndAction(slot);
    }

    /// <summary><c>NXAST_OUTPUT_REG2</c>: output_reg with room for an experimenter field header (24 bytes).</summary>
    /// <param name="source">The field and bits.</param>
    /// <param name="maxLength">Bytes to send when the port is the controller.</param>
    public void WriteNxOutputReg2Action(NxmFieldRef source, ushort maxLength)
    {
        RequireOfsNbits(source, nameof(source));
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.OutputReg2);
        WriteUInt16(source.OfsNbits);
        WriteUInt16(maxLength);
        WriteNxmHeader(source);
        EndAction(slot);
    }

    /// <summary><c>NXAST_MULTIPATH</c>: hash the flow into a link number stored in bits of a field (32 bytes).</summary>
    /// <param name="fields">The fields hashed (<c>enum nx_hash_fields</c>).</param>
    /// <param name="basis">The hash basis.</param>
    /// <param name="algorithm">The algorithm (<c>enum nx_mp_algorithm</c>).</param>
    /// <param name="maxLink">The number of links minus one.</param>
    /// <param name="arg">The algorithm's argument.</param>
    /// <param name="destination">Where the link number goes.</param>
    public void WriteNxMultipathAction(ushort fields, ushort basis, ushort algorithm, ushort maxLink, uint arg, NxmFieldRef destination)
    {
        RequireOfsNbits(destination, nameof(destination));
        LengthSlot slot = BeginNiciraAction(NxActionSubtype.Multipath);
        WriteUInt16(fields);
        WriteUInt16(basis);
        WriteZeros(2);
        WriteUInt16(algorithm);
        WriteUInt16(maxLink);
        WriteUInt32(arg);
        WriteZeros(2);
        WriteUInt16(destination.OfsNbits);
        WriteUInt32(destination.Header.Value);
        EndAction(slot);
    }

    /// <summary><c>NXAST_BUNDLE</c>: output to one of the member ports, chosen by hash.</summary>
    /// <param name="algorithm">The algorithm (<c>enum nx_bd_algorithm</c>).</param>
    /// <param name="fields">The fields hashed.</param>
    /// <param name="basis">The hash basis.</param>
    /// <param name="slaveType">The kind of member ids (<c>NXM_OF_IN_PORT</c> header).</param>
    /// <param name="members">The member ports.</param>
    public void WriteNxBundleAction(ushort algorithm, ushort fields, ushort basis, uint slaveType, scoped ReadOnlySpan<ushort> members) =>
        WriteBundle(NxActionSubtype.Bundle, algorithm, fields, basis, slaveType, 0, 0, members);

    /// <summary><c>NXAST_BUNDLE_LOAD</c>: load one of the member ports, chosen by hash, into bits of a field.</summary>
    /// <param name="algorithm">The algorithm (<c>enum nx_bd_algorithm</c>).</param>
    /// <param name="fields">The fields hashed.</param>
    /// <param name="basis">The hash basis.</param>
    /// <param name="slaveType">The kind of member ids (<c>NXM_OF_IN_PORT</c> header).</param>
    /// <param name="destination">Where the member goes.</param>
    /// <param name="members">The member ports.</param>
    public void WriteNxBundleLoadAction(ushort algorithm, ushort fields, ushort basis, uint slaveType, NxmFieldRef destination, scoped ReadOnlySpan<ushort> members)
    {
        RequireOfsNbits(destination, nameof(destination));
        WriteBundle(NxActionSubtype.BundleLoad, algorithm, fields, basis, slaveType, destination.OfsNbits, destination.Header.Value, members);
    }

    /// <summary>Ends a Nicira action begun with <see cref="BeginNiciraAction"/>: zero padding to 8, length back-patched.</summary>
    /// <param name="slot">The slot from <see cref="BeginNiciraAction"/>.</param>
    public void EndNiciraAction(LengthSlot slot) => EndAction(slot);

    /// <summary>Writes an NXM/OXM field header: 4 bytes, or 8 with the experimenter id for class 0xffff.</summary>
    /// <param name="field">The field reference whose header is written.</param>
    public void WriteNxmHeader(NxmFieldRef field)
    {
        WriteUInt32(field.Header.Value);
        if (field.Header.Class == OxmClass.Experimenter)
        {
            WriteUInt32(field.ExperimenterId);
        }
    }

    /// <summary>Starts a Nicira action of any subtype (type, len, vendor, subtype); write its body, then call <see cref="EndNiciraAction"/>.</summary>
    /// <param name="subtype">The <c>NXAST_*</c> subtype.</param>
    /// <returns>The slot to pass to <see cref="EndNiciraAction"/>.</returns>
    public LengthSlot BeginNiciraAction(NxActionSubtype subtype)
    {
        LengthSlot slot = BeginAction(OfpActionType.Experimenter);
        WriteUInt32(ActionView.NiciraExperimenterId);
        WriteUInt16((ushort)subtype);
        return slot;
    }

    private void WriteNxRegLoad2(OxmFieldKey field, scoped ReadOnlySpan<byte> value, bool hasMask, scoped ReadOnlySpan<byte> mask)
    {
        OxmFieldDescription d = NxmFieldInfo.Get(field);
        if (value.Length != d.ValueLength || (hasMask && (mask.Length != value.Length || !d.Maskable)))
        {
            ThrowHelper.ThrowArgument("The value must be the field's size (and the mask as long, for a maskable field).", nameof(value));
        }

        LengthSlot slot = BeginNiciraAction(NxActionSubtype.RegLoad2);
        WriteUInt32(d.Header(hasMask).Value);
        if (d.ExtraHeaderSize > 0)
        {
            WriteUInt32(field.ExperimenterId);
            if (d.ExperimenterType != 0)
            {
                WriteUInt16(d.ExperimenterType);
            }
        }

        WriteScoped(value);
        if (hasMask)
        {
            WriteScoped(mask);
        }

        EndAction(slot);
    }

    private void WriteNxFlowSpec(in NxFlowSpec spec)
    {
        if (spec.NBits is < 1 or > 0x3ff)
        {
            ThrowHelper.ThrowArgument("A flow spec covers 1 to 1023 bits.", nameof(spec));
        }

        WriteUInt16((ushort)((spec.IsImmediate ? 1 << 13 : 0) | ((int)spec.Destination << 11) | spec.NBits));
        if (spec.IsImmediate)
        {
            int bytes = (spec.NBits + 15) / 16 * 2;
            if (bytes > 16)
            {
                ThrowHelper.ThrowArgument("An immediate flow spec value holds at most 128 bits here.", nameof(spec));
            }

            for (int i = bytes - 1; i >= 0; i--)
            {
                WriteUInt8(i >= 8 ? (byte)(spec.ImmediateHigh >> (8 * (i - 8))) : (byte)(spec.ImmediateLow >> (8 * i)));
            }
        }
        else
        {
            WriteNxmHeader(spec.Source);
            WriteUInt16((ushort)spec.Source.Offset);
        }

        if (spec.Destination != NxFlowSpecDestination.Output)
        {
            WriteNxmHeader(spec.DestinationField);
            WriteUInt16((ushort)spec.DestinationField.Offset);
        }
    }

    private void WriteSampleBody(ushort probability, uint collectorSetId, uint obsDomainId, uint obsPointId)
    {
        WriteUInt16(probability);
        WriteUInt32(collectorSetId);
        WriteUInt32(obsDomainId);
        WriteUInt32(obsPointId);
    }

    private void WriteStack(NxActionSubtype subtype, NxmFieldRef field)
    {
        if (field.Offset is < 0 or > 0xffff || field.NBits is < 1 or > 0xffff || field.Header.Class == OxmClass.Experimenter)
        {
            ThrowHelper.ThrowArgument("A stack action takes a 32-bit field header and 16-bit offset and width.", nameof(field));
        }

        LengthSlot slot = BeginNiciraAction(subtype);
        WriteUInt16((ushort)field.Offset);
        WriteUInt32(field.Header.Value);
        WriteUInt16((ushort)field.NBits);
        EndAction(slot);
    }

    private void WriteBundle(NxActionSubtype subtype, ushort algorithm, ushort fields, ushort basis, uint slaveType, ushort ofsNbits, uint destination, scoped ReadOnlySpan<ushort> members)
    {
        if (members.Length > ushort.MaxValue)
        {
            ThrowHelper.ThrowArgument("At most 65,535 members.", nameof(members));
        }

        LengthSlot slot = BeginNiciraAction(subtype);
        WriteUInt16(algorithm);
        WriteUInt16(fields);
        WriteUInt16(basis);
        WriteUInt32(slaveType);
        WriteUInt16((ushort)members.Length);
        WriteUInt16(ofsNbits);
        WriteUInt32(destination);
        WriteZeros(4);
        for (int i = 0; i < members.Length; i++)
        {
            WriteUInt16(members[i]);
        }

        EndAction(slot);
    }

    private static void RequireOfsNbits(NxmFieldRef field, string paramName)
    {
        if (field.Offset is < 0 or > 0x3ff || field.NBits is < 1 or > 64)
        {
            ThrowHelper.ThrowArgument("An ofs_nbits field holds an offset below 1024 and 1 to 64 bits.", paramName);
        }
    }
}
