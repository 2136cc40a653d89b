namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>Subtypes of Nicira extension actions (<c>enum nx_action_subtype</c>, Open vSwitch <c>NXAST_*</c>), the 16 bits after experimenter 0x00002320.</summary>
public enum NxActionSubtype : ushort
{
    /// <summary><c>NXAST_RESUBMIT</c>: search the current table again with another in_port.</summary>
    Resubmit = 1,

    /// <summary><c>NXAST_SET_TUNNEL</c>: set a 32-bit tunnel id.</summary>
    SetTunnel = 2,

    /// <summary><c>NXAST_SET_QUEUE</c>: set the output queue (OpenFlow 1.0 era).</summary>
    SetQueue = 4,

    /// <summary><c>NXAST_POP_QUEUE</c>: restore the queue from before set_queue.</summary>
    PopQueue = 5,

    /// <summary><c>NXAST_REG_MOVE</c>: copy bits from one field to another.</summary>
    RegMove = 6,

    /// <summary><c>NXAST_REG_LOAD</c>: load an immediate value into bits of a field.</summary>
    RegLoad = 7,

    /// <summary><c>NXAST_NOTE</c>: opaque bytes, no effect.</summary>
    Note = 8,

    /// <summary><c>NXAST_SET_TUNNEL64</c>: set a 64-bit tunnel id.</summary>
    SetTunnel64 = 9,

    /// <summary><c>NXAST_MULTIPATH</c>: choose a link by hash into a field.</summary>
    Multipath = 10,

    /// <summary><c>NXAST_BUNDLE</c>: choose an output port among members.</summary>
    Bundle = 12,

    /// <summary><c>NXAST_BUNDLE_LOAD</c>: choose a member and load it into a field.</summary>
    BundleLoad = 13,

    /// <summary><c>NXAST_RESUBMIT_TABLE</c>: resubmit to a given table.</summary>
    ResubmitTable = 14,

    /// <summary><c>NXAST_OUTPUT_REG</c>: output to the port held in a field.</summary>
    OutputReg = 15,

    /// <summary><c>NXAST_LEARN</c>: add or modify a flow from the packet.</summary>
    Learn = 16,

    /// <summary><c>NXAST_EXIT</c>: stop executing actions.</summary>
    Exit = 17,

    /// <summary><c>NXAST_DEC_TTL</c>: decrement the IP TTL.</summary>
    DecTtl = 18,

    /// <summary><c>NXAST_FIN_TIMEOUT</c>: shorten timeouts on TCP FIN/RST.</summary>
    FinTimeout = 19,

    /// <summary><c>NXAST_CONTROLLER</c>: send to the controller with a reason and controller id.</summary>
    Controller = 20,

    /// <summary><c>NXAST_DEC_TTL_CNT_IDS</c>: decrement TTL, naming the controllers told when it expires.</summary>
    DecTtlCntIds = 21,

    /// <summary><c>NXAST_PUSH_MPLS</c>.</summary>
    PushMpls = 23,

    /// <summary><c>NXAST_POP_MPLS</c>.</summary>
    PopMpls = 24,

    /// <summary><c>NXAST_SET_MPLS_TTL</c>.</summary>
    SetMplsTtl = 25,

    /// <summary><c>NXAST_DEC_MPLS_TTL</c>.</summary>
    DecMplsTtl = 26,

    /// <summary><c>NXAST_STACK_PUSH</c>: push bits of a field onto the stack.</summary>
    StackPush = 27,

    /// <summary><c>NXAST_STACK_POP</c>: pop the stack into bits of a field.</summary>
    StackPop = 28,

    /// <summary><c>NXAST_SAMPLE</c>: sample packets (IPFIX/sFlow).</summary>
    Sample = 29,

    /// <summary><c>NXAST_SET_MPLS_LABEL</c>.</summary>
    SetMplsLabel = 30,

    /// <summary><c>NXAST_SET_MPLS_TC</c>.</summary>
    SetMplsTc = 31,

    /// <summary><c>NXAST_OUTPUT_REG2</c>: output_reg with room for 64-bit experimenter headers.</summary>
    OutputReg2 = 32,

    /// <summary><c>NXAST_REG_LOAD2</c>: load a (masked) OXM value, like a set-field.</summary>
    RegLoad2 = 33,

    /// <summary><c>NXAST_CONJUNCTION</c>: one clause of a conjunctive match.</summary>
    Conjunction = 34,

    /// <summary><c>NXAST_CT</c>: send through the connection tracker, with nested actions.</summary>
    Ct = 35,

    /// <summary><c>NXAST_NAT</c>: network address translation (inside <c>NXAST_CT</c>).</summary>
    Nat = 36,

    /// <summary><c>NXAST_CONTROLLER2</c>: send to the controller, options as properties.</summary>
    Controller2 = 37,

    /// <summary><c>NXAST_SAMPLE2</c>: sample with a sampling port.</summary>
    Sample2 = 38,

    /// <summary><c>NXAST_OUTPUT_TRUNC</c>: output a truncated packet.</summary>
    OutputTrunc = 39,

    /// <summary><c>NXAST_CT_CLEAR</c>: clear the connection tracking state.</summary>
    CtClear = 43,

    /// <summary><c>NXAST_RAW_ENCAP</c>: encapsulate (Ethernet, NSH).</summary>
    Encap = 46,

    /// <summary><c>NXAST_DEC_NSH_TTL</c>: decrement the NSH TTL.</summary>
    DecNshTtl = 48,
}
