using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using OpenFlow.Balancing.Switch;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Balancing.Groups;

/// <summary>
/// Keeps the balancer's select group in a switch in step with <see cref="SelectGroupPlanner"/>: it contributes the
/// group to the wanted state on (re)connect, and rewrites it with <c>OFPGC_MODIFY</c> when the planner decides the
/// buckets must change. The bucket actions come from the balancer (<see cref="BucketActionsWriter"/>): a MAC rewrite,
/// a destination NAT, or a conntrack commit.
/// </summary>
public sealed class SelectGroupDriver
{
    private readonly BucketActionsWriter _bucketActions;
    private readonly object _gate = new();

    // The buckets last given to the switch (the planner makes a new list for every change); null before AddTo.
    private IReadOnlyList<GroupBucket>? _written;

    /// <summary>Creates a driver.</summary>
    /// <param name="planner">Decides the buckets.</param>
    /// <param name="groupId">The group.</param>
    /// <param name="bucketActions">Writes one server's bucket actions.</param>
    public SelectGroupDriver(SelectGroupPlanner planner, GroupId groupId, BucketActionsWriter bucketActions)
    {
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(bucketActions);
        Planner = planner;
        GroupId = groupId;
        _bucketActions = bucketActions;
    }

    /// <summary>The planner.</summary>
    public SelectGroupPlanner Planner { get; }

    /// <summary>The group.</summary>
    public GroupId GroupId { get; }

    /// <summary>
    /// Plans the buckets (if never planned) and adds the group, as it should be now, to the wanted state. From then on
    /// <see cref="RefreshAsync"/> writes changes to the switch that state is reconciled with.
    /// </summary>
    /// <param name="desired">The wanted state.</param>
    public void AddTo(DesiredSwitchState desired)
    {
        ArgumentNullException.ThrowIfNull(desired);
        lock (_gate)
        {
            Planner.Update();
            IReadOnlyList<GroupBucket> buckets = Planner.Current;
            desired.AddGroup((Driver: this, Buckets: buckets), static (ref OpenFlowWriter writer, in (SelectGroupDriver Driver, IReadOnlyList<GroupBucket> Buckets) s) => s.Driver.Write(ref writer, OfpGroupModCommand.Add, s.Buckets));
            _written = buckets;
        }
    }

    /// <summary>
    /// Asks the planner whether the buckets must change and rewrites the group in the switch when they differ from what
    /// the switch was last given (by <see cref="AddTo"/> or an earlier refresh). A plan that changed while no switch was
    /// passed is written by the next call that passes one.
    /// </summary>
    /// <param name="connection">The switch served, once its reconcile finished (null: only the plan is updated).</param>
    /// <returns>
    /// True when the group was rewritten; false when the switch already has the plan, no switch is connected, the group
    /// was never added (<see cref="AddTo"/>), or the switch went away while being written (the reconcile of its next
    /// connection writes the group as planned).
    /// </returns>
    public async ValueTask<bool> RefreshAsync(ISwitchConnection? connection)
    {
        ValueTask sent;

        // Plan and queue under one lock: two refreshes racing (a state change and the periodic one) then reach the
        // switch in the order they were planned, so the last group written is the last plan.
        lock (_gate)
        {
            Planner.Update();
            IReadOnlyList<GroupBucket> buckets = Planner.Current;
            if (_written is null || ReferenceEquals(buckets, _written) || connection is null || !connection.IsConnected)
            {
                return false;
            }

            try
            {
                sent = connection.Send((Driver: this, Buckets: buckets), static (ref OpenFlowWriter writer, in (SelectGroupDriver Driver, IReadOnlyList<GroupBucket> Buckets) s) => s.Driver.Write(ref writer, OfpGroupModCommand.Modify, s.Buckets), 64 + (buckets.Count * 128));
            }
            catch (SwitchDisconnectedException)
            {
                return false;
            }

            _written = buckets;
        }

        try
        {
            await sent.ConfigureAwait(false);
            return true;
        }
        catch (SwitchDisconnectedException)
        {
            return false;
        }
    }

    /// <summary>Writes the group mod for a bucket list (no bucket: the group drops, as no server is up).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="command">Add or modify.</param>
    /// <param name="buckets">The buckets.</param>
    public void Write(ref OpenFlowWriter writer, OfpGroupModCommand command, IReadOnlyList<GroupBucket> buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        LengthSlot message = writer.BeginGroupMod(default, command, OfpGroupType.Select, GroupId);
        foreach (GroupBucket bucket in buckets)
        {
            LengthSlot slot = writer.BeginBucket(bucket.Weight, PortNo.Any, GroupId.Any);
            _bucketActions(ref writer, bucket.Backend);
            writer.EndBucket(slot);
        }

        writer.EndMessage(message);
    }
}
