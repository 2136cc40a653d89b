namespace OpenFlow.Balancing;

/// <summary>The outcome of <see cref="NaptPortPool.TryAllocate"/>.</summary>
public enum PortAllocation
{
    /// <summary>A port was taken.</summary>
    Allocated,

    /// <summary>A port was taken and the pool just fell below its low-water mark (log a warning).</summary>
    Low,

    /// <summary>No port is free: refuse the connection.</summary>
    Exhausted,
}
