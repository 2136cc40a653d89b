using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using OpenFlow.Balancing.Switch;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using Xunit;

namespace OpenFlow.Balancers.Tests.Unit;

public class SwitchReconcilerTests
{
    internal const ulong Ours = 0x4c42_0000_0000_0000;
    internal const ulong OursMask = 0xffff_0000_0000_0000;
    internal const ulong OtherOwner = 0x1234_0000_0000_0007;
    internal const uint FirstGroup = 0x4c42_0001;
    internal const uint LastGroup = 0x4c42_00ff;

    private static readonly Ipv4Address Vip = new(0x0a0a_0a01);

    internal static DesiredSwitchState Desired() => new(new Cookie(Ours), new Cookie(OursMask), new GroupId(FirstGroup), new GroupId(LastGroup));

    // The VIP's TCP port 80, written eth_type, ip_proto, ipv4_dst, tcp_dst: an order switches do not keep.
    private static OxmSpec[] WebMatch(ushort port = 80) => new[]
    {
        new OxmSpec(OxmField.EthType, 0x0800),
        new OxmSpec(OxmField.IpProto, 6),
        OxmSpec.Ipv4(OxmField.Ipv4Dst, Vip),
        new OxmSpec(OxmField.TcpDst, port),
    };

    private static OxmSpec[] ArpFrom(uint port) => new[] { new OxmSpec(OxmField.InPort, port), new OxmSpec(OxmField.EthType, 0x0806) };

    private static FlowModSpec Spec(byte table, ushort priority, ulong cookieLow = 1) => new() { TableId = new TableId(table), Priority = priority, Cookie = new Cookie(Ours | cookieLow) };

    /// <summary>Five flows in three tables (more than one multipart part) and two groups; the web flow sends to group 1.</summary>
    private static DesiredSwitchState Base()
    {
        DesiredSwitchState desired = Desired();
        desired.AddFlow(Spec(0, 0), ReadOnlySpan<OxmSpec>.Empty, ReadOnlySpan<ActionSpec>.Empty);
        desired.AddFlow(Spec(0, 100, 2), WebMatch(), new[] { ActionSpec.Group(new GroupId(FirstGroup)) });
        desired.AddFlow(Spec(1, 50, 3), ArpFrom(2), new[] { ActionSpec.Output(PortNo.Controller) });
        desired.AddFlow(Spec(0, 10, 4), new[] { new OxmSpec(OxmField.InPort, 2) }, new[] { ActionSpec.SetField(OxmField.EthSrc, new MacAddress(0x0200_0a0a_0a01)), ActionSpec.Output(new PortNo(1)) });
        desired.AddFlow(Spec(2, 5, 5) with { IdleTimeout = 30, Flags = OfpFlowModFlags.SendFlowRem }, ArpFrom(3), new[] { ActionSpec.Output(new PortNo(1)) });
        desired.AddGroup(new GroupSpec(FirstGroup, OfpGroupType.Select, (100, 2), (50, 3)), WriteGroup);
        desired.AddGroup(new GroupSpec(FirstGroup + 1, OfpGroupType.All, (0, 4)), WriteGroup);
        return desired;
    }

    /// <summary>A group to write: its id, type and buckets (weight, output port).</summary>
    internal sealed record GroupSpec(uint Id, OfpGroupType Type, params (ushort Weight, uint Port)[] Buckets);

    internal static void WriteGroup(ref OpenFlowWriter writer, in GroupSpec group) => WriteGroup(ref writer, group, OfpGroupModCommand.Add);

    internal static void WriteGroup(ref OpenFlowWriter writer, GroupSpec group, OfpGroupModCommand command)
    {
        LengthSlot message = writer.BeginGroupMod(default, command, group.Type, new GroupId(group.Id));
        foreach ((ushort weight, uint port) in group.Buckets)
        {
            LengthSlot bucket = writer.BeginBucket(weight, PortNo.Any, GroupId.Any);
            writer.WriteOutputAction(new PortNo(port));
            writer.EndBucket(bucket);
        }

        writer.EndMessage(message);
    }

    private static void InstallGroup(FlowTableSwitch sw, GroupSpec group) => sw.Install(group, WriteGroup);

    private static List<FlowTableSwitch.Flow> At(FlowTableSwitch sw, byte table, ushort priority) => sw.Flows.FindAll(f => f.TableId == table && f.Priority == priority);

