using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Apps;

/// <summary>
/// The fixed fields of a FLOW_MOD (<c>struct ofp_flow_mod</c> before the match), with the spec's defaults:
/// table 0, add, no timeouts, priority 0x8000, no buffer, out_port and out_group ANY.
/// </summary>
public readonly record struct FlowEntrySpec
{
    /// <summary>Creates the defaults.</summary>
    public FlowEntrySpec()
    {
    }

    /// <summary>The cookie.</summary>
    public Cookie Cookie { get; init; }

    /// <summary>The cookie mask (for modify and delete).</summary>
    public Cookie CookieMask { get; init; }

    /// <summary>The table.</summary>
    public TableId TableId { get; init; }

    /// <summary>The command.</summary>
    public FlowModCommand Command { get; init; } = FlowModCommand.Add;

    /// <summary>Idle timeout in seconds (0 = none).</summary>
    public ushort IdleTimeout { get; init; }

    /// <summary>Hard timeout in seconds (0 = none).</summary>
    public ushort HardTimeout { get; init; }

    /// <summary>The priority.</summary>
    public ushort Priority { get; init; } = 0x8000;

    /// <summary>A buffered packet to apply the flow to, or <see cref="BufferId.NoBuffer"/>.</summary>
    public BufferId BufferId { get; init; } = BufferId.NoBuffer;

    /// <summary>For delete: only flows that output to this port.</summary>
    public PortNo OutPort { get; init; } = PortNo.Any;

    /// <summary>For delete: only flows that output to this group (<c>OFPG_ANY</c> = 0xffffffff).</summary>
    public uint OutGroup { get; init; } = 0xffffffff;

    /// <summary>Flags (<c>OFPFF_SEND_FLOW_REM</c> = 1, <c>OFPFF_CHECK_OVERLAP</c> = 2, ...).</summary>
    public ushort Flags { get; init; }
}
