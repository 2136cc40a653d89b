using OpenFlow.Balancing;
using OpenFlow.Balancing.Switch;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>
/// The flows and select-group buckets of a proactive mode: everything that carries a connection in the switch without
/// a PacketIn. The base flows (<see cref="NaptBaseFlows"/>) and the select group itself are added by the engine.
/// </summary>
public interface INaptPipeline
{
    /// <summary>The mode this pipeline implements.</summary>
    BalancerMode Mode { get; }

    /// <summary>Whether return traffic needs each client's MAC address learned from ARP (<see cref="AddClientFlow"/>).</summary>
    bool LearnsClients { get; }

    /// <summary>The table that holds the per-client flows (when <see cref="LearnsClients"/>).</summary>
    TableId ClientTable { get; }

    /// <summary>Adds the pipeline's static flows to the wanted state.</summary>
    /// <param name="desired">The wanted state.</param>
    void AddFlows(DesiredSwitchState desired);

    /// <summary>Adds the return flow towards one client to the wanted state.</summary>
    /// <param name="desired">The wanted state.</param>
    /// <param name="client">The client's address.</param>
    /// <param name="mac">The MAC address its packets go to.</param>
    void AddClientFlow(DesiredSwitchState desired, Ipv4Address client, MacAddress mac);

    /// <summary>Writes the FLOW_MOD (ADD) of the return flow towards one client.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="xid">The transaction id.</param>
    /// <param name="client">The client's address.</param>
    /// <param name="mac">The MAC address its packets go to.</param>
    void WriteClientFlow(ref OpenFlowWriter writer, Xid xid, Ipv4Address client, MacAddress mac);

    /// <summary>Writes the actions of one server's bucket in the select group (a <see cref="OpenFlow.Balancing.Groups.BucketActionsWriter"/>).</summary>
    /// <param name="writer">The writer, inside the bucket.</param>
    /// <param name="backend">The server.</param>
    void WriteBucket(ref OpenFlowWriter writer, Backend backend);
}
