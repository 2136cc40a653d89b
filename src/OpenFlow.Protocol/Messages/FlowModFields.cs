using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// The fixed fields of a flow mod exactly as on the wire (see <see cref="FlowModView"/>): what
/// <see cref="FlowModView.Fields"/> returns and <c>OpenFlowWriter.BeginFlowMod</c> writes. Its default is all zeros;
/// applications usually start from a <see cref="FlowModSpec"/>, whose defaults are the spec's wildcards.
/// </summary>
public readonly record struct FlowModFields
{
    /// <summary>The cookie (opaque, set by the controller).</summary>
    public Cookie Cookie { get; init; }

    /// <summary>Which cookie bits must match when modifying or deleting; 0 matches any.</summary>
    public Cookie CookieMask { get; init; }

    /// <summary>The table.</summary>
    public TableId TableId { get; init; }

    /// <summary>What to do.</summary>
    public OfpFlowModCommand Command { get; init; }

    /// <summary>Idle time before discarding, seconds (0: never).</summary>
    public ushort IdleTimeout { get; init; }

    /// <summary>Time before discarding, seconds (0: never).</summary>
    public ushort HardTimeout { get; init; }

    /// <summary>Priority of the flow entry.</summary>
    public ushort Priority { get; init; }

    /// <summary>A buffered packet to apply the flow to, or <see cref="BufferId.NoBuffer"/>.</summary>
    public BufferId BufferId { get; init; }

    /// <summary>For delete commands, only flows outputting to this port (<see cref="PortNo.Any"/>: no restriction).</summary>
    public PortNo OutPort { get; init; }

    /// <summary>For delete commands, only flows outputting to this group (<see cref="GroupId.Any"/>: no restriction).</summary>
    public GroupId OutGroup { get; init; }

    /// <summary>The flags.</summary>
    public OfpFlowModFlags Flags { get; init; }
}
