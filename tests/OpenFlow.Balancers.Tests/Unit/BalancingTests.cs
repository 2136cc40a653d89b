using System;
using System.Collections.Generic;
using System.Linq;
using OpenFlow.Balancing;
using Xunit;

namespace OpenFlow.Balancers.Tests.Unit;

public class BalancingTests
{
    private static List<Backend> Backends(int count, bool probed)
    {
        var probe = new ProbeOptions { Rise = 2, Fall = 3 };
        return Enumerable.Range(0, count).Select(i => new Backend(i, new BackendOptions
        {
            Name = "s" + i,
            Ip = "10.0.0." + (i + 1),
            Mac = "02:00:00:00:00:0" + (i + 1),
            SwitchPort = (uint)(i + 2),
            ProbeUrl = probed ? "http://10.0.1." + (i + 1) + "/" : null,
        }, probe)).ToList();
    }

    private static void Up(Backend b, double ms)
    {
        for (int i = 0; i < 3; i++)
        {
            b.RecordProbe(true, TimeSpan.FromMilliseconds(ms));
        }
    }

    [Fact]
    public void Backend_WithoutProbeUrl_IsUp()
    {
        Assert.True(Backends(1, probed: false)[0].IsUp);
        Assert.False(Backends(1, probed: true)[0].IsUp);
    }

    [Fact]
    public void RecordProbe_RiseAndFall_ChangeStateAfterEnoughInARow()
    {
        Backend b = Backends(1, probed: true)[0];
        Assert.Null(b.RecordProbe(true, TimeSpan.FromMilliseconds(5)));
        Assert.True(b.RecordProbe(true, TimeSpan.FromMilliseconds(5)));
        Assert.Null(b.RecordProbe(false, TimeSpan.Zero));
        Assert.Null(b.RecordProbe(false, TimeSpan.Zero));
        Assert.Null(b.RecordProbe(true, TimeSpan.FromMilliseconds(5))); // a success resets the failure count
        Assert.Null(b.RecordProbe(false, TimeSpan.Zero));
        Assert.Null(b.RecordProbe(false, TimeSpan.Zero));
        Assert.False(b.RecordProbe(false, TimeSpan.Zero));
        Assert.False(b.IsUp);
    }

    [Fact]
    public void RecordProbe_Smoothing_MovesTowardsNewTimes()
    {
        Backend b = Backends(1, probed: true)[0];
        b.RecordProbe(true, TimeSpan.FromMilliseconds(10));
        Assert.Equal(10, b.SmoothedResponseMs, 6);
        b.RecordProbe(true, TimeSpan.FromMilliseconds(20));
        Assert.Equal(13, b.SmoothedResponseMs, 6); // 0.3 * 20 + 0.7 * 10
    }

    [Fact]
    public void RoundRobin_HealthyServers_EvenSpreadSkippingDown()
    {
        List<Backend> backends = Backends(3, probed: true);
        Up(backends[0], 1);
        Up(backends[2], 1);
        var selector = new BackendSelector(backends, BalancingPolicy.RoundRobin);
        var picks = Enumerable.Range(0, 100).Select(_ => selector.Select()!.Index).ToList();
        Assert.DoesNotContain(1, picks);
        Assert.Equal(50, picks.Count(i => i == 0));
    }

    [Fact]
    public void Select_NoneUp_NullAndCounted()
    {
        var selector = new BackendSelector(Backends(2, probed: true), BalancingPolicy.RoundRobin);
        Assert.Null(selector.Select());
        Assert.Equal(1, selector.Refused);
    }

    [Fact]
    public void ResTime_OneSlower_AllToTheFaster()
    {
        List<Backend> backends = Backends(2, probed: true);
        Up(backends[0], 200);
        Up(backends[1], 2);
        var selector = new BackendSelector(backends, BalancingPolicy.ResTime);
        Assert.All(Enumerable.Range(0, 20), _ => Assert.Equal(1, selector.Select()!.Index));
    }

    [Fact]
    public void ResTime_WithinTolerance_EvenSpread()
    {
        List<Backend> backends = Backends(2, probed: true);
        Up(backends[0], 2.0);
        Up(backends[1], 2.5);
        var selector = new BackendSelector(backends, BalancingPolicy.ResTime);
        var picks = Enumerable.Range(0, 100).Select(_ => selector.Select()!.Index).ToList();
        Assert.Equal(50, picks.Count(i => i == 0));
    }

    [Fact]
    public void ResTime_WithoutProbeUrl_Refused() =>
        Assert.Throws<ArgumentException>(() => new BackendSelector(Backends(2, probed: false), BalancingPolicy.ResTime));

    [Fact]
    public void Pool_AllocateRelease_QuarantineBeforeReuse()
    {
        var time = new ManualTime();
        var pool = new NaptPortPool(100, 101, TimeSpan.FromSeconds(60), time);
        Assert.NotEqual(PortAllocation.Exhausted, pool.TryAllocate(out ushort a));
        Assert.NotEqual(PortAllocation.Exhausted, pool.TryAllocate(out ushort b));
        Assert.NotEqual(a, b);
        Assert.Equal(PortAllocation.Exhausted, pool.TryAllocate(out _));
        Assert.True(pool.Release(a));
        Assert.False(pool.Release(a)); // not in use any more
        Assert.Equal(PortAllocation.Exhausted, pool.TryAllocate(out _));
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(PortAllocation.Exhausted, pool.TryAllocate(out _));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.NotEqual(PortAllocation.Exhausted, pool.TryAllocate(out ushort again));
        Assert.Equal(a, again);
        Assert.Equal(3, pool.Exhausted);
    }

    [Fact]
    public void Pool_Reserve_NeverHandsOutALivePort()
    {
        var pool = new NaptPortPool(100, 109, TimeSpan.Zero);
        Assert.True(pool.Reserve(103));
        Assert.False(pool.Reserve(103));
        Assert.False(pool.Reserve(99));
        var seen = new HashSet<ushort>();
        while (pool.TryAllocate(out ushort p) != PortAllocation.Exhausted)
        {
            Assert.True(seen.Add(p));
        }

        Assert.Equal(9, seen.Count);
        Assert.DoesNotContain((ushort)103, seen);
    }

    [Fact]
    public void Pool_ReservedWhileInQuarantineThenReleased_WaitsForTheNewestRelease()
    {
        var time = new ManualTime();
        var pool = new NaptPortPool(100, 100, TimeSpan.FromSeconds(10), time);
        pool.TryAllocate(out _);
        pool.Release(100);
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.True(pool.Reserve(100)); // a rebuild found a live flow on it
        pool.Release(100);
        time.Advance(TimeSpan.FromSeconds(6)); // 11 s after the first release, 6 s after the second
        Assert.Equal(PortAllocation.Exhausted, pool.TryAllocate(out _));
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(PortAllocation.Allocated, pool.TryAllocate(out _));
    }

    [Fact]
    public void Pool_RunningLow_ReportedOnce()
    {
        var pool = new NaptPortPool(1, 20, TimeSpan.Zero) { LowWaterMark = 5 };
        var results = Enumerable.Range(0, 20).Select(_ => pool.TryAllocate(out ushort _)).ToList();
        Assert.Equal(1, results.Count(r => r == PortAllocation.Low));
        Assert.Equal(PortAllocation.Low, results[15]);
    }
}
