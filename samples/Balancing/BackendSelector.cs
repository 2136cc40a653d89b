using System;
using System.Collections.Generic;
using System.Threading;

namespace OpenFlow.Balancing;

/// <summary>
/// Picks the server for a new connection by the configured policy, among the servers that are up. Safe from any
/// thread; allocation-free.
/// </summary>
public sealed class BackendSelector
{
    private readonly Backend[] _backends;
    private readonly double _toleranceMs;
    private readonly double _toleranceRatio;
    private int _next = -1;
    private long _refused;

    /// <summary>Creates a selector.</summary>
    /// <param name="backends">The servers (at least one).</param>
    /// <param name="policy">The policy.</param>
    /// <param name="toleranceMs">resTime: servers whose smoothed time is within this many milliseconds of the best are used in turn.</param>
    /// <param name="toleranceRatio">resTime: or within this fraction of the best (0.2: 20 %), whichever is larger.</param>
    /// <exception cref="ArgumentException">No server, or resTime with a server that has no probe URL.</exception>
    public BackendSelector(IReadOnlyList<Backend> backends, BalancingPolicy policy, double toleranceMs = 2, double toleranceRatio = 0.2)
    {
        ArgumentNullException.ThrowIfNull(backends);
        if (backends.Count == 0)
        {
            throw new ArgumentException("Balancer:Servers names no server.", nameof(backends));
        }

        _backends = new Backend[backends.Count];
        for (int i = 0; i < _backends.Length; i++)
        {
            _backends[i] = backends[i];
            if (policy == BalancingPolicy.ResTime && backends[i].ProbeUri is null)
            {
                throw new ArgumentException($"Balancer:Policy resTime needs a ProbeUrl for every server; {backends[i].Name} has none.", nameof(backends));
            }
        }

        Policy = policy;
        _toleranceMs = toleranceMs;
        _toleranceRatio = toleranceRatio;
    }

    /// <summary>The policy.</summary>
    public BalancingPolicy Policy { get; }

    /// <summary>The servers in configuration order.</summary>
    public IReadOnlyList<Backend> Backends => _backends;

    /// <summary>New connections refused because no server was up.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>Picks a server for a new connection.</summary>
    /// <returns>The server, or null when none is up (counted in <see cref="Refused"/>).</returns>
    public Backend? Select()
    {
        Backend? chosen = Policy == BalancingPolicy.ResTime ? SelectByResponseTime() : SelectRoundRobin(static (_, _) => true, 0);
        if (chosen is null)
        {
            Interlocked.Increment(ref _refused);
        }

        return chosen;
    }

    private Backend? SelectRoundRobin(Func<Backend, double, bool> eligible, double limit)
    {
        // The k-th eligible server in turn, so that a down server's share spreads evenly over the others.
        int count = 0;
        foreach (Backend candidate in _backends)
        {
            if (candidate.IsUp && eligible(candidate, limit))
            {
                count++;
            }
        }

        if (count == 0)
        {
            return null;
        }

        int k = (int)((uint)Interlocked.Increment(ref _next) % (uint)count);
        Backend? fallback = null;
        foreach (Backend candidate in _backends)
        {
            if (candidate.IsUp && eligible(candidate, limit))
            {
                if (k-- == 0)
                {
                    return candidate;
                }

                fallback ??= candidate;
            }
        }

        return fallback; // a state changed between the two passes
    }

    private Backend? SelectByResponseTime()
    {
        double best = double.PositiveInfinity;
        bool anyUp = false;
        foreach (Backend backend in _backends)
        {
            if (!backend.IsUp)
            {
                continue;
            }

            anyUp = true;
            double ms = backend.SmoothedResponseMs;
            if (!double.IsNaN(ms) && ms < best)
            {
                best = ms;
            }
        }

        if (!anyUp)
        {
            return null;
        }

        if (double.IsPositiveInfinity(best))
        {
            // Up but not measured yet: spread evenly.
            return SelectRoundRobin(static (_, _) => true, 0);
        }

        double limit = best + Math.Max(_toleranceMs, best * _toleranceRatio);
        return SelectRoundRobin(static (b, max) => !(b.SmoothedResponseMs > max), limit);
    }
}
