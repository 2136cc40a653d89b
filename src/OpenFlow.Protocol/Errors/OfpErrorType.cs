namespace OpenFlow.Protocol.Errors;

/// <summary>OpenFlow 1.3 error types (<c>enum ofp_error_type</c>), the <c>type</c> field of <c>ofp_error_msg</c>.</summary>
public enum OfpErrorType : ushort
{
    /// <summary><c>OFPET_HELLO_FAILED</c>: hello protocol failed (see <see cref="OfpHelloFailedCode"/>).</summary>
    HelloFailed = 0,

    /// <summary><c>OFPET_BAD_REQUEST</c>: request was not understood (see <see cref="OfpBadRequestCode"/>).</summary>
    BadRequest = 1,

    /// <summary><c>OFPET_BAD_ACTION</c>: error in an action description (see <see cref="OfpBadActionCode"/>).</summary>
    BadAction = 2,

    /// <summary><c>OFPET_BAD_INSTRUCTION</c>: error in an instruction list (see <see cref="OfpBadInstructionCode"/>).</summary>
    BadInstruction = 3,

    /// <summary><c>OFPET_BAD_MATCH</c>: error in a match (see <see cref="OfpBadMatchCode"/>).</summary>
    BadMatch = 4,

    /// <summary><c>OFPET_FLOW_MOD_FAILED</c>: problem modifying a flow entry (see <see cref="OfpFlowModFailedCode"/>).</summary>
    FlowModFailed = 5,

    /// <summary><c>OFPET_GROUP_MOD_FAILED</c>: problem modifying a group entry (see <see cref="OfpGroupModFailedCode"/>).</summary>
    GroupModFailed = 6,

    /// <summary><c>OFPET_PORT_MOD_FAILED</c>: a port mod request failed (see <see cref="OfpPortModFailedCode"/>).</summary>
    PortModFailed = 7,

    /// <summary><c>OFPET_TABLE_MOD_FAILED</c>: a table mod request failed (see <see cref="OfpTableModFailedCode"/>).</summary>
    TableModFailed = 8,

    /// <summary><c>OFPET_QUEUE_OP_FAILED</c>: a queue operation failed (see <see cref="OfpQueueOpFailedCode"/>).</summary>
    QueueOpFailed = 9,

    /// <summary><c>OFPET_SWITCH_CONFIG_FAILED</c>: a switch config request failed (see <see cref="OfpSwitchConfigFailedCode"/>).</summary>
    SwitchConfigFailed = 10,

    /// <summary><c>OFPET_ROLE_REQUEST_FAILED</c>: controller role request failed (see <see cref="OfpRoleRequestFailedCode"/>).</summary>
    RoleRequestFailed = 11,

    /// <summary><c>OFPET_METER_MOD_FAILED</c>: error in a meter (see <see cref="OfpMeterModFailedCode"/>).</summary>
    MeterModFailed = 12,

    /// <summary><c>OFPET_TABLE_FEATURES_FAILED</c>: setting table features failed (see <see cref="OfpTableFeaturesFailedCode"/>).</summary>
    TableFeaturesFailed = 13,

    /// <summary><c>OFPET_EXPERIMENTER</c> (0xffff): experimenter error; the body carries <c>exp_type</c> and <c>experimenter</c>.</summary>
    Experimenter = 0xffff,
}
