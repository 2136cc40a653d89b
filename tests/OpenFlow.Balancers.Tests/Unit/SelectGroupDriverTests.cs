using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Groups;
using OpenFlow.Balancing.Switch;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;
using static OpenFlow.Balancers.Tests.Unit.SelectGroupPlannerTests;

namespace OpenFlow.Balancers.Tests.Unit;

public class SelectGroupDriverTests
{
    private static readonly GroupId Group = new(SwitchReconcilerTests.FirstGroup);

    // A MacBalance-like bucket: rewrite the destination MAC to the server's and send it to the server's port.
    private static void MacRewrite(ref OpenFlowWriter writer, Backend backend)
    {
        writer.WriteSetFieldAction(OxmField.EthDst, backend.Mac);
        writer.WriteOutputAction(backend.SwitchPort);
    }

    private static SelectGroupDriver Driver(List<Backend> servers, BalancingPolicy policy = BalancingPolicy.ResTime, double ratio = 0.5) =>
        new(new SelectGroupPlanner(servers, policy, ratio), Group, MacRewrite);

    /// <summary>A switch that holds the group as <see cref="SelectGroupDriver.AddTo"/> wants it.</summary>
    private static async Task<FlowTableSwitch> ReconciledAsync(SelectGroupDriver driver)
    {
        var sw = new FlowTableSwitch();
        DesiredSwitchState desired = SwitchReconcilerTests.Desired();
        driver.AddTo(desired);
        await SwitchReconciler.ReconcileAsync(sw, desired);
        sw.Sent.Clear();
        return sw;
    }

    /// <summary>Each bucket as (weight, eth_dst written, output port).</summary>
    private static List<(ushort Weight, MacAddress Mac, uint Port)> Buckets(ReadOnlySpan<byte> groupMod)
    {
        var buckets = new List<(ushort, MacAddress, uint)>();
        foreach (BucketView bucket in GroupModView.Read(groupMod).Buckets)
        {
            MacAddress mac = default;
            uint port = 0;
            int actions = 0;
            foreach (ActionView action in bucket.Actions)
            {
                actions++;
                if (action.Type == OfpActionType.SetField && action.Field.Field == OxmField.EthDst)
                {
                    mac = action.Field.AsMac();
                }
                else if (action.Type == OfpActionType.Output)
                {
                    port = action.Port.Value;
                }
            }

            Assert.Equal(2, actions);
            Assert.Equal(PortNo.Any, bucket.WatchPort);
            Assert.Equal(GroupId.Any, bucket.WatchGroup);
            buckets.Add((bucket.Weight, mac, port));
        }

        return buckets;
    }

    private static byte[] GroupAsHeld(FlowTableSwitch sw) =>
        FakeSwitch.Encode(sw, static (ref OpenFlowWriter w, in FlowTableSwitch s) =>
        {
            LengthSlot slot = w.BeginGroupMod(default, OfpGroupModCommand.Add, s.Groups[Group.Value].Type, Group);
            w.WriteBytes(s.Groups[Group.Value].Buckets);
            w.EndMessage(slot);
        });

