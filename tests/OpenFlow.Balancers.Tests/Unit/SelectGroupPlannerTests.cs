using System;
using System.Collections.Generic;
using System.Linq;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Groups;
using Xunit;

namespace OpenFlow.Balancers.Tests.Unit;

public class SelectGroupPlannerTests
{
    /// <summary>Probed servers (they start down); the newest response time is the smoothed one.</summary>
    internal static List<Backend> Servers(int count) => Enumerable.Range(0, count).Select(i => new Backend(i, new BackendOptions
    {
        Name = "srv" + (i + 1),
        Ip = "10.10.11." + (11 + i),
        Mac = "02:00:0a:0a:0b:" + (11 + i).ToString("x2", System.Globalization.CultureInfo.InvariantCulture),
        SwitchPort = (uint)(i + 2),
        ProbeUrl = "http://10.10.13." + (11 + i) + "/",
    }, new ProbeOptions { Rise = 2, Fall = 3, SmoothingFactor = 1 })).ToList();

    /// <summary>Brings a server up (or keeps it up) answering in <paramref name="ms"/> milliseconds.</summary>
    internal static void Answers(Backend backend, double ms)
    {
        backend.RecordProbe(true, TimeSpan.FromMilliseconds(ms));
        backend.RecordProbe(true, TimeSpan.FromMilliseconds(ms));
        Assert.True(backend.IsUp);
    }

    internal static void Fails(Backend backend)
    {
        for (int i = 0; i < 3; i++)
        {
            backend.RecordProbe(false, TimeSpan.Zero);
        }

        Assert.False(backend.IsUp);
    }

    private static (string Name, ushort Weight)[] Plan(SelectGroupPlanner planner) => planner.Current.Select(b => (b.Backend.Name, b.Weight)).ToArray();

    [Fact]
    public void Update_RoundRobin_EveryUpServerWeighsTheSame()
    {
        List<Backend> servers = Servers(3);
        Answers(servers[0], 1);
        Answers(servers[1], 40);
        Answers(servers[2], 7);
        var planner = new SelectGroupPlanner(servers, BalancingPolicy.RoundRobin, 0.5);

        Assert.True(planner.Update());

        Assert.Equal(new[] { ("srv1", SelectGroupPlanner.MaxWeight), ("srv2", SelectGroupPlanner.MaxWeight), ("srv3", SelectGroupPlanner.MaxWeight) }, Plan(planner));
        Assert.Equal(1, planner.Changes);
    }

