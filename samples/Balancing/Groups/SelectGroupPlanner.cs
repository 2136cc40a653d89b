using System;
using System.Collections.Generic;

namespace OpenFlow.Balancing.Groups;

/// <summary>
/// Decides the buckets of the select group that spreads new connections in the proactive and conntrack modes: one
/// bucket per server that is up; with roundRobin every bucket weighs the same, with resTime a bucket's weight is the
/// fastest server's smoothed response time over its own (the fastest weighs <see cref="MaxWeight"/>).
/// </summary>
/// <remarks>
/// Every change of a select group's buckets can move existing connections in Open vSwitch (it picks a bucket by a hash
/// of the packet's fields, and the mapping from hash to bucket changes with the buckets). So membership changes (a
/// server goes down or comes back) apply at once, but weights change only when one moves by more than
/// <c>Balancer:WeightChangeRatio</c> of itself; response-time noise never touches the group.
/// </remarks>
public sealed class SelectGroupPlanner
{
    /// <summary>The weight of the fastest server (and of every server under roundRobin).</summary>
    public const ushort MaxWeight = 100;

    /// <summary>
    /// With a change ratio above zero, the least weight change that counts: about one of the 16 hash slots over which
    /// Open vSwitch's <c>dp_hash</c> selection spreads a group, so a very slow server whose weight wavers between 1 and 2
    /// (a 100 % change, but no change in its share) never rewrites the group.
    /// </summary>
    public const ushort MinWeightStep = 6;

    private readonly IReadOnlyList<Backend> _backends;
    private readonly BalancingPolicy _policy;
    private readonly double _changeRatio;
    private readonly object _gate = new();
    private GroupBucket[] _current = Array.Empty<GroupBucket>();
    private bool _planned;

    /// <summary>Creates a planner.</summary>
    /// <param name="backends">The servers.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="changeRatio">The relative weight change below which the buckets stay as they are.</param>
    public SelectGroupPlanner(IReadOnlyList<Backend> backends, BalancingPolicy policy, double changeRatio)
    {
        ArgumentNullException.ThrowIfNull(backends);
        if (!(changeRatio >= 0))
        {
            // NaN compares false with everything: the weights would never change again.
            throw new ArgumentOutOfRangeException(nameof(changeRatio), changeRatio, "The weight change ratio is a fraction >= 0.");
        }

        _backends = backends;
        _policy = policy;
        _changeRatio = changeRatio;
    }

    /// <summary>The buckets decided last (empty before the first <see cref="Update"/> or when no server is up).</summary>
    public IReadOnlyList<GroupBucket> Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>How many times the buckets changed (the first plan included).</summary>
    public long Changes { get; private set; }

    /// <summary>Looks at the servers again and decides whether the group must change.</summary>
    /// <returns>True when <see cref="Current"/> changed and the group must be written to the switch.</returns>
    public bool Update()
    {
        GroupBucket[] ideal = Ideal();
        lock (_gate)
        {
            if (_planned && !Significant(_current, ideal))
            {
                return false;
            }

            _current = ideal;
            _planned = true;
            Changes++;
            return true;
        }
    }

    private GroupBucket[] Ideal()
    {
        var up = new List<Backend>(_backends.Count);
        double best = double.PositiveInfinity;
        foreach (Backend backend in _backends)
        {
            if (!backend.IsUp)
            {
                continue;
            }

            up.Add(backend);
            double ms = backend.SmoothedResponseMs;
            if (!double.IsNaN(ms) && ms < best)
            {
                best = ms;
            }
        }

        var buckets = new GroupBucket[up.Count];
        for (int i = 0; i < buckets.Length; i++)
        {
            buckets[i] = new GroupBucket(up[i], WeightOf(up[i], best));
        }

        return buckets;
    }

    private ushort WeightOf(Backend backend, double best)
    {
        double ms = backend.SmoothedResponseMs;
        if (_policy == BalancingPolicy.RoundRobin || double.IsPositiveInfinity(best) || double.IsNaN(ms) || ms <= 0)
        {
            // roundRobin, or nothing measured yet: an even spread.
            return MaxWeight;
        }

        return (ushort)Math.Clamp(Math.Round(MaxWeight * Math.Max(best, 0.001) / ms), 1, MaxWeight);
    }

    private bool Significant(GroupBucket[] current, GroupBucket[] ideal)
    {
        if (current.Length != ideal.Length)
        {
            return true;
        }

        for (int i = 0; i < current.Length; i++)
        {
            if (current[i].Backend != ideal[i].Backend)
            {
                return true;
            }

            double was = current[i].Weight;
            double threshold = _changeRatio > 0 ? Math.Max(was * _changeRatio, MinWeightStep) : 0;
            if (Math.Abs(ideal[i].Weight - was) > threshold)
            {
                return true;
            }
        }

        return false;
    }
}
