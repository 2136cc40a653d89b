namespace OpenFlow.Protocol.Instructions;

/// <summary>OpenFlow 1.3 instruction types (<c>enum ofp_instruction_type</c>), the <c>type</c> field of <c>ofp_instruction</c>.</summary>
public enum OfpInstructionType : ushort
{
    /// <summary><c>OFPIT_GOTO_TABLE</c>: Setup the next table in the lookup pipeline (<c>ofp_instruction_goto_table</c>, 8 bytes).</summary>
    GotoTable = 1,

    /// <summary><c>OFPIT_WRITE_METADATA</c>: Setup the metadata field for use later in pipeline (<c>ofp_instruction_write_metadata</c>, 24 bytes).</summary>
    WriteMetadata = 2,

    /// <summary><c>OFPIT_WRITE_ACTIONS</c>: Write the action(s) onto the datapath action set (<c>ofp_instruction_actions</c>).</summary>
    WriteActions = 3,

    /// <summary><c>OFPIT_APPLY_ACTIONS</c>: Applies the action(s) immediately (<c>ofp_instruction_actions</c>).</summary>
    ApplyActions = 4,

    /// <summary><c>OFPIT_CLEAR_ACTIONS</c>: Clears all actions from the datapath action set (8 bytes).</summary>
    ClearActions = 5,

    /// <summary><c>OFPIT_METER</c>: Apply meter (rate limiter) (<c>ofp_instruction_meter</c>, 8 bytes).</summary>
    Meter = 6,

    /// <summary><c>OFPIT_EXPERIMENTER</c> (0xffff): Experimenter instruction (<c>ofp_instruction_experimenter</c>).</summary>
    Experimenter = 0xffff,
}
