using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <summary>
/// Instruction writing (OpenFlow 1.3.5, 7.2.4): one method per instruction type; write/apply-actions are opened with
/// <c>Begin...</c>, filled with action writes, and closed with <see cref="EndActionsInstruction"/>.
/// <code>
/// +-------------------------------+-------------------------------+
/// |             type              |              len              |
/// +-------------------------------+-------------------------------+
/// |  type-specific body (zero padding and reserved bytes as 0)    |
/// +---------------------------------------------------------------+
/// </code>
/// </summary>
public ref partial struct OpenFlowWriter
{
    /// <summary>Writes a goto-table instruction (8 bytes).</summary>
    /// <param name="tableId">The next table; it must be greater than the current one.</param>
    public void WriteGotoTableInstruction(TableId tableId)
    {
        WriteInstructionHeader(OfpInstructionType.GotoTable, InstructionView.HeaderSize);
        WriteUInt8(tableId.Value);
        WriteZeros(3);
    }

    /// <summary>Writes a write-metadata instruction (24 bytes).</summary>
    /// <param name="metadata">The metadata value.</param>
    /// <param name="mask">The metadata bits to write.</param>
    public void WriteWriteMetadataInstruction(ulong metadata, ulong mask)
    {
        WriteInstructionHeader(OfpInstructionType.WriteMetadata, InstructionView.WriteMetadataSize);
        WriteZeros(4);
        WriteUInt64(metadata);
        WriteUInt64(mask);
    }

    /// <summary>Starts an apply-actions instruction; write its actions, then call <see cref="EndActionsInstruction"/>.</summary>
    /// <returns>The slot to pass to <see cref="EndActionsInstruction"/>.</returns>
    public LengthSlot BeginApplyActionsInstruction() => BeginActionsInstruction(OfpInstructionType.ApplyActions);

    /// <summary>Starts a write-actions instruction; write its actions, then call <see cref="EndActionsInstruction"/>.</summary>
    /// <returns>The slot to pass to <see cref="EndActionsInstruction"/>.</returns>
    public LengthSlot BeginWriteActionsInstruction() => BeginActionsInstruction(OfpInstructionType.WriteActions);

    /// <summary>Ends a write/apply-actions instruction: back-patches its length.</summary>
    /// <param name="slot">The slot returned by the <c>Begin...</c> method.</param>
    public void EndActionsInstruction(LengthSlot slot)
    {
        RequireNoOpenMatch();
        PadTo8(slot.Start);
        EndLength(slot);
    }

    /// <summary>Writes an apply-actions instruction holding <paramref name="actions"/>.</summary>
    /// <param name="actions">The actions, in order.</param>
    public void WriteApplyActionsInstruction(scoped ReadOnlySpan<ActionSpec> actions)
    {
        LengthSlot slot = BeginApplyActionsInstruction();
        WriteActions(actions);
        EndActionsInstruction(slot);
    }

    /// <summary>Writes a write-actions instruction holding <paramref name="actions"/>.</summary>
    /// <param name="actions">The actions for the action set.</param>
    public void WriteWriteActionsInstruction(scoped ReadOnlySpan<ActionSpec> actions)
    {
        LengthSlot slot = BeginWriteActionsInstruction();
        WriteActions(actions);
        EndActionsInstruction(slot);
    }

    /// <summary>Writes a clear-actions instruction (8 bytes).</summary>
    public void WriteClearActionsInstruction()
    {
        WriteInstructionHeader(OfpInstructionType.ClearActions, InstructionView.HeaderSize);
        WriteZeros(4);
    }

    /// <summary>Writes a meter instruction (8 bytes).</summary>
    /// <param name="meterId">The meter.</param>
    public void WriteMeterInstruction(MeterId meterId)
    {
        WriteInstructionHeader(OfpInstructionType.Meter, InstructionView.HeaderSize);
        WriteUInt32(meterId.Value);
    }

    /// <summary>Writes an experimenter instruction: experimenter id, data, zero padding to 8.</summary>
    /// <param name="experimenter">The experimenter id.</param>
    /// <param name="data">The data after the experimenter id.</param>
    public void WriteExperimenterInstruction(uint experimenter, scoped ReadOnlySpan<byte> data)
    {
        LengthSlot slot = BeginInstruction(OfpInstructionType.Experimenter);
        WriteUInt32(experimenter);
        WriteScoped(data);
        PadTo8(slot.Start);
        EndLength(slot);
    }

    /// <summary>Writes an instruction of any type from its body (everything after type and len), padded with zeros to 8; for re-encoding as read.</summary>
    /// <param name="type">The instruction type.</param>
    /// <param name="body">The bytes after type and len.</param>
    public void WriteRawInstruction(ushort type, scoped ReadOnlySpan<byte> body)
    {
        LengthSlot slot = BeginInstruction((OfpInstructionType)type);
        WriteScoped(body);
        PadTo8(slot.Start);
        EndLength(slot);
    }

    private LengthSlot BeginActionsInstruction(OfpInstructionType type)
    {
        LengthSlot slot = BeginInstruction(type);
        WriteZeros(4);
        return slot;
    }

    private LengthSlot BeginInstruction(OfpInstructionType type)
    {
        RequireNoOpenMatch();
        LengthSlot slot = BeginLength(InstructionView.LengthOffset);
        WriteUInt16((ushort)type);
        WriteUInt16(0);
        return slot;
    }

    private void WriteInstructionHeader(OfpInstructionType type, ushort length)
    {
        RequireNoOpenMatch();
        WriteUInt16((ushort)type);
        WriteUInt16(length);
    }
}