    [Fact]
    public void Update_ServerGoesDownAndRecovers_BucketGoesAndComesBack()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 5);
        Answers(servers[1], 5);
        var planner = new SelectGroupPlanner(servers, BalancingPolicy.RoundRobin, 0.5);
        planner.Update();

        Fails(servers[0]);
        Assert.True(planner.Update());
        Assert.Equal(new[] { ("srv2", SelectGroupPlanner.MaxWeight) }, Plan(planner));

        Answers(servers[0], 5);
        Assert.True(planner.Update());
        Assert.Equal(new[] { "srv1", "srv2" }, planner.Current.Select(b => b.Backend.Name));
        Assert.Equal(3, planner.Changes);
    }

    [Fact]
    public void Update_ResTime_WeightsInverseToResponseTimes()
    {
        List<Backend> servers = Servers(3);
        Answers(servers[0], 20);
        Answers(servers[1], 10);
        Answers(servers[2], 40);
        var planner = new SelectGroupPlanner(servers, BalancingPolicy.ResTime, 0.5);

        planner.Update();

        Assert.Equal(new[] { ("srv1", (ushort)50), ("srv2", (ushort)100), ("srv3", (ushort)25) }, Plan(planner));
    }

    [Fact]
    public void Update_ResTimeVerySlowServer_KeepsWeightOne()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 1);
        Answers(servers[1], 10_000);
        var planner = new SelectGroupPlanner(servers, BalancingPolicy.ResTime, 0.5);

        planner.Update();

        Assert.Equal(new[] { ("srv1", (ushort)100), ("srv2", (ushort)1) }, Plan(planner));
    }

    [Fact]
    public void Update_ResTimeServerNeverMeasured_WeighsAsTheFastest()
    {
        List<Backend> servers = Servers(2);
        servers[1] = new Backend(1, new BackendOptions { Name = "unprobed", Ip = "10.10.11.12", Mac = "02:00:0a:0a:0b:0c", SwitchPort = 3 }, new ProbeOptions());
        Answers(servers[0], 10);
        var planner = new SelectGroupPlanner(servers, BalancingPolicy.ResTime, 0.5);

        planner.Update();

        Assert.Equal(new[] { ("srv1", (ushort)100), ("unprobed", (ushort)100) }, Plan(planner));
    }

    [Fact]
    public void Update_SmallWeightChange_KeepsTheBuckets()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 10);
        Answers(servers[1], 20);
        var planner = new SelectGroupPlanner(servers, BalancingPolicy.ResTime, 0.5);
        planner.Update();
        IReadOnlyList<GroupBucket> before = planner.Current;

        // srv2's ideal weight goes from 50 to 40 (20 %), then to 34 (32 %): both under half of 50.
        Answers(servers[1], 25);
        Assert.False(planner.Update());
        Answers(servers[1], 29);
        Assert.False(planner.Update());

        Assert.Same(before, planner.Current);
        Assert.Equal(new[] { ("srv1", (ushort)100), ("srv2", (ushort)50) }, Plan(planner));
        Assert.Equal(1, planner.Changes);
    }

    [Fact]
    public void Update_VerySlowServerWavers_WeightStepBelowMinimumKeepsTheBuckets()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 1);
        Answers(servers[1], 100);
        var planner = new SelectGroupPlanner(servers, BalancingPolicy.ResTime, 0.5);
        planner.Update();

        // srv2's ideal weight goes from 1 to 2 and to 5: relative changes of 100 % and more, but under MinWeightStep.
        Answers(servers[1], 50);
        Assert.False(planner.Update());
        Answers(servers[1], 20);
        Assert.False(planner.Update());

        // From 1 to 10: a step that moves its share.
        Answers(servers[1], 10);
        Assert.True(planner.Update());
        Assert.Equal(new[] { ("srv1", (ushort)100), ("srv2", (ushort)10) }, Plan(planner));
    }

    [Fact]
    public void Update_BigWeightChange_RewritesTheBuckets()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 10);
        Answers(servers[1], 20);
        var planner = new SelectGroupPlanner(servers, BalancingPolicy.ResTime, 0.5);
        planner.Update();

        // 50 to 17: two thirds of 50.
        Answers(servers[1], 60);

        Assert.True(planner.Update());
        Assert.Equal(new[] { ("srv1", (ushort)100), ("srv2", (ushort)17) }, Plan(planner));

        // And back up: 17 to 50 is more than half of 17.
        Answers(servers[1], 20);
        Assert.True(planner.Update());
        Assert.Equal(new[] { ("srv1", (ushort)100), ("srv2", (ushort)50) }, Plan(planner));
    }

    [Fact]
    public void Update_SmallChangesThatAddUp_RewriteOnceTheyAreBig()
    {
        // Compared with what the group holds, not with the last ideal: a slow drift is not ignored for ever.
        List<Backend> servers = Servers(2);
        Answers(servers[0], 10);
        Answers(servers[1], 10);
        var planner = new SelectGroupPlanner(servers, BalancingPolicy.ResTime, 0.5);
        planner.Update();

        bool changed = false;
        for (double ms = 11; ms <= 25 && !changed; ms++)
        {
            Answers(servers[1], ms);
            changed = planner.Update();
        }

        Assert.True(changed);
        Assert.InRange(planner.Current[1].Weight, (ushort)1, (ushort)49);
    }

    [Fact]
    public void Update_MembershipChange_RewritesWhateverTheRatio()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 10);
        Answers(servers[1], 10);
        var planner = new SelectGroupPlanner(servers, BalancingPolicy.ResTime, 1000);
        planner.Update();

        Answers(servers[1], 1000);
        Assert.False(planner.Update()); // a 100x slower server is no change at this ratio...

        Fails(servers[1]);
        Assert.True(planner.Update());  // ...but a server going down always is
        Assert.Equal(new[] { "srv1" }, planner.Current.Select(b => b.Backend.Name));
    }

    [Fact]
    public void Update_RatioZero_AnyWeightChangeRewrites()
    {
        List<Backend> servers = Servers(2);
        Answers(servers[0], 10);
        Answers(servers[1], 20);
        var planner = new SelectGroupPlanner(servers, BalancingPolicy.ResTime, 0);
        planner.Update();

        Answers(servers[1], 21);

        Assert.True(planner.Update());
        Assert.Equal(48, planner.Current[1].Weight);
    }

    [Fact]
    public void Update_NothingUp_NoBuckets()
    {
        List<Backend> servers = Servers(2);
        var planner = new SelectGroupPlanner(servers, BalancingPolicy.RoundRobin, 0.5);

        Assert.True(planner.Update()); // the first plan is always a change, even an empty one
        Assert.Empty(planner.Current);
        Assert.False(planner.Update());

        Answers(servers[0], 5);
        Assert.True(planner.Update());
        Fails(servers[0]);
        Assert.True(planner.Update());
        Assert.Empty(planner.Current);
    }

    [Fact]
    public void Current_BeforeFirstUpdate_Empty()
    {
        List<Backend> servers = Servers(1);
        Answers(servers[0], 5);
        Assert.Empty(new SelectGroupPlanner(servers, BalancingPolicy.RoundRobin, 0.5).Current);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Constructor_RatioNegativeOrNaN_Throws(double ratio) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SelectGroupPlanner(Servers(1), BalancingPolicy.ResTime, ratio));
}