    private static byte[] InstructionsOf(byte[] flowMod)
    {
        var view = FlowModView.Read(flowMod);
        return flowMod.AsSpan(view.InstructionsOffset).ToArray();
    }

    /// <summary>What each message on the wire does: "read", "group+", "flow+", "flow-", "group-", "barrier".</summary>
    private static List<string> Phases(FlowTableSwitch sw) => sw.Wire.Select(m => (OfpType)m[OfpHeader.TypeOffset] switch
    {
        OfpType.MultipartRequest => "read",
        OfpType.BarrierRequest => "barrier",
        OfpType.GroupMod => GroupModView.Read(m).Command == OfpGroupModCommand.Delete ? "group-" : "group+",
        OfpType.FlowMod => FlowModView.Read(m).Command is OfpFlowModCommand.Delete or OfpFlowModCommand.DeleteStrict ? "flow-" : "flow+",
        OfpType other => other.ToString(),
    }).ToList();

    [Fact]
    public async Task ReconcileAsync_EmptySwitch_AddsEverythingThenSecondRunIsUnchanged()
    {
        var sw = new FlowTableSwitch();

        ReconcileResult first = await SwitchReconciler.ReconcileAsync(sw, Base());

        Assert.Equal(new ReconcileResult(FlowsKept: 0, FlowsAdded: 5, FlowsModified: 0, FlowsDeleted: 0, GroupsKept: 0, GroupsAdded: 2, GroupsModified: 0, GroupsDeleted: 0), first);
        Assert.False(first.Unchanged);
        Assert.Equal(5, sw.Flows.Count);
        Assert.Equal(new[] { FirstGroup, FirstGroup + 1 }, sw.Groups.Keys);
        Assert.Empty(sw.Errors);

        // The switch answers in several parts (5 flows, 2 per part; 1 group per part): every part must be read.
        sw.Sent.Clear();
        sw.Wire.Clear();
        ReconcileResult second = await SwitchReconciler.ReconcileAsync(sw, Base());

        Assert.True(second.Unchanged, second.ToString());
        Assert.Equal(5, second.FlowsKept);
        Assert.Equal(2, second.GroupsKept);
        Assert.Empty(sw.Sent);
        Assert.Equal(new[] { "read", "read", "barrier" }, Phases(sw));
        Assert.Equal(5, sw.Flows.Count);
    }

    [Fact]
    public async Task ReconcileAsync_StaleFlowsOfOurs_DeletedStrictlyWhileOtherOwnersFlowStays()
    {
        var sw = new FlowTableSwitch();
        await SwitchReconciler.ReconcileAsync(sw, Base());

        // Ours but not wanted: a web flow at another priority, and the wanted port-2 flow's twin in another table.
        sw.Install(Spec(0, 200, 9), WebMatch(), new[] { ActionSpec.Output(new PortNo(7)) });
        sw.Install(Spec(3, 10, 4), new[] { new OxmSpec(OxmField.InPort, 2) }, new[] { ActionSpec.Output(new PortNo(1)) });

        // Another owner's flows: one exactly like a stale one of ours but at another priority, one like a wanted one.
        sw.Install(new FlowModSpec { Priority = 201, Cookie = new Cookie(OtherOwner) }, WebMatch(), new[] { ActionSpec.Output(new PortNo(8)) });
        sw.Install(new FlowModSpec { TableId = new TableId(4), Priority = 100, Cookie = new Cookie(OtherOwner) }, WebMatch(), ReadOnlySpan<ActionSpec>.Empty);
        sw.Sent.Clear();

        ReconcileResult result = await SwitchReconciler.ReconcileAsync(sw, Base());

        Assert.Equal(2, result.FlowsDeleted);
        Assert.Equal(5, result.FlowsKept);
        Assert.Equal(0, result.FlowsAdded + result.FlowsModified);
        List<byte[]> deletes = sw.SentOf(OfpType.FlowMod);
        Assert.Equal(2, deletes.Count);
        Assert.All(deletes, m =>
        {
            var view = FlowModView.Read(m);
            Assert.Equal(OfpFlowModCommand.DeleteStrict, view.Command);
            Assert.Equal(ulong.MaxValue, view.CookieMask.Value);
            Assert.NotEqual(TableId.All, view.TableId);
        });
        Assert.Empty(At(sw, 0, 200));
        Assert.Empty(At(sw, 3, 10));
        Assert.Single(At(sw, 0, 10));
        Assert.Equal(OtherOwner, Assert.Single(At(sw, 0, 201)).Cookie);
        Assert.Equal(OtherOwner, Assert.Single(At(sw, 4, 100)).Cookie);
        Assert.Equal(7, sw.Flows.Count);
    }

