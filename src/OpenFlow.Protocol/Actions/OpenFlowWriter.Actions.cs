using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <summary>
/// Action writing (OpenFlow 1.3.5, 7.2.5): one method per action type. Every action is a multiple of 8 bytes and its
/// padding is written as zeros:
/// <code>
/// +-------------------------------+-------------------------------+
/// |             type              |       len (incl. padding)     |
/// +-------------------------------+-------------------------------+
/// |  type-specific body, zero padding to a multiple of 8          |
/// +---------------------------------------------------------------+
/// </code>
/// </summary>
public ref partial struct OpenFlowWriter
{
    /// <summary>Writes an output action (<c>ofp_action_output</c>, 16 bytes).</summary>
    /// <param name="port">The port to send the packet out of.</param>
    /// <param name="maxLength">Bytes to send to the controller; 0xffff (<c>OFPCML_NO_BUFFER</c>) sends the whole packet.</param>
    public void WriteOutputAction(PortNo port, ushort maxLength = 0xffff)
    {
        RequireNoOpenMatch();
        if (Fits(ActionView.OutputSize))
        {
            // type, len, port | max_len, pad[6]: two big-endian words.
            Span<byte> action = _buffer.Slice(_position, ActionView.OutputSize);
            BinaryPrimitives.WriteUInt64BigEndian(action, ((ulong)OfpActionType.Output << 48) | ((ulong)ActionView.OutputSize << 32) | port.Value);
            BinaryPrimitives.WriteUInt64BigEndian(action.Slice(8), (ulong)maxLength << 48);
            _position += ActionView.OutputSize;
            return;
        }

        WriteActionHeader(OfpActionType.Output, ActionView.OutputSize);
        WriteUInt32(port.Value);
        WriteUInt16(maxLength);
        WriteZeros(6);
    }

    /// <summary>Writes a copy-TTL-out action (8 bytes).</summary>
    public void WriteCopyTtlOutAction() => WriteEmptyAction(OfpActionType.CopyTtlOut);

    /// <summary>Writes a copy-TTL-in action (8 bytes).</summary>
    public void WriteCopyTtlInAction() => WriteEmptyAction(OfpActionType.CopyTtlIn);

    /// <summary>Writes a set-MPLS-TTL action (<c>ofp_action_mpls_ttl</c>, 8 bytes).</summary>
    /// <param name="ttl">The MPLS TTL.</param>
    public void WriteSetMplsTtlAction(byte ttl) => WriteTtlAction(OfpActionType.SetMplsTtl, ttl);

    /// <summary>Writes a decrement-MPLS-TTL action (8 bytes).</summary>
    public void WriteDecMplsTtlAction() => WriteEmptyAction(OfpActionType.DecMplsTtl);

    /// <summary>Writes a push-VLAN action (<c>ofp_action_push</c>, 8 bytes).</summary>
    /// <param name="etherType">0x8100 (802.1Q) or 0x88a8 (802.1ad).</param>
    public void WritePushVlanAction(EtherType etherType) => WriteEtherTypeAction(OfpActionType.PushVlan, etherType);

    /// <summary>Writes a pop-VLAN action (8 bytes).</summary>
    public void WritePopVlanAction() => WriteEmptyAction(OfpActionType.PopVlan);

    /// <summary>Writes a push-MPLS action (<c>ofp_action_push</c>, 8 bytes).</summary>
    /// <param name="etherType">0x8847 or 0x8848.</param>
    public void WritePushMplsAction(EtherType etherType) => WriteEtherTypeAction(OfpActionType.PushMpls, etherType);

    /// <summary>Writes a pop-MPLS action (<c>ofp_action_pop_mpls</c>, 8 bytes).</summary>
    /// <param name="etherType">The ethertype of the payload after the pop.</param>
    public void WritePopMplsAction(EtherType etherType) => WriteEtherTypeAction(OfpActionType.PopMpls, etherType);

    /// <summary>Writes a set-queue action (<c>ofp_action_set_queue</c>, 8 bytes).</summary>
    /// <param name="queueId">The queue.</param>
    public void WriteSetQueueAction(uint queueId)
    {
        WriteActionHeader(OfpActionType.SetQueue, ActionView.FixedSize);
        WriteUInt32(queueId);
    }

    /// <summary>Writes a group action (<c>ofp_action_group</c>, 8 bytes).</summary>
    /// <param name="groupId">The group.</param>
    public void WriteGroupAction(GroupId groupId)
    {
        WriteActionHeader(OfpActionType.Group, ActionView.FixedSize);
        WriteUInt32(groupId.Value);
    }

    /// <summary>Writes a set-IP-TTL action (<c>ofp_action_nw_ttl</c>, 8 bytes).</summary>
    /// <param name="ttl">The IP TTL.</param>
    public void WriteSetNwTtlAction(byte ttl) => WriteTtlAction(OfpActionType.SetNwTtl, ttl);

    /// <summary>Writes a decrement-IP-TTL action (8 bytes).</summary>
    public void WriteDecNwTtlAction() => WriteEmptyAction(OfpActionType.DecNwTtl);

    /// <summary>Writes a push-PBB action (<c>ofp_action_push</c>, 8 bytes).</summary>
    /// <param name="etherType">0x88e7.</param>
    public void WritePushPbbAction(EtherType etherType) => WriteEtherTypeAction(OfpActionType.PushPbb, etherType);

    /// <summary>Writes a pop-PBB action (8 bytes).</summary>
    public void WritePopPbbAction() => WriteEmptyAction(OfpActionType.PopPbb);

    /// <summary>Writes a set-field action with a numeric value (<c>ofp_action_set_field</c>, padded to 8).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value; it must fit the field's width.</param>
    public void WriteSetFieldAction(OxmField field, ulong value)
    {
        LengthSlot slot = BeginAction(OfpActionType.SetField);
        WriteOxm(field, value);
        EndAction(slot);
    }

    /// <summary>Writes a masked set-field action with a numeric value (an OpenFlow 1.5 feature that Open vSwitch accepts in 1.3).</summary>
    /// <param name="field">A maskable field.</param>
    /// <param name="value">The value.</param>
    /// <param name="mask">The mask.</param>
    public void WriteSetFieldAction(OxmField field, ulong value, ulong mask)
    {
        LengthSlot slot = BeginAction(OfpActionType.SetField);
        WriteOxm(field, value, mask);
        EndAction(slot);
    }

    /// <summary>Writes a set-field action with a MAC address.</summary>
    /// <param name="field">A MAC field.</param>
    /// <param name="value">The address.</param>
    public void WriteSetFieldAction(OxmField field, MacAddress value)
    {
        LengthSlot slot = BeginAction(OfpActionType.SetField);
        WriteOxm(field, value);
        EndAction(slot);
    }

    /// <summary>Writes a masked set-field action with a MAC address.</summary>
    /// <param name="field">A maskable MAC field.</param>
    /// <param name="value">The address.</param>
    /// <param name="mask">The mask.</param>
    public void WriteSetFieldAction(OxmField field, MacAddress value, MacAddress mask)
    {
        LengthSlot slot = BeginAction(OfpActionType.SetField);
        WriteOxm(field, value, mask);
        EndAction(slot);
    }

    /// <summary>Writes a set-field action with an IPv4 address.</summary>
    /// <param name="field">An IPv4 field.</param>
    /// <param name="value">The address.</param>
    public void WriteSetFieldAction(OxmField field, Ipv4Address value)
    {
        LengthSlot slot = BeginAction(OfpActionType.SetField);
        WriteOxm(field, value);
        EndAction(slot);
    }

    /// <summary>Writes a masked set-field action with an IPv4 address.</summary>
    /// <param name="field">An IPv4 field.</param>
    /// <param name="value">The address.</param>
    /// <param name="mask">The mask.</param>
    public void WriteSetFieldAction(OxmField field, Ipv4Address value, Ipv4Address mask)
    {
        LengthSlot slot = BeginAction(OfpActionType.SetField);
        WriteOxm(field, value, mask);
        EndAction(slot);
    }

    /// <summary>Writes a set-field action with an IPv6 address.</summary>
    /// <param name="field">An IPv6 field.</param>
    /// <param name="value">The address.</param>
    public void WriteSetFieldAction(OxmField field, Ipv6Address value)
    {
        LengthSlot slot = BeginAction(OfpActionType.SetField);
        WriteOxm(field, value);
        EndAction(slot);
    }

    /// <summary>Writes a masked set-field action with an IPv6 address.</summary>
    /// <param name="field">A maskable IPv6 field.</param>
    /// <param name="value">The address.</param>
    /// <param name="mask">The mask.</param>
    public void WriteSetFieldAction(OxmField field, Ipv6Address value, Ipv6Address mask)
    {
        LengthSlot slot = BeginAction(OfpActionType.SetField);
        WriteOxm(field, value, mask);
        EndAction(slot);
    }

    /// <summary>Writes a set-field action from the value bytes.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">Exactly the field's size in bytes.</param>
    public void WriteSetFieldAction(OxmField field, scoped ReadOnlySpan<byte> value)
    {
        LengthSlot slot = BeginAction(OfpActionType.SetField);
        WriteOxm(field, value);
        EndAction(slot);
    }

    /// <summary>Writes a masked set-field action from the value and mask bytes.</summary>
    /// <param name="field">A maskable field.</param>
    /// <param name="value">Exactly the field's size in bytes.</param>
    /// <param name="mask">As long as the value.</param>
    public void WriteSetFieldAction(OxmField field, scoped ReadOnlySpan<byte> value, scoped ReadOnlySpan<byte> mask)
    {
        LengthSlot slot = BeginAction(OfpActionType.SetField);
        WriteOxm(field, value, mask);
        EndAction(slot);
    }

    /// <summary>Writes a set-field action described by a spec.</summary>
    /// <param name="field">The field, value and optional mask.</param>
    public void WriteSetFieldAction(in OxmSpec field)
    {
        LengthSlot slot = BeginAction(OfpActionType.SetField);
        WriteOxm(in field);
        EndAction(slot);
    }

    /// <summary>Writes a set-field action whose TLV is an experimenter field (class 0xffff, e.g. ONF's <c>pbb_uca</c>).</summary>
    /// <param name="field">The 7-bit field code.</param>
    /// <param name="experimenterId">The experimenter id.</param>
    /// <param name="value">The value bytes after the experimenter id.</param>
    public void WriteExperimenterSetFieldAction(byte field, uint experimenterId, scoped ReadOnlySpan<byte> value)
    {
        LengthSlot slot = BeginAction(OfpActionType.SetField);
        WriteExperimenterOxm(field, experimenterId, value);
        EndAction(slot);
    }

    /// <summary>Writes a set-field action whose TLV is of any class, as given (NXM fields such as registers).</summary>
    /// <param name="oxmClass">The 16-bit OXM class.</param>
    /// <param name="field">The 7-bit field code.</param>
    /// <param name="value">The payload.</param>
    public void WriteRawSetFieldAction(ushort oxmClass, byte field, scoped ReadOnlySpan<byte> value)
    {
        LengthSlot slot = BeginAction(OfpActionType.SetField);
        WriteRawOxm(oxmClass, field, value);
        EndAction(slot);
    }

    /// <summary>Writes an experimenter action (<c>ofp_action_experimenter_header</c>): experimenter id, data, zero padding to 8.</summary>
    /// <param name="experimenter">The experimenter id (<see cref="ActionView.NiciraExperimenterId"/> for Nicira).</param>
    /// <param name="data">The data after the experimenter id (for Nicira, starting with the 16-bit subtype).</param>
    public void WriteExperimenterAction(uint experimenter, scoped ReadOnlySpan<byte> data)
    {
        LengthSlot slot = BeginAction(OfpActionType.Experimenter);
        WriteUInt32(experimenter);
        WriteScoped(data);
        EndAction(slot);
    }

    /// <summary>Writes an action of any type from its body (everything after type and len), padded with zeros to 8; for re-encoding actions as read.</summary>
    /// <param name="type">The action type.</param>
    /// <param name="body">The bytes after type and len.</param>
    public void WriteRawAction(ushort type, scoped ReadOnlySpan<byte> body)
    {
        LengthSlot slot = BeginAction((OfpActionType)type);
        WriteScoped(body);
        EndAction(slot);
    }

    /// <summary>Writes one action described by a spec.</summary>
    /// <param name="action">The action.</param>
    public void WriteAction(in ActionSpec action)
    {
        switch (action.Type)
        {
            case OfpActionType.Output:
                WriteOutputAction(action.Port, action.MaxLength);
                break;
            case OfpActionType.CopyTtlOut:
            case OfpActionType.CopyTtlIn:
            case OfpActionType.DecMplsTtl:
            case OfpActionType.PopVlan:
            case OfpActionType.DecNwTtl:
            case OfpActionType.PopPbb:
                WriteEmptyAction(action.Type);
                break;
            case OfpActionType.SetMplsTtl:
                WriteSetMplsTtlAction(action.MplsTtl);
                break;
            case OfpActionType.SetNwTtl:
                WriteSetNwTtlAction(action.NwTtl);
                break;
            case OfpActionType.PushVlan:
            case OfpActionType.PushMpls:
            case OfpActionType.PopMpls:
            case OfpActionType.PushPbb:
                WriteEtherTypeAction(action.Type, action.EtherType);
                break;
            case OfpActionType.SetQueue:
                WriteSetQueueAction(action.QueueId);
                break;
            case OfpActionType.Group:
                WriteGroupAction(action.GroupId);
                break;
            case OfpActionType.SetField:
                OxmSpec field = action.Field;
                WriteSetFieldActionSpec(in field);
                break;
            default:
                ThrowHelper.ThrowArgument("An ActionSpec holds one of the 16 standard action types; write experimenter actions with WriteExperimenterAction.", nameof(action));
                break;
        }
    }

    /// <summary>Writes a list of actions described by specs, in order.</summary>
    /// <param name="actions">The actions.</param>
    public void WriteActions(scoped ReadOnlySpan<ActionSpec> actions)
    {
        for (int i = 0; i < actions.Length; i++)
        {
            WriteAction(in actions[i]);
        }
    }

    // A set-field action of an OxmSpec: fields of up to 8 bytes have a known action length (header, OXM, padding to 8),
    // written at once instead of back-patched; the OXM is checked exactly as WriteSetFieldAction(in OxmSpec) does.
    private void WriteSetFieldActionSpec(in OxmSpec field)
    {
        OxmField code = field.Field;
        if (!OxmFieldInfo.IsDefined(code) || OxmFieldInfo.GetDefined(code).Length > 8)
        {
            WriteSetFieldAction(in field);
            return;
        }

        ref readonly OxmFieldInfo.Entry info = ref OxmFieldInfo.GetDefined(code);
        int oxmLength = OxmHeader.Size + (field.HasMask ? 2 * info.Length : info.Length);
        int actionLength = Padding.RoundUpTo8(ActionView.LengthOffset + 2 + oxmLength);
        WriteActionHeader(OfpActionType.SetField, (ushort)actionLength);
        WriteNumericOxmSpec(in field, in info, false);
        WriteZeros(actionLength - 4 - oxmLength);
    }

    private void WriteEmptyAction(OfpActionType type)
    {
        WriteActionHeader(type, ActionView.FixedSize);
        WriteZeros(4);
    }

    private void WriteTtlAction(OfpActionType type, byte ttl)
    {
        WriteActionHeader(type, ActionView.FixedSize);
        WriteUInt8(ttl);
        WriteZeros(3);
    }

    private void WriteEtherTypeAction(OfpActionType type, EtherType etherType)
    {
        WriteActionHeader(type, ActionView.FixedSize);
        WriteUInt16(etherType.Value);
        WriteZeros(2);
    }

    private void WriteActionHeader(OfpActionType type, ushort length)
    {
        RequireNoOpenMatch();
        WriteUInt16((ushort)type);
        WriteUInt16(length);
    }

    private LengthSlot BeginAction(OfpActionType type)
    {
        RequireNoOpenMatch();
        LengthSlot slot = BeginLength(ActionView.LengthOffset);
        WriteUInt16((ushort)type);
        WriteUInt16(0);
        return slot;
    }

    private void EndAction(LengthSlot slot)
    {
        PadTo8(slot.Start);
        EndLength(slot);
    }

    private readonly void RequireNoOpenMatch()
    {
        if (_match.Open)
        {
            ThrowHelper.ThrowInvalidOperation("A match is open; call EndMatch before writing actions or instructions.");
        }
    }
}
