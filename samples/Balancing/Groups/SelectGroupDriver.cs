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

    /// <summary>Plans the buckets (if never planned) and adds the group, as it should be now, to the wanted state.</summary>
    /// <param name="desired">The wanted state.</param>
    public void AddTo(DesiredSwitchState desired)
    {
        ArgumentNullException.ThrowIfNull(desired);
        Planner.Update();
        desired.AddGroup(this, static (ref OpenFlowWriter writer, in SelectGroupDriver driver) => driver.Write(ref writer, OfpGroupModCommand.Add, driver.Planner.Current));
    }

    /// <summary>Asks the planner whether the buckets must change and, when they must, rewrites the group in the switch.</summary>
    /// <param name="connection">The switch served (null: only the plan is updated).</param>
    /// <returns>True when the group was rewritten.</returns>
    public async ValueTask<bool> RefreshAsync(ISwitchConnection? connection)
    {
        if (!Planner.Update() || connection is null || !connection.IsConnected)
        {
            return false;
        }

        IReadOnlyList<GroupBucket> buckets = Planner.Current;
        await connection.Send((Driver: this, Buckets: buckets), static (ref OpenFlowWriter writer, in (SelectGroupDriver Driver, IReadOnlyList<GroupBucket> Buckets) s) => s.Driver.Write(ref writer, OfpGroupModCommand.Modify, s.Buckets), 64 + (buckets.Count * 128)).ConfigureAwait(false);
        return true;
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
