using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>The fixed fields of an <c>NXAST_LEARN</c> action to write (the flow specs are passed separately).</summary>
/// <param name="Table">The table the learned flow goes into.</param>
public readonly record struct NxLearnSpec(TableId Table)
{
    /// <summary>Idle timeout of the learned flow, seconds.</summary>
    public ushort IdleTimeout { get; init; }

    /// <summary>Hard timeout of the learned flow, seconds.</summary>
    public ushort HardTimeout { get; init; }

    /// <summary>Priority of the learned flow (default 0x8000, <c>OFP_DEFAULT_PRIORITY</c>).</summary>
    public ushort Priority { get; init; } = 0x8000;

    /// <summary>Cookie of the learned flow.</summary>
    public Cookie Cookie { get; init; }

    /// <summary>Flags (<c>NX_LEARN_F_SEND_FLOW_REM</c> 1, <c>NX_LEARN_F_DELETE_LEARNED</c> 2, <c>NX_LEARN_F_WRITE_RESULT</c> 4).</summary>
    public ushort Flags { get; init; }

    /// <summary>Idle timeout after FIN/RST, seconds.</summary>
    public ushort FinIdleTimeout { get; init; }

    /// <summary>Hard timeout after FIN/RST, seconds.</summary>
    public ushort FinHardTimeout { get; init; }
}
