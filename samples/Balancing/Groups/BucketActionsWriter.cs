using OpenFlow.Protocol.Wire;

namespace OpenFlow.Balancing.Groups;

/// <summary>Writes the actions of one server's bucket in the balancer's select group (between BeginBucket and EndBucket).</summary>
/// <param name="writer">The writer, inside the bucket.</param>
/// <param name="backend">The server the bucket sends to.</param>
public delegate void BucketActionsWriter(ref OpenFlowWriter writer, Backend backend);