    [Fact]
    public void Write_Buckets_DecodeAsASelectGroupWithTheirWeightsAndActions()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 30);
        Answers(servers[1], 10);
        SelectGroupDriver driver = Driver(servers);
        driver.Planner.Update();

        byte[] message = FakeSwitch.Encode(driver, static (ref OpenFlowWriter w, in SelectGroupDriver d) => d.Write(ref w, OfpGroupModCommand.Modify, d.Planner.Current));

        var view = GroupModView.Read(message);
        Assert.Equal(OfpGroupModCommand.Modify, view.Command);
        Assert.Equal(OfpGroupType.Select, view.GroupType);
        Assert.Equal(Group, view.GroupId);
        Assert.Equal(new[] { ((ushort)33, servers[0].Mac, 2u), ((ushort)100, servers[1].Mac, 3u) }, Buckets(message));
    }

    [Fact]
    public void Write_NoBuckets_AnEmptySelectGroup()
    {
        SelectGroupDriver driver = Driver(Servers(2));

        byte[] message = FakeSwitch.Encode(driver, static (ref OpenFlowWriter w, in SelectGroupDriver d) => d.Write(ref w, OfpGroupModCommand.Add, Array.Empty<GroupBucket>()));

        Assert.Equal(GroupModView.MinLength, message.Length);
        Assert.Equal(OfpGroupType.Select, GroupModView.Read(message).GroupType);
    }

    [Fact]
    public void AddTo_WantedState_HoldsTheGroupAsPlannedNow()
    {
        List<Backend> servers = Servers(3);
        Answers(servers[0], 10);
        Answers(servers[2], 10);
        SelectGroupDriver driver = Driver(servers, BalancingPolicy.RoundRobin);
        DesiredSwitchState desired = SwitchReconcilerTests.Desired();

        driver.AddTo(desired);

        byte[] add = Assert.Single(desired.Groups);
        Assert.Equal(OfpGroupModCommand.Add, GroupModView.Read(add).Command);
        Assert.Equal(new[] { (SelectGroupPlanner.MaxWeight, servers[0].Mac, 2u), (SelectGroupPlanner.MaxWeight, servers[2].Mac, 4u) }, Buckets(add));
    }

    [Fact]
    public async Task RefreshAsync_NothingChanged_SendsNothing()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 10);
        Answers(servers[1], 12);
        SelectGroupDriver driver = Driver(servers);
        FlowTableSwitch sw = await ReconciledAsync(driver);

        Answers(servers[1], 13); // weight 83 to 77: noise
        Assert.False(await driver.RefreshAsync(sw));

        Assert.Empty(sw.Sent);
    }

    [Fact]
    public async Task RefreshAsync_ServerDown_ModifiesTheGroupWithoutItsBucket()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 10);
        Answers(servers[1], 10);
        SelectGroupDriver driver = Driver(servers);
        FlowTableSwitch sw = await ReconciledAsync(driver);

        Fails(servers[0]);
        Assert.True(await driver.RefreshAsync(sw));

        byte[] modify = Assert.Single(sw.SentOf(OfpType.GroupMod));
        Assert.Equal(OfpGroupModCommand.Modify, GroupModView.Read(modify).Command);
        Assert.Equal(new[] { (SelectGroupPlanner.MaxWeight, servers[1].Mac, 3u) }, Buckets(modify));
        Assert.Equal(Buckets(modify), Buckets(GroupAsHeld(sw)));
        Assert.Empty(sw.Errors);

        Assert.False(await driver.RefreshAsync(sw));
        Assert.Single(sw.SentOf(OfpType.GroupMod));
    }

    [Fact]
    public async Task RefreshAsync_BigWeightChange_ModifiesTheGroup()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 10);
        Answers(servers[1], 10);
        SelectGroupDriver driver = Driver(servers);
        FlowTableSwitch sw = await ReconciledAsync(driver);

        Answers(servers[1], 40);

        Assert.True(await driver.RefreshAsync(sw));
        Assert.Equal(new[] { ((ushort)100, servers[0].Mac, 2u), ((ushort)25, servers[1].Mac, 3u) }, Buckets(GroupAsHeld(sw)));
    }

    [Fact]
    public async Task RefreshAsync_EveryServerDown_LeavesAnEmptyGroup()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 10);
        Answers(servers[1], 10);
        SelectGroupDriver driver = Driver(servers);
        FlowTableSwitch sw = await ReconciledAsync(driver);

        Fails(servers[0]);
        Fails(servers[1]);

        Assert.True(await driver.RefreshAsync(sw));
        Assert.Empty(sw.Groups[Group.Value].Buckets);
    }

    [Fact]
    public async Task RefreshAsync_PlanChangedWhileNoSwitch_WrittenByTheNextCallWithOne()
    {
        // A server goes down while the switch is being reconciled (the app passes no connection yet).
        List<Backend> servers = Servers(2);
        Answers(servers[0], 10);
        Answers(servers[1], 10);
        SelectGroupDriver driver = Driver(servers);
        FlowTableSwitch sw = await ReconciledAsync(driver);
        Fails(servers[0]);

        Assert.False(await driver.RefreshAsync(null));
        Assert.Equal(2, Buckets(GroupAsHeld(sw)).Count);

        Assert.True(await driver.RefreshAsync(sw));
        Assert.Single(Buckets(GroupAsHeld(sw)));
    }

    [Fact]
    public async Task RefreshAsync_PlannerUpdatedByTheApp_StillWritesTheChange()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 10);
        Answers(servers[1], 10);
        SelectGroupDriver driver = Driver(servers);
        FlowTableSwitch sw = await ReconciledAsync(driver);
        Fails(servers[1]);
        Assert.True(driver.Planner.Update()); // e.g. from a StateChanged handler

        Assert.True(await driver.RefreshAsync(sw));
        Assert.Single(Buckets(GroupAsHeld(sw)));
    }

    [Fact]
    public async Task RefreshAsync_BeforeAddTo_SendsNothing()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 10);
        SelectGroupDriver driver = Driver(servers);
        var sw = new FlowTableSwitch();

        Assert.False(await driver.RefreshAsync(sw));
        Assert.Empty(sw.Sent);
    }

    [Fact]
    public async Task RefreshAsync_ClosedConnection_SendsNothing()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 10);
        Answers(servers[1], 10);
        SelectGroupDriver driver = Driver(servers);
        FlowTableSwitch sw = await ReconciledAsync(driver);
        sw.Close("test");
        Fails(servers[0]);

        Assert.False(await driver.RefreshAsync(sw));
        Assert.Empty(sw.Sent);
    }

    [Fact]
    public async Task RefreshAsync_SwitchDropsWhileWriting_FalseNotAnException()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 10);
        Answers(servers[1], 10);
        SelectGroupDriver driver = Driver(servers);
        FlowTableSwitch sw = await ReconciledAsync(driver);
        sw.DropSends = true;
        Fails(servers[0]);

        Assert.False(await driver.RefreshAsync(sw));
    }
}
