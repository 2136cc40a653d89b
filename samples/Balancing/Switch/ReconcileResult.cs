namespace OpenFlow.Balancing.Switch;

/// <summary>What <see cref="SwitchReconciler"/> found and changed in a switch.</summary>
/// <param name="FlowsKept">Wanted flows that were there as wanted.</param>
/// <param name="FlowsAdded">Wanted flows that were missing.</param>
/// <param name="FlowsModified">
/// Wanted flows that were there but differed: in their instructions (changed in place with <c>OFPFC_MODIFY_STRICT</c>),
/// or in their cookie, timeouts or flags (replaced by an <c>OFPFC_ADD</c>).
/// </param>
/// <param name="FlowsDeleted">Flows of ours that are not wanted (deleted with <c>OFPFC_DELETE_STRICT</c>).</param>
/// <param name="GroupsKept">Wanted groups that were there as wanted.</param>
/// <param name="GroupsAdded">Wanted groups that were missing.</param>
/// <param name="GroupsModified">Wanted groups whose type or buckets differed.</param>
/// <param name="GroupsDeleted">Groups in our range that are not wanted.</param>
public readonly record struct ReconcileResult(
    int FlowsKept,
    int FlowsAdded,
    int FlowsModified,
    int FlowsDeleted,
    int GroupsKept,
    int GroupsAdded,
    int GroupsModified,
    int GroupsDeleted)
{
    /// <summary>Whether the switch already held exactly the wanted state.</summary>
    public bool Unchanged => FlowsAdded == 0 && FlowsModified == 0 && FlowsDeleted == 0 && GroupsAdded == 0 && GroupsModified == 0 && GroupsDeleted == 0;

    /// <inheritdoc />
    public override string ToString() =>
        $"flows kept {FlowsKept}, added {FlowsAdded}, modified {FlowsModified}, deleted {FlowsDeleted}; groups kept {GroupsKept}, added {GroupsAdded}, modified {GroupsModified}, deleted {GroupsDeleted}";
}
