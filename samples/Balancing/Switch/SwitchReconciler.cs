using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Balancing.Switch;

/// <summary>
/// Makes a switch hold exactly a <see cref="DesiredSwitchState"/>: reads the balancer's flows (by cookie) and groups
/// (by id range) back from the switch, then adds what is missing, changes what differs in place and deletes what is
/// stale, and ends with a barrier. What already matches is left alone, so a reconnect neither duplicates anything nor
/// disturbs live traffic, and flows of other owners (other cookies) are never touched.
/// </summary>
/// <remarks>
/// Flows are the same flow when table, priority and match agree (<see cref="FlowKey"/>: the match compared as the switch
/// keeps it, fields in any order, masks normalised). A flow whose instructions differ is changed with <c>OFPFC_MODIFY_STRICT</c> (counters
/// kept); one whose cookie, timeouts or flags differ is replaced by an <c>OFPFC_ADD</c>, which the switch applies
/// atomically. Groups are the same group when their ids agree; a group whose type or buckets differ gets
/// <c>OFPGC_MODIFY</c>. The order on the wire is: groups added and modified, flows added and modified, flows deleted,
/// groups deleted, barrier, so a flow never points at a group that does not exist yet.
/// </remarks>
public static class SwitchReconciler
{
    // What a switch may report in a flow's flags: CHECK_OVERLAP and RESET_COUNTS act when the flow is added only.
    private const OfpFlowModFlags StoredFlags = OfpFlowModFlags.SendFlowRem | OfpFlowModFlags.NoPktCounts | OfpFlowModFlags.NoBytCounts;

    // ofp_flow_mod: command is the byte after cookie, cookie_mask and table_id; ofp_group_mod: command follows the header.
    private const int FlowModCommandOffset = OfpHeader.Size + 17;
    private const int GroupModCommandOffset = OfpHeader.Size;
    private const int GroupModBucketsOffset = OfpHeader.Size + 8;

    /// <summary>Reconciles a switch with the wanted state.</summary>
    /// <param name="connection">The switch (ready).</param>
    /// <param name="desired">The wanted flows and groups.</param>
    /// <param name="cancellationToken">Cancels the reads and the barrier.</param>
    /// <returns>What was found and changed.</returns>
    public static async Task<ReconcileResult> ReconcileAsync(ISwitchConnection connection, DesiredSwitchState desired, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(desired);

        var presentFlows = new Dictionary<FlowKey, PresentFlow>();
        await connection.MultipartRequestAsync(
            desired,
            static (ref OpenFlowWriter writer, in DesiredSwitchState d, Xid xid) => writer.WriteFlowStatsRequest(xid, TableId.All, PortNo.Any, GroupId.Any, d.Cookie, d.CookieMask, ReadOnlySpan<OxmSpec>.Empty),
            (part, _) => ReadFlows(part, desired, presentFlows),
            cancellationToken).ConfigureAwait(false);

        var presentGroups = new Dictionary<uint, byte[]>();
        await connection.MultipartRequestAsync(
            0,
            static (ref OpenFlowWriter writer, in int _, Xid xid) => writer.WriteGroupDescRequest(xid),
            (part, _) => ReadGroups(part, desired, presentGroups),
            cancellationToken).ConfigureAwait(false);

        int groupsKept = 0, groupsAdded = 0, groupsModified = 0, groupsDeleted = 0;
        var wantedGroups = new HashSet<uint>();
        foreach (byte[] add in desired.Groups)
        {
            uint id = GroupModView.Read(add).GroupId.Value;
            wantedGroups.Add(id);
            if (!presentGroups.TryGetValue(id, out byte[]? present))
            {
                await connection.SendMessage(add).ConfigureAwait(false);
                groupsAdded++;
            }
            else if (present.AsSpan().SequenceEqual(GroupBody(add)))
            {
                groupsKept++;
            }
            else
            {
                await connection.SendMessage(WithUInt16(add, GroupModCommandOffset, (ushort)OfpGroupModCommand.Modify)).ConfigureAwait(false);
                groupsModified++;
            }
        }

        int flowsKept = 0, flowsAdded = 0, flowsModified = 0;
        var wantedFlows = new HashSet<FlowKey>();
        foreach (byte[] add in desired.Flows)
        {
            FlowModView flow = FlowModView.Read(add);
            var key = FlowKey.Of(flow.TableId, flow.Priority, flow.Match);
            wantedFlows.Add(key);
            if (!presentFlows.TryGetValue(key, out PresentFlow? present))
            {
                await connection.SendMessage(add).ConfigureAwait(false);
                flowsAdded++;
            }
            else if (present.Cookie != flow.Cookie || present.IdleTimeout != flow.IdleTimeout || present.HardTimeout != flow.HardTimeout || present.Flags != (flow.Flags & StoredFlags))
            {
                await connection.SendMessage(add).ConfigureAwait(false); // an ADD of the same match replaces it atomically
                flowsModified++;
            }
            else if (!present.Instructions.AsSpan().SequenceEqual(flow.Instructions.Bytes))
            {
                await connection.SendMessage(WithByte(add, FlowModCommandOffset, (byte)OfpFlowModCommand.ModifyStrict)).ConfigureAwait(false);
                flowsModified++;
            }
            else
            {
                flowsKept++;
            }
        }

        int flowsDeleted = 0;
        foreach (KeyValuePair<FlowKey, PresentFlow> present in presentFlows)
        {
            if (!wantedFlows.Contains(present.Key))
            {
                await connection.Send(present.Value, static (ref OpenFlowWriter writer, in PresentFlow flow) => WriteDeleteStrict(ref writer, flow), 64 + present.Value.Match.Length).ConfigureAwait(false);
                flowsDeleted++;
            }
        }

        foreach (uint id in presentGroups.Keys)
        {
            if (!wantedGroups.Contains(id))
            {
                await connection.Send(id, static (ref OpenFlowWriter writer, in uint group) => writer.EndMessage(writer.BeginGroupMod(default, OfpGroupModCommand.Delete, OfpGroupType.All, new GroupId(group))), 16).ConfigureAwait(false);
                groupsDeleted++;
            }
        }

        await connection.BarrierAsync(cancellationToken).ConfigureAwait(false);
        return new ReconcileResult(flowsKept, flowsAdded, flowsModified, flowsDeleted, groupsKept, groupsAdded, groupsModified, groupsDeleted);
    }

