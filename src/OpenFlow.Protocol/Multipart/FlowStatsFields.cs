using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>The fixed fields of one flow stats entry (see <see cref="FlowStatsView"/>), to write or as read.</summary>
public readonly record struct FlowStatsFields
{
    /// <summary>The flow's table.</summary>
    public TableId TableId { get; init; }

    /// <summary>How long the flow has been alive, whole seconds.</summary>
    public uint DurationSec { get; init; }

    /// <summary>How long the flow has been alive beyond <see cref="DurationSec"/>, nanoseconds.</summary>
    public uint DurationNsec { get; init; }

    /// <summary>The flow's priority.</summary>
    public ushort Priority { get; init; }

    /// <summary>The flow's idle timeout.</summary>
    public ushort IdleTimeout { get; init; }

    /// <summary>The flow's hard timeout.</summary>
    public ushort HardTimeout { get; init; }

    /// <summary>The flow's flags.</summary>
    public OfpFlowModFlags Flags { get; init; }

    /// <summary>The flow's cookie.</summary>
    public Cookie Cookie { get; init; }

    /// <summary>Packets the flow matched.</summary>
    public ulong PacketCount { get; init; }

    /// <summary>Bytes the flow matched.</summary>
    public ulong ByteCount { get; init; }
}
