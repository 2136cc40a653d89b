namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// Multipart message types (<c>enum ofp_multipart_type</c>), the <c>type</c> field of <c>ofp_multipart_request</c>
/// and <c>ofp_multipart_reply</c>. OpenFlow 1.3 defines 0 to 13 and the experimenter type.
/// </summary>
public enum OfpMultipartType : ushort
{
    /// <summary><c>OFPMP_DESC</c>: switch description; empty request, reply <c>ofp_desc</c>.</summary>
    Desc = 0,

    /// <summary><c>OFPMP_FLOW</c>: individual flow statistics; request <c>ofp_flow_stats_request</c>, reply a list of <c>ofp_flow_stats</c>.</summary>
    Flow = 1,

    /// <summary><c>OFPMP_AGGREGATE</c>: aggregate flow statistics; request <c>ofp_aggregate_stats_request</c>, reply <c>ofp_aggregate_stats_reply</c>.</summary>
    Aggregate = 2,

    /// <summary><c>OFPMP_TABLE</c>: flow table statistics.</summary>
    Table = 3,

    /// <summary><c>OFPMP_PORT_STATS</c>: port statistics.</summary>
    PortStats = 4,

    /// <summary><c>OFPMP_QUEUE</c>: queue statistics for a port.</summary>
    Queue = 5,

    /// <summary><c>OFPMP_GROUP</c>: group counter statistics.</summary>
    Group = 6,

    /// <summary><c>OFPMP_GROUP_DESC</c>: group description.</summary>
    GroupDesc = 7,

    /// <summary><c>OFPMP_GROUP_FEATURES</c>: group features.</summary>
    GroupFeatures = 8,

    /// <summary><c>OFPMP_METER</c>: meter statistics.</summary>
    Meter = 9,

    /// <summary><c>OFPMP_METER_CONFIG</c>: meter configuration.</summary>
    MeterConfig = 10,

    /// <summary><c>OFPMP_METER_FEATURES</c>: meter features.</summary>
    MeterFeatures = 11,

    /// <summary><c>OFPMP_TABLE_FEATURES</c>: table features.</summary>
    TableFeatures = 12,

    /// <summary><c>OFPMP_PORT_DESC</c>: port description; empty request, reply a list of <c>ofp_port</c>.</summary>
    PortDesc = 13,

    /// <summary><c>OFPMP_EXPERIMENTER</c> (0xffff): experimenter extension.</summary>
    Experimenter = 0xffff,
}
