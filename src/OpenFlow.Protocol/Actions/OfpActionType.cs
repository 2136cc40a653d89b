namespace OpenFlow.Protocol.Actions;

/// <summary>OpenFlow 1.3 action types (<c>enum ofp_action_type</c>), the <c>type</c> field of <c>ofp_action_header</c>.</summary>
public enum OfpActionType : ushort
{
    /// <summary><c>OFPAT_OUTPUT</c>: Output to switch port (<c>ofp_action_output</c>, 16 bytes).</summary>
    Output = 0,

    /// <summary><c>OFPAT_COPY_TTL_OUT</c>: Copy TTL "outwards" -- from next-to-outermost to outermost (8 bytes).</summary>
    CopyTtlOut = 11,

    /// <summary><c>OFPAT_COPY_TTL_IN</c>: Copy TTL "inwards" -- from outermost to next-to-outermost (8 bytes).</summary>
    CopyTtlIn = 12,

    /// <summary><c>OFPAT_SET_MPLS_TTL</c>: MPLS TTL (<c>ofp_action_mpls_ttl</c>, 8 bytes).</summary>
    SetMplsTtl = 15,

    /// <summary><c>OFPAT_DEC_MPLS_TTL</c>: Decrement MPLS TTL (8 bytes).</summary>
    DecMplsTtl = 16,

    /// <summary><c>OFPAT_PUSH_VLAN</c>: Push a new VLAN tag (<c>ofp_action_push</c>, 8 bytes).</summary>
    PushVlan = 17,

    /// <summary><c>OFPAT_POP_VLAN</c>: Pop the outer VLAN tag (8 bytes).</summary>
    PopVlan = 18,

    /// <summary><c>OFPAT_PUSH_MPLS</c>: Push a new MPLS tag (<c>ofp_action_push</c>, 8 bytes).</summary>
    PushMpls = 19,

    /// <summary><c>OFPAT_POP_MPLS</c>: Pop the outer MPLS tag (<c>ofp_action_pop_mpls</c>, 8 bytes).</summary>
    PopMpls = 20,

    /// <summary><c>OFPAT_SET_QUEUE</c>: Set queue id when outputting to a port (<c>ofp_action_set_queue</c>, 8 bytes).</summary>
    SetQueue = 21,

    /// <summary><c>OFPAT_GROUP</c>: Apply group (<c>ofp_action_group</c>, 8 bytes).</summary>
    Group = 22,

    /// <summary><c>OFPAT_SET_NW_TTL</c>: IP TTL (<c>ofp_action_nw_ttl</c>, 8 bytes).</summary>
    SetNwTtl = 23,

    /// <summary><c>OFPAT_DEC_NW_TTL</c>: Decrement IP TTL (8 bytes).</summary>
    DecNwTtl = 24,

    /// <summary><c>OFPAT_SET_FIELD</c>: Set a header field using OXM TLV format (<c>ofp_action_set_field</c>, padded to 8).</summary>
    SetField = 25,

    /// <summary><c>OFPAT_PUSH_PBB</c>: Push a new PBB service tag (I-TAG) (<c>ofp_action_push</c>, 8 bytes).</summary>
    PushPbb = 26,

    /// <summary><c>OFPAT_POP_PBB</c>: Pop the outer PBB service tag (I-TAG) (8 bytes).</summary>
    PopPbb = 27,

    /// <summary><c>OFPAT_EXPERIMENTER</c>: Experimenter action (<c>ofp_action_experimenter_header</c>: experimenter id, then data; a multiple of 8 bytes).</summary>
    Experimenter = 0xffff,
}
