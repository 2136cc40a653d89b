using System;
using OpenFlow.Balancing.Switch;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using Xunit;
using static OpenFlow.Balancers.Tests.Unit.SwitchReconcilerTests;

namespace OpenFlow.Balancers.Tests.Unit;

public class DesiredSwitchStateTests
{
    private static readonly OxmSpec[] Arp = { new(OxmField.EthType, 0x0806) };

    private static FlowModSpec Ours(ulong low = 1) => new() { Priority = 10, Cookie = new Cookie(SwitchReconcilerTests.Ours | low) };

    [Fact]
    public void AddFlow_Spec_StoresAnAddWhateverCommandTheSpecHolds()
    {
        DesiredSwitchState desired = Desired();
        desired.AddFlow(Ours() with { Command = OfpFlowModCommand.Delete }, Arp, new[] { ActionSpec.Output(PortNo.Controller) });

        FlowModView flow = FlowModView.Read(Assert.Single(desired.Flows));
        Assert.Equal(OfpFlowModCommand.Add, flow.Command);
        Assert.Equal(SwitchReconcilerTests.Ours | 1, flow.Cookie.Value);
    }

    [Fact]
    public void AddFlow_CallbackWritesAModify_Throws()
    {
        DesiredSwitchState desired = Desired();
        var ex = Assert.Throws<ArgumentException>(() => desired.AddFlow(0, static (ref OpenFlowWriter w, in int _) =>
            w.WriteFlowMod(default, Ours() with { Command = OfpFlowModCommand.Modify }, Arp, ReadOnlySpan<ActionSpec>.Empty)));
        Assert.Contains("OFPFC_ADD", ex.Message, StringComparison.Ordinal);
        Assert.Empty(desired.Flows);
    }

    [Fact]
    public void AddFlow_CookieOutsideScope_Throws()
    {
        DesiredSwitchState desired = Desired();
        var foreign = new FlowModSpec { Priority = 10, Cookie = new Cookie(OtherOwner) };

        Assert.Throws<ArgumentException>(() => desired.AddFlow(foreign, Arp, ReadOnlySpan<ActionSpec>.Empty));
        Assert.Throws<ArgumentException>(() => desired.AddFlow(foreign, static (ref OpenFlowWriter w, in FlowModSpec s) => w.WriteFlowMod(default, s, Arp, ReadOnlySpan<ActionSpec>.Empty)));
        Assert.Empty(desired.Flows);
    }

    [Fact]
    public void AddFlow_TableAll_Throws()
    {
        DesiredSwitchState desired = Desired();
        Assert.Throws<ArgumentException>(() => desired.AddFlow(Ours() with { TableId = TableId.All }, Arp, ReadOnlySpan<ActionSpec>.Empty));
    }

    [Fact]
    public void AddFlow_CallbackWritesAnotherMessage_ThrowsArgumentException()
    {
        DesiredSwitchState desired = Desired();
        Assert.Throws<ArgumentException>(() => desired.AddFlow(0, static (ref OpenFlowWriter w, in int _) => w.WriteBarrierRequest(default)));
        Assert.Throws<ArgumentException>(() => desired.AddFlow(0, static (ref OpenFlowWriter w, in int _) => WriteGroup(ref w, new GroupSpec(FirstGroup, OfpGroupType.All), OfpGroupModCommand.Add)));
    }

    [Fact]
    public void AddFlow_CallbackWritesTwoMessages_Throws()
    {
        DesiredSwitchState desired = Desired();
        Assert.Throws<ArgumentException>(() => desired.AddFlow(0, static (ref OpenFlowWriter w, in int _) =>
        {
            w.WriteFlowMod(default, Ours(1), Arp, ReadOnlySpan<ActionSpec>.Empty);
            w.WriteFlowMod(default, Ours(2), Arp, ReadOnlySpan<ActionSpec>.Empty);
        }));
    }

    [Fact]
    public void AddFlow_SameTablePriorityAndMatchTwice_Throws()
    {
        // The switch keeps one flow per table, priority and match: wanting two would make every reconcile flap.
        DesiredSwitchState desired = Desired();
        OxmSpec[] ipThenPort = { new(OxmField.InPort, 2), new(OxmField.EthType, 0x0800) };
        OxmSpec[] reordered = { new(OxmField.EthType, 0x0800), new(OxmField.InPort, 2) };
        desired.AddFlow(Ours(1), ipThenPort, new[] { ActionSpec.Output(new PortNo(1)) });

        var ex = Assert.Throws<ArgumentException>(() => desired.AddFlow(Ours(2), reordered, new[] { ActionSpec.Output(new PortNo(3)) }));
        Assert.Contains("twice", ex.Message, StringComparison.Ordinal);

        // Another table or another priority is another flow.
        desired.AddFlow(Ours(3) with { TableId = new TableId(1) }, ipThenPort, ReadOnlySpan<ActionSpec>.Empty);
        desired.AddFlow(Ours(4) with { Priority = 11 }, ipThenPort, ReadOnlySpan<ActionSpec>.Empty);
        Assert.Equal(3, desired.Flows.Count);
    }

