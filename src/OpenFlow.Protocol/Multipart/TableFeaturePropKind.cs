namespace OpenFlow.Protocol.Multipart;

/// <summary>The layout of a table feature property's body, which follows from its type.</summary>
public enum TableFeaturePropKind
{
    /// <summary>A type OpenFlow 1.3 does not define: only the raw body is available.</summary>
    Unknown = 0,

    /// <summary>Instruction ids (<c>INSTRUCTIONS</c>, <c>INSTRUCTIONS_MISS</c>): see <see cref="TableFeaturePropertyView.Ids"/>.</summary>
    InstructionIds,

    /// <summary>Table ids (<c>NEXT_TABLES</c>, <c>NEXT_TABLES_MISS</c>): see <see cref="TableFeaturePropertyView.TableIds"/>.</summary>
    TableIds,

    /// <summary>Action ids (<c>WRITE_ACTIONS</c>, <c>APPLY_ACTIONS</c> and their <c>_MISS</c>): see <see cref="TableFeaturePropertyView.Ids"/>.</summary>
    ActionIds,

    /// <summary>OXM ids (<c>MATCH</c>, <c>WILDCARDS</c>, <c>*_SETFIELD*</c>): see <see cref="TableFeaturePropertyView.OxmIds"/>.</summary>
    OxmIds,

    /// <summary>Experimenter (<c>EXPERIMENTER</c>, <c>EXPERIMENTER_MISS</c>): experimenter, exp_type and data.</summary>
    Experimenter,
}
