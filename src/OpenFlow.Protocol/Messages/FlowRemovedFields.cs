using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Messages;

/// <summary>The fixed fields of a flow removed message (see <see cref="FlowRemovedView"/>), to write or as read.</summary>
public readonly record struct FlowRemovedFields
{
    /// <summary>The flow's cookie.</summary>
    public Cookie Cookie { get; init; }

    /// <summary>The flow's priority.</summary>
    public ushort Priority { get; init; }

    /// <summary>Why the flow was removed.</summary>
    public OfpFlowRemovedReason Reason { get; init; }

    /// <summary>The flow's table.</summary>
    public TableId TableId { get; init; }

    /// <summary>How long the flow was alive, whole seconds.</summary>
    public uint DurationSec { get; init; }

    /// <summary>How long the flow was alive beyond <see cref="DurationSec"/>, nanoseconds.</summary>
    public uint DurationNsec { get; init; }

    /// <summary>The flow's idle timeout.</summary>
    public ushort IdleTimeout { get; init; }

    /// <summary>The flow's hard timeout.</summary>
    public ushort HardTimeout { get; init; }

    /// <summary>Packets the flow matched.</summary>
    public ulong PacketCount { get; init; }

    /// <summary>Bytes the flow matched.</summary>
    public ulong ByteCount { get; init; }
}
