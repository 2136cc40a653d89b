using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// What an application asks of a flow mod. <c>new FlowModSpec()</c> starts from the spec's neutral values: command
/// add, priority <see cref="DefaultPriority"/>, no buffer, out port and out group any; set the rest with
/// <c>with</c> or an object initializer. Written by <c>OpenFlowWriter.WriteFlowMod</c>.
/// </summary>
public readonly record struct FlowModSpec
{
    /// <summary><c>OFP_DEFAULT_PRIORITY</c>.</summary>
    public const ushort DefaultPriority = 0x8000;

    /// <summary>Creates a spec with the neutral values.</summary>
    public FlowModSpec()
    {
        Command = OfpFlowModCommand.Add;
        Priority = DefaultPriority;
        BufferId = BufferId.NoBuffer;
        OutPort = PortNo.Any;
        OutGroup = GroupId.Any;
    }

    /// <summary>What to do (default add).</summary>
    public OfpFlowModCommand Command { get; init; }

    /// <summary>The table (default 0).</summary>
    public TableId TableId { get; init; }

    /// <summary>Priority of the flow entry (default <see cref="DefaultPriority"/>).</summary>
    public ushort Priority { get; init; }

    /// <summary>The cookie.</summary>
    public Cookie Cookie { get; init; }

    /// <summary>Which cookie bits must match when modifying or deleting; 0 matches any.</summary>
    public Cookie CookieMask { get; init; }

    /// <summary>Idle time before discarding, seconds (0: never).</summary>
    public ushort IdleTimeout { get; init; }

    /// <summary>Time before discarding, seconds (0: never).</summary>
    public ushort HardTimeout { get; init; }

    /// <summary>The flags.</summary>
    public OfpFlowModFlags Flags { get; init; }

    /// <summary>A buffered packet to apply the flow to (default <see cref="BufferId.NoBuffer"/>).</summary>
    public BufferId BufferId { get; init; }

    /// <summary>For delete commands, only flows outputting to this port (default <see cref="PortNo.Any"/>).</summary>
    public PortNo OutPort { get; init; }

    /// <summary>For delete commands, only flows outputting to this group (default <see cref="GroupId.Any"/>).</summary>
    public GroupId OutGroup { get; init; }

    /// <summary>The wire fields this spec stands for.</summary>
    public FlowModFields ToFields() => new()
    {
        Cookie = Cookie,
        CookieMask = CookieMask,
        TableId = TableId,
        Command = Command,
        IdleTimeout = IdleTimeout,
        HardTimeout = HardTimeout,
        Priority = Priority,
        BufferId = BufferId,
        OutPort = OutPort,
        OutGroup = OutGroup,
        Flags = Flags,
    };
}
