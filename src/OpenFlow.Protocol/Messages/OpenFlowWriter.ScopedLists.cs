using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;

namespace OpenFlow.Protocol.Wire;

/// <content>
/// Match and action list writers that take their spans <c>scoped</c>, so that the message writers accept lists built
/// on the stack (collection expressions, <c>stackalloc</c>).
/// </content>
public ref partial struct OpenFlowWriter
{
    private void WriteMatchScoped(scoped ReadOnlySpan<OxmSpec> fields)
    {
        LengthSlot slot = BeginMatch();
        for (int i = 0; i < fields.Length; i++)
        {
            WriteOxm(in fields[i]);
        }

        EndMatch(slot);
    }

    private void WriteActionsScoped(scoped ReadOnlySpan<ActionSpec> actions)
    {
        for (int i = 0; i < actions.Length; i++)
        {
            WriteAction(in actions[i]);
        }
    }
}
