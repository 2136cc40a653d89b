using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace OpenFlow.Tools.Ofp;

/// <content>
/// Text for the configuration messages (group, port, table, meter mod, queue configuration, role, asynchronous
/// configuration) and the statistics multiparts, in the spirit of <c>ovs-ofctl ofp-print</c>.
/// </content>
internal static partial class TextFormatter
{
    private static readonly string[] GroupTypes = ["all", "select", "indirect", "ff"];
    private static readonly string[] ModCommands = ["ADD", "MODIFY", "DELETE"];
    private static readonly string[] Roles = ["nochange", "equal", "master", "slave"];
    private static readonly string[] PacketInReasons = ["no_match", "action", "invalid_ttl"];
    private static readonly string[] PortReasons = ["add", "delete", "modify"];
    private static readonly string[] FlowRemovedReasons = ["idle", "hard", "delete", "group_delete"];
    private static readonly string[] MeterFlags = ["kbps", "pktps", "burst", "stats"];
    private static readonly string[] PortConfigBits = ["PORT_DOWN", "1", "NO_RECV", "3", "4", "NO_FWD", "NO_PACKET_IN"];
    private static readonly string[] TableFeatureProps =
    [
        "instructions", "instructions_miss", "next_tables", "next_tables_miss", "write_actions", "write_actions_miss",
        "apply_actions", "apply_actions_miss", "match", "9", "wildcards", "11", "write_setfield", "write_setfield_miss",
        "apply_setfield", "apply_setfield_miss",
    ];

    private static readonly Dictionary<string, string> StatsNames = new(StringComparer.Ordinal)
    {
        ["Table"] = "OFPMP_TABLE", ["Port"] = "OFPMP_PORT_STATS", ["Queue"] = "OFPMP_QUEUE", ["Group"] = "OFPMP_GROUP",
        ["GroupDesc"] = "OFPMP_GROUP_DESC", ["GroupFeatures"] = "OFPMP_GROUP_FEATURES", ["Meter"] = "OFPMP_METER",
        ["MeterConfig"] = "OFPMP_METER_CONFIG", ["MeterFeatures"] = "OFPMP_METER_FEATURES", ["TableFeatures"] = "OFPMP_TABLE_FEATURES",
        ["Experimenter"] = "OFPMP_EXPERIMENTER",
    };

    /// <summary>The text of the classes this part knows, or null.</summary>
    private static string? Ofp13(string className, JsonElement body) => className switch
    {
        "OFPGroupMod" => Command(body, ModCommands) + " " + Group(body),
        "OFPPortMod" => "port:" + Port(U(body, "port_no")) + " addr:" + Get(body, "hw_addr") + " config:" + PortConfig(U(body, "config"))
            + " mask:" + PortConfig(U(body, "mask")) + " advertise:0x" + U(body, "advertise").ToString("x", CultureInfo.InvariantCulture),
        "OFPTableMod" => "table_id=" + Table(U(body, "table_id")) + " config=0x" + U(body, "config").ToString("x", CultureInfo.InvariantCulture),
        "OFPMeterMod" => Command(body, ModCommands) + " " + Meter(body),
        "OFPQueueGetConfigRequest" => "port=" + Port(U(body, "port")),
        "OFPQueueGetConfigReply" => "port=" + Port(U(body, "port")) + string.Concat(body.GetProperty("queues").EnumerateArray().Select(Queue)),
        "OFPRoleRequest" or "OFPRoleReply" => "role=" + Name(Roles, U(body, "role")) + " generation_id=" + Get(body, "generation_id"),
        "OFPGetAsyncReply" or "OFPSetAsync" => Async(body),
        "ONFFlowMonitorStatsRequest" => "ONF flow monitor" + More(body, "flags") + string.Concat(body.GetProperty("body").EnumerateArray().Select(Monitor)),
        _ when className.EndsWith("StatsRequest", StringComparison.Ordinal) => Request(className["OFP".Length..^"StatsRequest".Length], body),
        _ when className.EndsWith("StatsReply", StringComparison.Ordinal) => Reply(className["OFP".Length..^"StatsReply".Length], body),
        _ => null,
    };