    [Fact]
    public async Task ReconcileAsync_InstructionsDiffer_ModifiesInPlaceKeepingCookieAndCounters()
    {
        var sw = new FlowTableSwitch();
        InstallGroup(sw, new GroupSpec(FirstGroup, OfpGroupType.Select, (100, 2), (50, 3)));
        InstallGroup(sw, new GroupSpec(FirstGroup + 1, OfpGroupType.All, (0, 4)));
        sw.Install(Spec(0, 100, 2), WebMatch(), new[] { ActionSpec.Output(new PortNo(9)) });
        int web = sw.Flows.FindIndex(f => f.Priority == 100);
        sw.Flows[web] = sw.Flows[web] with { PacketCount = 42, ByteCount = 4200 };
        DesiredSwitchState desired = Base();

        ReconcileResult result = await SwitchReconciler.ReconcileAsync(sw, desired);

        Assert.Equal(1, result.FlowsModified);
        Assert.Equal(4, result.FlowsAdded);
        Assert.Equal(0, result.FlowsDeleted);
        byte[] modify = Assert.Single(sw.SentOf(OfpType.FlowMod), m => FlowModView.Read(m).Priority == 100);
        Assert.Equal(OfpFlowModCommand.ModifyStrict, FlowModView.Read(modify).Command);
        FlowTableSwitch.Flow flow = Assert.Single(At(sw, 0, 100));
        Assert.Equal(InstructionsOf(desired.Flows[1]), flow.Instructions);
        Assert.Equal(Ours | 2, flow.Cookie);
        Assert.Equal(42UL, flow.PacketCount);
        Assert.Equal(4200UL, flow.ByteCount);
        Assert.Empty(sw.Errors);
    }

    public static TheoryData<string> FixedFieldChanges => new() { "cookie", "idle", "hard", "flags" };

    [Theory]
    [MemberData(nameof(FixedFieldChanges))]
    public async Task ReconcileAsync_CookieTimeoutOrFlagsDiffer_ReplacesWithAdd(string change)
    {
        var sw = new FlowTableSwitch();
        await SwitchReconciler.ReconcileAsync(sw, Base());
        FlowModSpec wanted = Spec(2, 5, 5) with { IdleTimeout = 30, Flags = OfpFlowModFlags.SendFlowRem };
        FlowModSpec present = change switch
        {
            "cookie" => wanted with { Cookie = new Cookie(Ours | 0x77) },
            "idle" => wanted with { IdleTimeout = 60 },
            "hard" => wanted with { HardTimeout = 600 },
            _ => wanted with { Flags = OfpFlowModFlags.None },
        };
        sw.Install(present, ArpFrom(3), new[] { ActionSpec.Output(new PortNo(1)) });
        sw.Sent.Clear();

        ReconcileResult result = await SwitchReconciler.ReconcileAsync(sw, Base());

        Assert.Equal(1, result.FlowsModified);
        Assert.Equal(4, result.FlowsKept);
        Assert.Equal(0, result.FlowsAdded + result.FlowsDeleted);
        Assert.Equal(OfpFlowModCommand.Add, FlowModView.Read(Assert.Single(sw.SentOf(OfpType.FlowMod))).Command);
        FlowTableSwitch.Flow flow = Assert.Single(At(sw, 2, 5));
        Assert.Equal(Ours | 5, flow.Cookie);
        Assert.Equal(30, flow.IdleTimeout);
        Assert.Equal(0, flow.HardTimeout);
        Assert.Equal(OfpFlowModFlags.SendFlowRem, flow.Flags);
        Assert.True((await SwitchReconciler.ReconcileAsync(sw, Base())).Unchanged);
    }

