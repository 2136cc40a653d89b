namespace OpenFlow.Balancing;

/// <summary>How a new connection picks its server (<c>Balancer:Policy</c>).</summary>
public enum BalancingPolicy
{
    /// <summary><c>roundRobin</c>: the healthy servers in turn.</summary>
    RoundRobin,

    /// <summary><c>resTime</c>: the healthy server with the lowest smoothed probe response time; in turn among those within the tolerance.</summary>
    ResTime,
}
