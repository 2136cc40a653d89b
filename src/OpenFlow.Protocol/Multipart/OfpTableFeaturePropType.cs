namespace OpenFlow.Protocol.Multipart;

/// <summary>Table feature property types (<c>enum ofp_table_feature_prop_type</c>).</summary>
public enum OfpTableFeaturePropType : ushort
{
    /// <summary><c>OFPTFPT_INSTRUCTIONS</c>: instructions property.</summary>
    Instructions = 0,

    /// <summary><c>OFPTFPT_INSTRUCTIONS_MISS</c>: instructions for table-miss.</summary>
    InstructionsMiss = 1,

    /// <summary><c>OFPTFPT_NEXT_TABLES</c>: next table property.</summary>
    NextTables = 2,

    /// <summary><c>OFPTFPT_NEXT_TABLES_MISS</c>: next table for table-miss.</summary>
    NextTablesMiss = 3,

    /// <summary><c>OFPTFPT_WRITE_ACTIONS</c>: write actions property.</summary>
    WriteActions = 4,

    /// <summary><c>OFPTFPT_WRITE_ACTIONS_MISS</c>: write actions for table-miss.</summary>
    WriteActionsMiss = 5,

    /// <summary><c>OFPTFPT_APPLY_ACTIONS</c>: apply actions property.</summary>
    ApplyActions = 6,

    /// <summary><c>OFPTFPT_APPLY_ACTIONS_MISS</c>: apply actions for table-miss.</summary>
    ApplyActionsMiss = 7,

    /// <summary><c>OFPTFPT_MATCH</c>: match property.</summary>
    Match = 8,

    /// <summary><c>OFPTFPT_WILDCARDS</c>: wildcards property.</summary>
    Wildcards = 10,

    /// <summary><c>OFPTFPT_WRITE_SETFIELD</c>: write set-field property.</summary>
    WriteSetfield = 12,

    /// <summary><c>OFPTFPT_WRITE_SETFIELD_MISS</c>: write set-field for table-miss.</summary>
    WriteSetfieldMiss = 13,

    /// <summary><c>OFPTFPT_APPLY_SETFIELD</c>: apply set-field property.</summary>
    ApplySetfield = 14,

    /// <summary><c>OFPTFPT_APPLY_SETFIELD_MISS</c>: apply set-field for table-miss.</summary>
    ApplySetfieldMiss = 15,

    /// <summary><c>OFPTFPT_EXPERIMENTER</c> (0xfffe): experimenter property.</summary>
    Experimenter = 0xfffe,

    /// <summary><c>OFPTFPT_EXPERIMENTER_MISS</c> (0xffff): experimenter for table-miss.</summary>
    ExperimenterMiss = 0xffff,
}
