namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>Property types of <c>NXAST_CONTROLLER2</c> (<c>enum nx_action_controller2_prop_type</c>).</summary>
public enum NxController2PropertyType : ushort
{
    /// <summary><c>NXAC2PT_MAX_LEN</c>: ovs_be16 max bytes to send.</summary>
    MaxLength = 0,

    /// <summary><c>NXAC2PT_CONTROLLER_ID</c>: ovs_be16 controller id.</summary>
    ControllerId = 1,

    /// <summary><c>NXAC2PT_REASON</c>: uint8_t packet-in reason.</summary>
    Reason = 2,

    /// <summary><c>NXAC2PT_USERDATA</c>: bytes for the controller.</summary>
    UserData = 3,

    /// <summary><c>NXAC2PT_PAUSE</c>: no value; pause the pipeline (continuations).</summary>
    Pause = 4,

    /// <summary><c>NXAC2PT_METER_ID</c>: ovs_be32 meter for the packet-in.</summary>
    MeterId = 5,
}