    [Fact]
    public async Task ReconcileAsync_Groups_AddsMissingModifiesDifferentDeletesUnwantedInRangeOnly()
    {
        var sw = new FlowTableSwitch();
        InstallGroup(sw, new GroupSpec(FirstGroup, OfpGroupType.Select, (100, 2), (100, 3)));  // weights differ
        InstallGroup(sw, new GroupSpec(FirstGroup + 5, OfpGroupType.Select, (100, 2)));         // ours, not wanted
        InstallGroup(sw, new GroupSpec(7, OfpGroupType.All, (0, 9)));                            // another owner's
        InstallGroup(sw, new GroupSpec(LastGroup + 1, OfpGroupType.All, (0, 9)));                // just outside our range

        ReconcileResult result = await SwitchReconciler.ReconcileAsync(sw, Base());

        Assert.Equal((0, 1, 1, 1), (result.GroupsKept, result.GroupsAdded, result.GroupsModified, result.GroupsDeleted));
        var commands = sw.SentOf(OfpType.GroupMod).Select(m => (GroupModView.Read(m).GroupId.Value, GroupModView.Read(m).Command)).ToList();
        Assert.Equal(new[] { (FirstGroup, OfpGroupModCommand.Modify), (FirstGroup + 1, OfpGroupModCommand.Add), (FirstGroup + 5, OfpGroupModCommand.Delete) }, commands.OrderBy(c => c.Value));
        Assert.Equal(new[] { 7u, FirstGroup, FirstGroup + 1, LastGroup + 1 }, sw.Groups.Keys);
        byte[] wanted = FakeSwitchEncode(new GroupSpec(FirstGroup, OfpGroupType.Select, (100, 2), (50, 3)));
        Assert.Equal(GroupModView.Read(wanted).BucketBytes.ToArray(), sw.Groups[FirstGroup].Buckets);
        Assert.Empty(sw.Errors);
        Assert.True((await SwitchReconciler.ReconcileAsync(sw, Base())).Unchanged);
    }

    [Fact]
    public async Task ReconcileAsync_GroupTypeDiffers_Modifies()
    {
        var sw = new FlowTableSwitch();
        InstallGroup(sw, new GroupSpec(FirstGroup, OfpGroupType.All, (100, 2), (50, 3)));

        ReconcileResult result = await SwitchReconciler.ReconcileAsync(sw, Base());

        Assert.Equal(1, result.GroupsModified);
        Assert.Equal(OfpGroupType.Select, sw.Groups[FirstGroup].Type);
    }

    [Fact]
    public async Task ReconcileAsync_WireOrder_ReadsThenGroupsThenFlowsThenFlowDeletesThenGroupDeletesThenBarrier()
    {
        var sw = new FlowTableSwitch();
        await SwitchReconciler.ReconcileAsync(sw, Base());

        // A stale group of ours with a stale flow sending to it; a wanted group changed; a new group and a new flow
        // sending to it (the switch refuses a flow whose group does not exist yet).
        InstallGroup(sw, new GroupSpec(FirstGroup + 9, OfpGroupType.All, (0, 5)));
        sw.Install(Spec(0, 300, 9), WebMatch(8080), new[] { ActionSpec.Group(new GroupId(FirstGroup + 9)) });
        sw.Install(Spec(0, 301, 9), WebMatch(8081), ReadOnlySpan<ActionSpec>.Empty);
        sw.Groups[FirstGroup] = sw.Groups[FirstGroup] with { Type = OfpGroupType.All };
        sw.Install(Spec(1, 50, 3), ArpFrom(2), new[] { ActionSpec.Output(new PortNo(6)) }); // instructions differ
        DesiredSwitchState desired = Base();
        desired.AddGroup(new GroupSpec(FirstGroup + 2, OfpGroupType.Select, (10, 2)), WriteGroup);
        desired.AddFlow(Spec(0, 120, 6), WebMatch(443), new[] { ActionSpec.Group(new GroupId(FirstGroup + 2)) });
        sw.Wire.Clear();

        ReconcileResult result = await SwitchReconciler.ReconcileAsync(sw, desired);

        Assert.Equal(new ReconcileResult(FlowsKept: 4, FlowsAdded: 1, FlowsModified: 1, FlowsDeleted: 2, GroupsKept: 1, GroupsAdded: 1, GroupsModified: 1, GroupsDeleted: 1), result);
        List<string> phases = Phases(sw);
        string[] order = { "read", "group+", "flow+", "flow-", "group-", "barrier" };
        Assert.Equal(phases.OrderBy(p => Array.IndexOf(order, p)).ToList(), phases);
        Assert.Equal("barrier", phases[^1]);
        Assert.Equal(new[] { "read", "read" }, phases.Take(2));
        Assert.Single(phases, p => p == "barrier");
        Assert.Empty(sw.Errors);
        Assert.Single(At(sw, 0, 120));
        Assert.Empty(At(sw, 0, 300));
        Assert.False(sw.Groups.ContainsKey(FirstGroup + 9));
    }

