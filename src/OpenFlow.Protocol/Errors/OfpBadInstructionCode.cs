namespace OpenFlow.Protocol.Errors;

/// <summary>Codes of <see cref="OfpErrorType.BadInstruction"/> (<c>enum ofp_bad_instruction_code</c>).</summary>
public enum OfpBadInstructionCode : ushort
{
    /// <summary><c>OFPBIC_UNKNOWN_INST</c>: Unknown instruction.</summary>
    UnknownInst = 0,

    /// <summary><c>OFPBIC_UNSUP_INST</c>: Switch or table does not support the instruction.</summary>
    UnsupInst = 1,

    /// <summary><c>OFPBIC_BAD_TABLE_ID</c>: Invalid Table-ID specified.</summary>
    BadTableId = 2,

    /// <summary><c>OFPBIC_UNSUP_METADATA</c>: Metadata value unsupported by datapath.</summary>
    UnsupMetadata = 3,

    /// <summary><c>OFPBIC_UNSUP_METADATA_MASK</c>: Metadata mask value unsupported by datapath.</summary>
    UnsupMetadataMask = 4,

    /// <summary><c>OFPBIC_BAD_EXPERIMENTER</c>: Unknown experimenter id specified.</summary>
    BadExperimenter = 5,

    /// <summary><c>OFPBIC_BAD_EXP_TYPE</c>: Unknown instruction for experimenter id.</summary>
    BadExpType = 6,

    /// <summary><c>OFPBIC_BAD_LEN</c>: Length problem in instructions.</summary>
    BadLen = 7,

    /// <summary><c>OFPBIC_EPERM</c>: Permissions error.</summary>
    Eperm = 8,
}
