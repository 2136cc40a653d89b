using OpenFlow.Protocol.Multipart;

namespace OpenFlow.Balancing.Switch;

/// <summary>Takes one flow read back from a switch by <see cref="FlowReadBack.ReadAsync"/> into a balancer's state.</summary>
/// <param name="flow">The flow (valid during the call).</param>
public delegate void FlowAdopter(FlowStatsView flow);