    [Fact]
    public void AddFlow_LargerThanOneKibibyte_GrowsItsBuffer()
    {
        DesiredSwitchState desired = Desired();
        desired.AddFlow(0, static (ref OpenFlowWriter w, in int _) =>
        {
            LengthSlot message = w.BeginFlowMod(default, new FlowModFields { Cookie = new Cookie(SwitchReconcilerTests.Ours), Command = OfpFlowModCommand.Add, Priority = 1, BufferId = BufferId.NoBuffer, OutPort = PortNo.Any, OutGroup = GroupId.Any });
            w.WriteMatch(Arp);
            LengthSlot actions = w.BeginApplyActionsInstruction();
            for (uint port = 1; port <= 100; port++)
            {
                w.WriteOutputAction(new PortNo(port));
            }

            w.EndActionsInstruction(actions);
            w.EndMessage(message);
        });

        Assert.True(Assert.Single(desired.Flows).Length > 1024);
        Assert.Equal(OfpFlowModCommand.Add, FlowModView.Read(desired.Flows[0]).Command);
    }

    [Fact]
    public void AddGroup_OutsideRange_Throws()
    {
        DesiredSwitchState desired = Desired();
        Assert.Throws<ArgumentException>(() => desired.AddGroup(new GroupSpec(FirstGroup - 1, OfpGroupType.All), WriteGroup));
        Assert.Throws<ArgumentException>(() => desired.AddGroup(new GroupSpec(LastGroup + 1, OfpGroupType.All), WriteGroup));
        desired.AddGroup(new GroupSpec(LastGroup, OfpGroupType.All), WriteGroup);
        Assert.Single(desired.Groups);
    }

    [Fact]
    public void AddGroup_SameIdTwice_Throws()
    {
        DesiredSwitchState desired = Desired();
        desired.AddGroup(new GroupSpec(FirstGroup, OfpGroupType.Select, (1, 2)), WriteGroup);

        var ex = Assert.Throws<ArgumentException>(() => desired.AddGroup(new GroupSpec(FirstGroup, OfpGroupType.All, (0, 3)), WriteGroup));
        Assert.Contains("twice", ex.Message, StringComparison.Ordinal);
        Assert.Single(desired.Groups);
    }

    [Fact]
    public void AddGroup_NotAnAdd_Throws()
    {
        DesiredSwitchState desired = Desired();
        Assert.Throws<ArgumentException>(() => desired.AddGroup(new GroupSpec(FirstGroup, OfpGroupType.All), static (ref OpenFlowWriter w, in GroupSpec g) => WriteGroup(ref w, g, OfpGroupModCommand.Modify)));
        Assert.Throws<ArgumentException>(() => desired.AddGroup(0, static (ref OpenFlowWriter w, in int _) => w.WriteFlowMod(default, Ours(), Arp, ReadOnlySpan<ActionSpec>.Empty)));
        Assert.Empty(desired.Groups);
    }

    [Fact]
    public void Constructor_CookieBitsOutsideMask_Throws() =>
        Assert.Throws<ArgumentException>(() => new DesiredSwitchState(new Cookie(0x4c42_0000_0000_0001), new Cookie(0xffff_0000_0000_0000), new GroupId(1), new GroupId(2)));

    [Fact]
    public void Constructor_EmptyOrReservedGroupRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DesiredSwitchState(new Cookie(0), new Cookie(0), new GroupId(5), new GroupId(4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DesiredSwitchState(new Cookie(0), new Cookie(0), new GroupId(5), GroupId.All));
    }

    [Fact]
    public void Owns_CookieAndGroup_ByMaskAndRange()
    {
        DesiredSwitchState desired = Desired();
        Assert.True(desired.Owns(new Cookie(SwitchReconcilerTests.Ours | 0xffff)));
        Assert.False(desired.Owns(new Cookie(OtherOwner)));
        Assert.True(desired.Owns(new GroupId(FirstGroup)));
        Assert.True(desired.Owns(new GroupId(LastGroup)));
        Assert.False(desired.Owns(new GroupId(LastGroup + 1)));
    }
}