    [Fact]
    public async Task ReconcileAsync_SwitchReordersMatchFields_StillTheSameFlows()
    {
        var sw = new FlowTableSwitch { ReorderMatchFields = true };
        DesiredSwitchState desired = Base();
        await SwitchReconciler.ReconcileAsync(sw, desired);
        byte[] written = desired.Flows[1].AsSpan(FlowModView.MatchOffset, FlowModView.Read(desired.Flows[1]).Match.PaddedLength).ToArray();
        Assert.NotEqual(written, Assert.Single(At(sw, 0, 100)).Match); // the switch did reorder
        sw.Sent.Clear();

        ReconcileResult result = await SwitchReconciler.ReconcileAsync(sw, Base());

        Assert.True(result.Unchanged, result.ToString());
        Assert.Equal(5, result.FlowsKept);
        Assert.Empty(sw.Sent);
    }

    [Fact]
    public async Task ReconcileAsync_SwitchNormalisesMasks_StillTheSameFlow()
    {
        // A full mask is reported as no mask, and a value is cut to its mask (Open vSwitch does both).
        var sw = new FlowTableSwitch { NormalizeMasks = true, ReorderMatchFields = true };
        OxmSpec[] match =
        {
            new(OxmField.EthType, 0x0800),
            OxmSpec.Ipv4(OxmField.Ipv4Dst, Vip, new Ipv4Address(0xffff_ffff)),
            OxmSpec.Ipv4(OxmField.Ipv4Src, new Ipv4Address(0x0a0a_0a4d), new Ipv4Address(0xffff_ff00)),
            OxmSpec.Mac(OxmField.EthSrc, new MacAddress(0x0200_0000_0001), new MacAddress(0)),
        };
        DesiredSwitchState Wanted()
        {
            DesiredSwitchState desired = Desired();
            desired.AddFlow(Spec(0, 100), match, new[] { ActionSpec.Output(new PortNo(2)) });
            return desired;
        }

        await SwitchReconciler.ReconcileAsync(sw, Wanted());
        sw.Sent.Clear();

        ReconcileResult result = await SwitchReconciler.ReconcileAsync(sw, Wanted());

        Assert.True(result.Unchanged, result.ToString());
        Assert.Single(sw.Flows);
        Assert.Empty(sw.Sent);
    }

    [Fact]
    public async Task ReconcileAsync_WantedNothing_DeletesAllOfOursOnly()
    {
        var sw = new FlowTableSwitch();
        await SwitchReconciler.ReconcileAsync(sw, Base());
        sw.Install(new FlowModSpec { Priority = 1, Cookie = new Cookie(OtherOwner) }, ReadOnlySpan<OxmSpec>.Empty, ReadOnlySpan<ActionSpec>.Empty);
        InstallGroup(sw, new GroupSpec(3, OfpGroupType.All, (0, 1)));

        ReconcileResult result = await SwitchReconciler.ReconcileAsync(sw, Desired());

        Assert.Equal((5, 2), (result.FlowsDeleted, result.GroupsDeleted));
        Assert.Equal(OtherOwner, Assert.Single(sw.Flows).Cookie);
        Assert.Equal(new[] { 3u }, sw.Groups.Keys);
        Assert.Empty(sw.Errors);
    }

    [Fact]
    public void ReconcileResult_ToStringAndUnchanged_NameEveryCount()
    {
        var result = new ReconcileResult(1, 2, 3, 4, 5, 6, 7, 8);
        Assert.Equal("flows kept 1, added 2, modified 3, deleted 4; groups kept 5, added 6, modified 7, deleted 8", result.ToString());
        Assert.False(result.Unchanged);
        Assert.True(new ReconcileResult(9, 0, 0, 0, 9, 0, 0, 0).Unchanged);
        Assert.False(new ReconcileResult(9, 0, 0, 0, 9, 0, 0, 1).Unchanged);
        Assert.False(new ReconcileResult(9, 0, 0, 0, 9, 0, 1, 0).Unchanged);
        Assert.False(new ReconcileResult(9, 0, 0, 0, 9, 1, 0, 0).Unchanged);
        Assert.False(new ReconcileResult(9, 0, 0, 1, 9, 0, 0, 0).Unchanged);
        Assert.False(new ReconcileResult(9, 0, 1, 0, 9, 0, 0, 0).Unchanged);
    }

    private static byte[] FakeSwitchEncode(GroupSpec group) => TestKit.FakeSwitch.Encode(group, WriteGroup);
}
