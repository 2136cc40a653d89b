using System;
using System.Collections.Generic;

namespace OpenFlow.Balancing;

/// <summary>
/// The NAPT source ports of one server. A port is free, in use (a live mapping holds it) or in quarantine (released
/// less than the quarantine ago, longer than TCP TIME_WAIT, so that the server never sees a new connection on a
/// 5-tuple it still remembers). Ports are handed out least recently used first. An exhausted pool refuses; a port in
/// use is never handed out twice. Safe from any thread.
/// </summary>
public sealed class NaptPortPool
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _quarantine;
    private readonly bool[] _inUse;
    private readonly bool[] _queued;
    private readonly long[] _releasedAt;
    private readonly Queue<ushort> _free;
    private readonly Queue<(ushort Port, long ReleasedAt)> _quarantined = new();
    private long _exhausted;
    private bool _lowWarned;

    /// <summary>Creates a pool of the ports from <paramref name="first"/> to <paramref name="last"/>, all free.</summary>
    /// <param name="first">The first port.</param>
    /// <param name="last">The last port (inclusive).</param>
    /// <param name="quarantine">How long a released port waits before it is handed out again.</param>
    /// <param name="time">The clock (tests pass a fake one).</param>
    /// <exception cref="ArgumentOutOfRangeException">An empty or invalid range.</exception>
    public NaptPortPool(ushort first, ushort last, TimeSpan quarantine, TimeProvider? time = null)
    {
        if (first == 0 || last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(first), $"Balancer:Napt:PortRangeStart..PortRangeEnd {first}..{last} is not a range of ports above 0.");
        }

        if (quarantine < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(quarantine), quarantine, "Must not be negative.");
        }

        First = first;
        Last = last;
        _quarantine = quarantine;
        _time = time ?? TimeProvider.System;
        _inUse = new bool[last - first + 1];
        _queued = new bool[_inUse.Length];
        _releasedAt = new long[_inUse.Length];
        _free = new Queue<ushort>(_inUse.Length);
        for (int p = first; p <= last; p++)
        {
            _free.Enqueue((ushort)p);
            _queued[p - first] = true;
        }

        LowWaterMark = Math.Max(1, Capacity / 10);
    }

    /// <summary>The first port of the range.</summary>
    public ushort First { get; }

    /// <summary>The last port of the range.</summary>
    public ushort Last { get; }

    /// <summary>How many ports the range holds.</summary>
    public int Capacity => Last - First + 1;

    /// <summary>When fewer ports than this are free, <see cref="TryAllocate"/> reports <see cref="PortAllocation.Low"/> once.</summary>
    public int LowWaterMark { get; set; }

    /// <summary>Ports held by live mappings.</summary>
    public int InUse { get; private set; }

    /// <summary>Ports released and waiting out the quarantine.</summary>
    public int Quarantined
    {
        get
        {
            lock (_gate)
            {
                Reclaim();
                return _quarantined.Count;
            }
        }
    }

    /// <summary>Ports that can be handed out now.</summary>
    public int Available
    {
        get
        {
            lock (_gate)
            {
                Reclaim();
                return _free.Count;
            }
        }
    }

    /// <summary>Allocations refused because no port was free.</summary>
    public long Exhausted
    {
        get
        {
            lock (_gate)
            {
                return _exhausted;
            }
        }
    }

    /// <summary>Takes a free port.</summary>
    /// <param name="port">The port, when one was free.</param>
    /// <returns>Whether a port was taken, and whether the pool is now running low.</returns>
    public PortAllocation TryAllocate(out ushort port)
    {
        lock (_gate)
        {
            Reclaim();
            while (_free.TryDequeue(out ushort candidate))
            {
                int i = candidate - First;
                _queued[i] = false;
                if (_inUse[i])
                {
                    continue; // reserved by a rebuild while it sat in the queue
                }

                _inUse[i] = true;
                InUse++;
                port = candidate;
                if (_free.Count < LowWaterMark && !_lowWarned)
                {
                    _lowWarned = true;
                    return PortAllocation.Low;
                }

                if (_free.Count >= LowWaterMark * 2)
                {
                    _lowWarned = false;
                }

                return PortAllocation.Allocated;
            }

            _exhausted++;
            port = 0;
            return PortAllocation.Exhausted;
        }
    }

    /// <summary>Marks a port as in use by a mapping that already exists (rebuilt from the switch's flows).</summary>
    /// <param name="port">The port.</param>
    /// <returns>False when the port is outside the range or already in use.</returns>
    public bool Reserve(ushort port)
    {
        lock (_gate)
        {
            if (port < First || port > Last || _inUse[port - First])
            {
                return false;
            }

            // Stays in the free or quarantine queue; TryAllocate and Reclaim skip ports in use.
            _inUse[port - First] = true;
            InUse++;
            return true;
        }
    }

    /// <summary>Gives a port back: it goes into quarantine.</summary>
    /// <param name="port">The port.</param>
    /// <returns>False when the port was not in use (nothing changes).</returns>
    public bool Release(ushort port)
    {
        lock (_gate)
        {
            if (port < First || port > Last || !_inUse[port - First])
            {
                return false;
            }

            _inUse[port - First] = false;
            InUse--;
            long now = _time.GetTimestamp();
            _releasedAt[port - First] = now;
            _quarantined.Enqueue((port, now));
            return true;
        }
    }

    /// <summary>Whether a port is held by a live mapping.</summary>
    /// <param name="port">The port.</param>
    /// <returns>True when in use.</returns>
    public bool IsInUse(ushort port)
    {
        lock (_gate)
        {
            return port >= First && port <= Last && _inUse[port - First];
        }
    }

    private void Reclaim()
    {
        long now = _time.GetTimestamp();
        while (_quarantined.TryPeek(out (ushort Port, long ReleasedAt) head) && _time.GetElapsedTime(head.ReleasedAt, now) >= _quarantine)
        {
            _quarantined.Dequeue();
            int i = head.Port - First;

            // A stale entry (the port was reserved and released again later) waits for its newest release.
            if (!_inUse[i] && !_queued[i] && _releasedAt[i] == head.ReleasedAt)
            {
                _free.Enqueue(head.Port);
                _queued[i] = true;
            }
        }
    }
}