    private static string? Request(string kind, JsonElement body)
    {
        if (!StatsNames.TryGetValue(kind, out string? name))
        {
            return null;
        }

        var text = new StringBuilder(name).Append(" request").Append(More(body, "flags"));
        foreach (string key in new[] { "port_no", "queue_id", "group_id", "meter_id" })
        {
            if (body.TryGetProperty(key, out JsonElement v) && v.TryGetUInt64(out ulong n))
            {
                text.Append(' ').Append(key).Append('=').Append(key switch
                {
                    "port_no" => Port(n),
                    "group_id" => n == 0xfffffffc ? "ALL" : n.ToString(CultureInfo.InvariantCulture),
                    _ => n == 0xffffffff ? "ALL" : n.ToString(CultureInfo.InvariantCulture),
                });
            }
        }

        if (kind == "Experimenter")
        {
            text.Append(" experimenter=0x").Append(U(body, "experimenter").ToString("x", CultureInfo.InvariantCulture))
                .Append(" exp_type=").Append(Get(body, "exp_type")).Append(" data=").Append(Bytes(body, "data"));
        }
        else if (kind == "TableFeatures")
        {
            text.Append(string.Concat(body.GetProperty("body").EnumerateArray().Select(TableFeatures)));
        }

        return text.ToString();
    }

    private static string? Reply(string kind, JsonElement body)
    {
        if (!StatsNames.TryGetValue(kind, out string? name))
        {
            return null;
        }

        var text = new StringBuilder(name).Append(" reply").Append(More(body, "flags"));
        JsonElement entries = body.GetProperty("body");
        IEnumerable<JsonElement> list = entries.ValueKind == JsonValueKind.Array ? entries.EnumerateArray() : [entries];
        foreach (JsonElement entry in list)
        {
            var (_, e) = Unwrap(entry);
            text.Append("\n  ").Append(kind switch
            {
                "Table" => $"table {Get(e, "table_id")}: active={Get(e, "active_count")}, lookup={Get(e, "lookup_count")}, matched={Get(e, "matched_count")}",
                "Port" => $"port {Port(U(e, "port_no"))}: rx pkts={Get(e, "rx_packets")}, bytes={Get(e, "rx_bytes")}, drop={Get(e, "rx_dropped")}, errs={Get(e, "rx_errors")}, frame={Get(e, "rx_frame_err")}, over={Get(e, "rx_over_err")}, crc={Get(e, "rx_crc_err")}"
                    + $"\n           tx pkts={Get(e, "tx_packets")}, bytes={Get(e, "tx_bytes")}, drop={Get(e, "tx_dropped")}, errs={Get(e, "tx_errors")}, coll={Get(e, "collisions")}\n           duration={Duration(e)}",
                "Queue" => $"port {Port(U(e, "port_no"))} queue {Get(e, "queue_id")}: bytes={Get(e, "tx_bytes")}, pkts={Get(e, "tx_packets")}, errors={Get(e, "tx_errors")}, duration={Duration(e)}",
                "Group" => $"group_id={Get(e, "group_id")},duration={Duration(e)},ref_count={Get(e, "ref_count")},packet_count={Get(e, "packet_count")},byte_count={Get(e, "byte_count")}"
                    + string.Concat(e.GetProperty("bucket_stats").EnumerateArray().Select((c, i) => $",bucket{i}:packet_count={Get(Unwrap(c).Body, "packet_count")},byte_count={Get(Unwrap(c).Body, "byte_count")}")),
                "GroupDesc" => Group(e),
                "GroupFeatures" => GroupFeatures(e),
                "Meter" => $"meter:{Get(e, "meter_id")} flow_count:{Get(e, "flow_count")} packet_in_count:{Get(e, "packet_in_count")} byte_in_count:{Get(e, "byte_in_count")} duration:{Duration(e)} bands:"
                    + string.Concat(e.GetProperty("band_stats").EnumerateArray().Select((b, i) => $" {i}: packet_count:{Get(Unwrap(b).Body, "packet_band_count")} byte_count:{Get(Unwrap(b).Body, "byte_band_count")}")),
                "MeterConfig" => Meter(e),
                "MeterFeatures" => $"max_meter:{Get(e, "max_meter")} max_bands:{Get(e, "max_bands")} max_color:{Get(e, "max_color")} band_types:{BandTypes(U(e, "band_types"))} capabilities:{Flags(U(e, "capabilities"), MeterFlags)}",
                "TableFeatures" => TableFeatures(entry).TrimStart('\n', ' '),
                "Experimenter" => $"experimenter=0x{U(e, "experimenter"):x} exp_type={Get(e, "exp_type")} data={Bytes(e, "data")}",
                _ => Fields(e, []),
            });
        }

        return text.ToString();
    }

    private static string Group(JsonElement body)
    {
        var text = new StringBuilder("group_id=").Append(GroupId(U(body, "group_id"))).Append(",type=").Append(Name(GroupTypes, U(body, "type")));
        foreach (JsonElement bucket in body.GetProperty("buckets").EnumerateArray())
        {
            var (_, b) = Unwrap(bucket);
            text.Append(",bucket=");
            var parts = new List<string>();
            if (U(b, "weight") != 0)
            {
                parts.Add("weight:" + Get(b, "weight"));
            }

            if (U(b, "watch_port") != 0xffffffff)
            {
                parts.Add("watch_port:" + Port(U(b, "watch_port")));
            }

            if (U(b, "watch_group") != 0xffffffff)
            {
                parts.Add("watch_group:" + Get(b, "watch_group"));
            }

            parts.Add("actions=" + Actions(b.GetProperty("actions")));
            text.Append(string.Join(",", parts));
        }

        return text.ToString();
    }