    private static void ReadFlows(ReadOnlySpan<byte> part, DesiredSwitchState desired, Dictionary<FlowKey, PresentFlow> flows)
    {
        MultipartReplyView reply = MultipartReplyView.Read(part);
        if (reply.Type != OfpMultipartType.Flow)
        {
            return;
        }

        foreach (FlowStatsView flow in reply.GetFlowStats())
        {
            if (desired.Owns(flow.Cookie))
            {
                flows[FlowKey.Of(flow.TableId, flow.Priority, flow.Match)] = new PresentFlow(
                    flow.TableId,
                    flow.Priority,
                    flow.Cookie,
                    flow.IdleTimeout,
                    flow.HardTimeout,
                    flow.Flags & StoredFlags,
                    flow.Match.Bytes.ToArray(),
                    flow.Instructions.Bytes.ToArray());
            }
        }
    }

    private static void ReadGroups(ReadOnlySpan<byte> part, DesiredSwitchState desired, Dictionary<uint, byte[]> groups)
    {
        MultipartReplyView reply = MultipartReplyView.Read(part);
        if (reply.Type != OfpMultipartType.GroupDesc)
        {
            return;
        }

        foreach (GroupDescView group in reply.GetGroupDesc())
        {
            if (desired.Owns(group.GroupId))
            {
                // Type, pad and group id are followed by the buckets, as in a GROUP_MOD after its command.
                byte[] body = new byte[group.Length - 2];
                body[0] = (byte)group.GroupType;
                group.Raw.Slice(4).CopyTo(body.AsSpan(2));
                groups[group.GroupId.Value] = body;
            }
        }
    }

    // A GROUP_MOD's type, pad, group id and buckets: what a GROUP_DESC entry holds after its length.
    private static ReadOnlySpan<byte> GroupBody(byte[] groupMod) => groupMod.AsSpan(GroupModCommandOffset + 2);

    private static void WriteDeleteStrict(ref OpenFlowWriter writer, PresentFlow flow)
    {
        var fields = new FlowModFields
        {
            Cookie = flow.Cookie,
            CookieMask = new Cookie(ulong.MaxValue),
            TableId = flow.TableId,
            Command = OfpFlowModCommand.DeleteStrict,
            Priority = flow.Priority,
            BufferId = BufferId.NoBuffer,
            OutPort = PortNo.Any,
            OutGroup = GroupId.Any,
        };
        LengthSlot slot = writer.BeginFlowMod(default, fields);
        writer.WriteBytes(flow.Match);
        writer.PadTo8(writer.BytesWritten - flow.Match.Length);
        writer.EndMessage(slot);
    }

    private static byte[] WithByte(byte[] message, int offset, byte value)
    {
        byte[] copy = (byte[])message.Clone();
        copy[offset] = value;
        return copy;
    }

    private static byte[] WithUInt16(byte[] message, int offset, ushort value)
    {
        byte[] copy = (byte[])message.Clone();
        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(offset), value);
        return copy;
    }

    private sealed record PresentFlow(TableId TableId, ushort Priority, Cookie Cookie, ushort IdleTimeout, ushort HardTimeout, OfpFlowModFlags Flags, byte[] Match, byte[] Instructions);
}
