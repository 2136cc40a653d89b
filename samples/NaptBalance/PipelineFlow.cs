using System;
using System.Buffers.Binary;
using OpenFlow.Balancing.Switch;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>
/// Adds the flows of a balancer pipeline to a <see cref="DesiredSwitchState"/>: a match of OpenFlow basic fields,
/// optionally Open vSwitch's <c>ct_state</c> (which <see cref="OxmSpec"/> cannot name), and instructions written by a
/// callback, so Nicira actions (<c>ct</c>, <c>nat</c>, <c>move</c>) and <c>goto_table</c> fit as well as plain actions.
/// </summary>
public static class PipelineFlow
{
    // NXM_NX_CT_STATE: NXM class 1, field 105, 32 bits (with a mask: 8 bytes of payload).
    private const byte CtStateField = 105;

    /// <summary>Adds a flow with a match of basic fields.</summary>
    /// <param name="desired">The wanted state.</param>
    /// <param name="spec">Table, priority, cookie, timeouts and flags.</param>
    /// <param name="match">The match fields, prerequisites first.</param>
    /// <param name="instructions">Writes the instructions (null: none, the flow drops).</param>
    public static void Add(DesiredSwitchState desired, in FlowModSpec spec, OxmSpec[] match, InstructionsWriter? instructions) =>
        Add(desired, spec, match, 0, 0, instructions);

    /// <summary>Adds a flow whose match also tests <c>ct_state</c> bits (<see cref="CtStateBits"/>).</summary>
    /// <param name="desired">The wanted state.</param>
    /// <param name="spec">Table, priority, cookie, timeouts and flags.</param>
    /// <param name="match">The basic match fields, prerequisites first.</param>
    /// <param name="ctState">The <c>ct_state</c> bits that must be set (under <paramref name="ctStateMask"/>).</param>
    /// <param name="ctStateMask">The <c>ct_state</c> bits tested (0: <c>ct_state</c> is not matched).</param>
    /// <param name="instructions">Writes the instructions (null: none, the flow drops).</param>
    public static void Add(DesiredSwitchState desired, in FlowModSpec spec, OxmSpec[] match, uint ctState, uint ctStateMask, InstructionsWriter? instructions)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(match);
        desired.AddFlow(new Flow(spec, match, ctState, ctStateMask, instructions), static (ref OpenFlowWriter writer, in Flow flow) => flow.Write(ref writer));
    }

    /// <summary>Writes one apply-actions instruction holding <paramref name="actions"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="actions">The actions.</param>
    public static void ApplyActions(ref OpenFlowWriter writer, scoped ReadOnlySpan<ActionSpec> actions)
    {
        LengthSlot slot = writer.BeginApplyActionsInstruction();
        writer.WriteActions(actions);
        writer.EndActionsInstruction(slot);
    }

    /// <summary>Writes one whole FLOW_MOD: fixed fields, match (with <c>ct_state</c> when masked), instructions.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="xid">The transaction id.</param>
    /// <param name="spec">The fixed fields.</param>
    /// <param name="match">The basic match fields.</param>
    /// <param name="ctState">The <c>ct_state</c> value.</param>
    /// <param name="ctStateMask">The <c>ct_state</c> mask (0: not matched).</param>
    /// <param name="instructions">Writes the instructions (null: none).</param>
    public static void Write(ref OpenFlowWriter writer, Xid xid, in FlowModSpec spec, scoped ReadOnlySpan<OxmSpec> match, uint ctState, uint ctStateMask, InstructionsWriter? instructions)
    {
        LengthSlot message = writer.BeginFlowMod(xid, spec.ToFields());
        LengthSlot matchSlot = writer.BeginMatch();
        foreach (OxmSpec field in match)
        {
            writer.WriteOxm(in field);
        }

        if (ctStateMask != 0)
        {
            Span<byte> value = stackalloc byte[4];
            Span<byte> mask = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(value, ctState & ctStateMask);
            BinaryPrimitives.WriteUInt32BigEndian(mask, ctStateMask);
            writer.WriteRawOxm((ushort)OxmClass.Nxm1, CtStateField, value, mask);
        }

        writer.EndMatch(matchSlot);
        instructions?.Invoke(ref writer);
        writer.EndMessage(message);
    }

    private readonly record struct Flow(FlowModSpec Spec, OxmSpec[] Match, uint CtState, uint CtStateMask, InstructionsWriter? Instructions)
    {
        public void Write(ref OpenFlowWriter writer) => PipelineFlow.Write(ref writer, default, Spec, Match, CtState, CtStateMask, Instructions);
    }
}