    private static string GroupFeatures(JsonElement e)
    {
        var text = new StringBuilder("Group table:\n    Types:  ").Append(Flags(U(e, "types"), GroupTypes))
            .Append("\n    Capabilities:  ").Append(Flags(U(e, "capabilities"), ["weight", "liveness", "chaining", "chaining_checks"]));
        JsonElement[] max = e.GetProperty("max_groups").EnumerateArray().ToArray();
        JsonElement[] actions = e.GetProperty("actions").EnumerateArray().ToArray();
        for (int i = 0; i < 4 && i < max.Length && i < actions.Length; i++)
        {
            text.Append("\n    ").Append(GroupTypes[i]).Append(" group:\n       max_groups=").Append(Scalar(max[i]))
                .Append("\n       actions: 0x").Append(actions[i].GetUInt32().ToString("x", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static string Meter(JsonElement body)
    {
        var text = new StringBuilder("meter=").Append(MeterId(U(body, "meter_id"))).Append(' ').Append(Flags(U(body, "flags"), MeterFlags).Replace(',', ' '));
        text.Append(" bands=");
        foreach (JsonElement band in body.GetProperty("bands").EnumerateArray())
        {
            var (name, b) = Unwrap(band);
            text.Append("type=").Append(name switch
            {
                "OFPMeterBandDrop" => "drop",
                "OFPMeterBandDscpRemark" => "dscp_remark",
                "OFPMeterBandExperimenter" => "experimenter",
                _ => Get(b, "type"),
            });
            text.Append(" rate=").Append(Get(b, "rate")).Append(" burst_size=").Append(Get(b, "burst_size"));
            if (b.TryGetProperty("prec_level", out JsonElement prec))
            {
                text.Append(" prec_level=").Append(Scalar(prec));
            }

            if (b.TryGetProperty("experimenter", out JsonElement experimenter))
            {
                text.Append(" experimenter=0x").Append(experimenter.GetUInt32().ToString("x", CultureInfo.InvariantCulture));
            }

            text.Append(' ');
        }

        return text.ToString().TrimEnd();
    }

    private static string Queue(JsonElement queue)
    {
        var (_, q) = Unwrap(queue);
        var text = new StringBuilder("\n  queue ").Append(Get(q, "queue_id")).Append(" on port ").Append(Port(U(q, "port"))).Append(':');
        foreach (JsonElement property in q.GetProperty("properties").EnumerateArray())
        {
            var (name, p) = Unwrap(property);
            text.Append(' ').Append(name switch
            {
                "OFPQueuePropMinRate" => "min_rate:" + Rate(U(p, "rate")),
                "OFPQueuePropMaxRate" => "max_rate:" + Rate(U(p, "rate")),
                "OFPQueuePropExperimenter" => "experimenter(" + Get(p, "experimenter") + ")",
                _ => "property(" + Get(p, "property") + ")",
            });
        }

        return text.ToString();
    }

    private static string Async(JsonElement body)
    {
        var text = new StringBuilder();
        string[] roles = ["master", "slave"];
        for (int r = 0; r < 2; r++)
        {
            text.Append(r == 0 ? "" : "; ").Append(roles[r]).Append(": PACKET_IN=").Append(Flags(Pair(body, "packet_in_mask", r), PacketInReasons))
                .Append(" PORT_STATUS=").Append(Flags(Pair(body, "port_status_mask", r), PortReasons))
                .Append(" FLOW_REMOVED=").Append(Flags(Pair(body, "flow_removed_mask", r), FlowRemovedReasons));
        }

        return text.ToString();
    }

    private static string Monitor(JsonElement request)
    {
        var (_, m) = Unwrap(request);
        string flags = Flags(U(m, "flags"), ["initial", "add", "delete", "modify", "actions", "own"]);
        string match = Match(m.GetProperty("match"));
        return $"\n  id={Get(m, "id")} flags={flags} out_port={Port(U(m, "out_port"))} table={Table(U(m, "table_id"))}" + (match.Length > 0 ? " " + match : "");
    }

    private static string TableFeatures(JsonElement entry)
    {
        var (_, t) = Unwrap(entry);
        var text = new StringBuilder("\n  table ").Append(Get(t, "table_id"));
        string name = Get(t, "name");
        if (name.Length > 0)
        {
            text.Append(" (\"").Append(name).Append("\")");
        }

        text.Append(": metadata_match=0x").Append(U(t, "metadata_match").ToString("x", CultureInfo.InvariantCulture))
            .Append(" metadata_write=0x").Append(U(t, "metadata_write").ToString("x", CultureInfo.InvariantCulture))
            .Append(" max_entries=").Append(Get(t, "max_entries")).Append(" config=0x").Append(U(t, "config").ToString("x", CultureInfo.InvariantCulture));
        foreach (JsonElement property in t.GetProperty("properties").EnumerateArray())
        {
            var (className, p) = Unwrap(property);
            ulong type = U(p, "type");
            string label = type < (ulong)TableFeatureProps.Length ? TableFeatureProps[type] : type == 0xfffe ? "experimenter" : type == 0xffff ? "experimenter_miss" : type.ToString(CultureInfo.InvariantCulture);
            text.Append("\n    ").Append(label).Append(": ").Append(className switch
            {
                "OFPTableFeaturePropInstructions" => string.Join(",", p.GetProperty("instruction_ids").EnumerateArray().Select(i => Instruction(U(Unwrap(i).Body, "type")))),
                "OFPTableFeaturePropActions" => string.Join(",", p.GetProperty("action_ids").EnumerateArray().Select(a => Get(Unwrap(a).Body, "type"))),
                "OFPTableFeaturePropNextTables" => string.Join(",", p.GetProperty("table_ids").EnumerateArray().Select(Scalar)),
                "OFPTableFeaturePropOxm" => string.Join(",", p.GetProperty("oxm_ids").EnumerateArray().Select(o => Get(Unwrap(o).Body, "type") + (U(Unwrap(o).Body, "hasmask") != 0 ? "/mask" : ""))),
                "OFPTableFeaturePropExperimenter" => "experimenter=0x" + U(p, "experimenter").ToString("x", CultureInfo.InvariantCulture) + " exp_type=" + Get(p, "exp_type"),
                _ => Bytes(p, "data"),
            });
        }

        return text.ToString();
    }

    private static string Instruction(ulong type) => type switch
    {
        1 => "goto_table",
        2 => "write_metadata",
        3 => "write_actions",
        4 => "apply_actions",
        5 => "clear_actions",
        6 => "meter",
        0xffff => "experimenter",
        _ => type.ToString(CultureInfo.InvariantCulture),
    };

    private static string Command(JsonElement body, string[] names) => Name(names, U(body, "command")).ToUpperInvariant();

    private static string Name(string[] names, ulong value) => value < (ulong)names.Length ? names[value] : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The names of the bits set, comma-separated; unnamed bits as numbers; <c>0</c> when none.</summary>
    private static string Flags(ulong bits, string[] names)
    {
        var parts = new List<string>();
        for (int i = 0; i < 64; i++)
        {
            if ((bits & (1UL << i)) != 0)
            {
                parts.Add(i < names.Length ? names[i] : "0x" + (1UL << i).ToString("x", CultureInfo.InvariantCulture));
            }
        }

        return parts.Count == 0 ? "0" : string.Join(",", parts);
    }

    private static string BandTypes(ulong bits) => Flags(bits, ["0", "drop", "dscp_remark"]);

    private static string PortConfig(ulong bits) => bits == 0 ? "0" : Flags(bits, PortConfigBits);

    private static string Rate(ulong rate) => rate > 1000 ? "disabled" : (rate / 10.0).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Duration(JsonElement e) => Get(e, "duration_sec") + "." + U(e, "duration_nsec").ToString("000000000", CultureInfo.InvariantCulture)[..3] + "s";

    private static string More(JsonElement body, string key) => (U(body, key) & 1) != 0 ? " (more)" : "";

    private static string GroupId(ulong id) => id switch
    {
        0xfffffffc => "ALL",
        0xffffffff => "ANY",
        _ => id.ToString(CultureInfo.InvariantCulture),
    };

    private static string MeterId(ulong id) => id switch
    {
        0xfffffffd => "slowpath",
        0xfffffffe => "controller",
        0xffffffff => "all",
        _ => id.ToString(CultureInfo.InvariantCulture),
    };

    private static string Table(ulong id) => id == 0xff ? "all" : id.ToString(CultureInfo.InvariantCulture);

    private static ulong Pair(JsonElement body, string key, int index) =>
        body.TryGetProperty(key, out JsonElement v) && v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > index && v[index].TryGetUInt64(out ulong n) ? n : 0;

    private static ulong U(JsonElement body, string key) => body.TryGetProperty(key, out JsonElement v) && v.TryGetUInt64(out ulong n) ? n : 0;
}
