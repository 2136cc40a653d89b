namespace OpenFlow.Balancing.Groups;

/// <summary>One bucket of the balancers' select group: a server and its weight.</summary>
/// <param name="Backend">The server.</param>
/// <param name="Weight">The bucket's weight (1 to <see cref="SelectGroupPlanner.MaxWeight"/>).</param>
public readonly record struct GroupBucket(Backend Backend, ushort Weight);
