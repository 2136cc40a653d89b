using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Tools.Ofp;

/// <summary>
/// One-message text in the spirit of <c>ovs-ofctl ofp-print</c>, built from the message's Ryu JSON (so the text and
/// JSON never disagree): <c>OFPT_FLOW_MOD (OF1.3) (xid=0x0): ADD table:1 priority=123 eth_dst=... actions=output:6</c>.
/// </summary>
internal static partial class TextFormatter
{
    private static readonly string[] TypeNames =
    [
        "HELLO", "ERROR", "ECHO_REQUEST", "ECHO_REPLY", "EXPERIMENTER", "FEATURES_REQUEST", "FEATURES_REPLY",
        "GET_CONFIG_REQUEST", "GET_CONFIG_REPLY", "SET_CONFIG", "PACKET_IN", "FLOW_REMOVED", "PORT_STATUS",
        "PACKET_OUT", "FLOW_MOD", "GROUP_MOD", "PORT_MOD", "TABLE_MOD", "MULTIPART_REQUEST", "MULTIPART_REPLY",
        "BARRIER_REQUEST", "BARRIER_REPLY", "QUEUE_GET_CONFIG_REQUEST", "QUEUE_GET_CONFIG_REPLY", "ROLE_REQUEST",
        "ROLE_REPLY", "GET_ASYNC_REQUEST", "GET_ASYNC_REPLY", "SET_ASYNC", "METER_MOD",
    ];

    private static readonly string[] FlowModCommands = ["ADD", "MODIFY", "MODIFY_STRICT", "DELETE", "DELETE_STRICT"];

    /// <summary><c>OFPT_FLOW_MOD</c> for a message's type byte.</summary>
    public static string TypeName(ReadOnlySpan<byte> message)
    {
        int type = message.Length > OfpHeader.TypeOffset ? message[OfpHeader.TypeOffset] : -1;
        return type >= 0 && type < TypeNames.Length ? "OFPT_" + TypeNames[type] : "OFPT_" + type.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary><c>OFPT_FLOW_MOD (OF1.3) (xid=0x0):</c></summary>
    public static string Header(ReadOnlySpan<byte> message)
    {
        string version = message[OfpHeader.VersionOffset] switch
        {
            OfpVersion.Of10 => "OF1.0",
            OfpVersion.Of11 => "OF1.1",
            OfpVersion.Of12 => "OF1.2",
            OfpVersion.Of13 => "OF1.3",
            OfpVersion.Of14 => "OF1.4",
            OfpVersion.Of15 => "OF1.5",
            byte v => "OF 0x" + v.ToString("x2", CultureInfo.InvariantCulture),
        };
        uint xid = message.Length >= OfpHeader.Size ? BinaryPrimitives.ReadUInt32BigEndian(message.Slice(OfpHeader.XidOffset)) : 0;
        return $"{TypeName(message)} ({version}) (xid=0x{xid.ToString("x", CultureInfo.InvariantCulture)}):";
    }

    /// <summary>The text of one message from its bytes (for the header) and its Ryu JSON document.</summary>
    public static string Format(ReadOnlySpan<byte> message, JsonElement document)
    {
        var text = new StringBuilder(Header(message));
        var (className, body) = Unwrap(document);
        if (className == "OFPTruncatedMessage")
        {
            text.Append(" (truncated)");
            (className, body) = Unwrap(body);
        }

        string rest = className switch
        {
            "OFPFlowMod" => FlowMod(body),
            "OFPPacketIn" or "OFPPacketOut" or "OFPFlowRemoved" => Fields(body, ["match", "actions", "instructions", "data"]) + Flow(body) + Data(body),
            _ => Ofp13(className, body) ?? Fields(body, []),
        };
        if (rest.Length > 0)
        {
            text.Append(' ').Append(rest.TrimStart());
        }

        return text.ToString();
    }

    private static string FlowMod(JsonElement body)
    {
        var text = new StringBuilder();
        int command = Int(body, "command");
        text.Append(command >= 0 && command < FlowModCommands.Length ? FlowModCommands[command] : "command=" + command.ToString(CultureInfo.InvariantCulture));
        text.Append(" table:").Append(Get(body, "table_id"));
        text.Append(" priority=").Append(Get(body, "priority"));
        foreach (string key in new[] { "cookie", "cookie_mask", "idle_timeout", "hard_timeout", "flags" })
        {
            if (body.TryGetProperty(key, out JsonElement v) && v.ValueKind == JsonValueKind.Number && v.GetRawText() != "0")
            {
                text.Append(' ').Append(key).Append('=').Append(key.StartsWith("cookie", StringComparison.Ordinal) ? Hex(v) : v.GetRawText());
            }
        }

        foreach (var (key, none) in new[] { ("buffer_id", 0xffffffffUL), ("out_port", 0xffffffffUL), ("out_group", 0xffffffffUL) })
        {
            if (body.TryGetProperty(key, out JsonElement v) && v.TryGetUInt64(out ulong n) && n != none && !(key == "buffer_id" && n == 0xffff))
            {
                text.Append(' ').Append(key).Append('=').Append(key == "out_port" ? Port(n) : n.ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.Append(Flow(body)).ToString();
    }

    /// <summary>The match fields and the actions or instructions of a flow-like message.</summary>
    private static string Flow(JsonElement body)
    {
        var text = new StringBuilder();
        if (body.TryGetProperty("match", out JsonElement match))
        {
            string fields = Match(match);
            if (fields.Length > 0)
            {
                text.Append(' ').Append(fields);
            }
        }

        if (body.TryGetProperty("instructions", out JsonElement instructions))
        {
            var parts = instructions.EnumerateArray().Select(Instruction).ToList();
            text.Append(parts.Count == 0 ? " actions=drop" : " " + string.Join(",", parts));
        }

        if (body.TryGetProperty("actions", out JsonElement actions))
        {
            text.Append(" actions=").Append(Actions(actions));
        }

        return text.ToString();
    }

    private static string Match(JsonElement match)
    {
        var (_, body) = Unwrap(match);
        var parts = new List<string>();
        foreach (JsonElement oxm in body.GetProperty("oxm_fields").EnumerateArray())
        {
            var (_, tlv) = Unwrap(oxm);
            string value = Scalar(tlv.GetProperty("value"));
            JsonElement mask = tlv.GetProperty("mask");
            parts.Add(tlv.GetProperty("field").GetString() + "=" + value + (mask.ValueKind == JsonValueKind.Null ? "" : "/" + Scalar(mask)));
        }

        return string.Join(",", parts);
    }

    private static string Instruction(JsonElement instruction)
    {
        var (name, body) = Unwrap(instruction);
        return name switch
        {
            "OFPInstructionActions" => Int(body, "type") switch
            {
                4 => "actions=" + Actions(body.GetProperty("actions")),
                3 => "write_actions(" + Actions(body.GetProperty("actions")) + ")",
                _ => "clear_actions",
            },
            "OFPInstructionGotoTable" => "goto_table:" + Get(body, "table_id"),
            "OFPInstructionMeter" => "meter:" + Get(body, "meter_id"),
            "OFPInstructionWriteMetadata" => "write_metadata:" + Hex(body.GetProperty("metadata")) + "/" + Hex(body.GetProperty("metadata_mask")),
            _ => Generic(name, body),
        };
    }

    private static string Actions(JsonElement actions)
    {
        var parts = actions.EnumerateArray().Select(Action).ToList();
        return parts.Count == 0 ? "drop" : string.Join(",", parts);
    }

    private static string Action(JsonElement action)
    {
        var (name, body) = Unwrap(action);
        return name switch
        {
            "OFPActionOutput" => "output:" + Port(body.GetProperty("port").GetUInt64()) + (Int(body, "max_len") is int m && m != 0xffff && body.GetProperty("port").GetUInt64() == 0xfffffffd ? ":" + m.ToString(CultureInfo.InvariantCulture) : ""),
            "OFPActionSetField" => SetField(body),
            "OFPActionGroup" => "group:" + Get(body, "group_id"),
            "OFPActionSetQueue" => "set_queue:" + Get(body, "queue_id"),
            "OFPActionSetMplsTtl" => "set_mpls_ttl:" + Get(body, "mpls_ttl"),
            "OFPActionSetNwTtl" => "set_nw_ttl:" + Get(body, "nw_ttl"),
            "OFPActionDecMplsTtl" => "dec_mpls_ttl",
            "OFPActionDecNwTtl" => "dec_ttl",
            "OFPActionCopyTtlOut" => "copy_ttl_out",
            "OFPActionCopyTtlIn" => "copy_ttl_in",
            "OFPActionPopVlan" => "pop_vlan",
            "OFPActionPopPbb" => "pop_pbb",
            "OFPActionPushVlan" => "push_vlan:" + Hex(body.GetProperty("ethertype")),
            "OFPActionPushMpls" => "push_mpls:" + Hex(body.GetProperty("ethertype")),
            "OFPActionPushPbb" => "push_pbb:" + Hex(body.GetProperty("ethertype")),
            "OFPActionPopMpls" => "pop_mpls:" + Hex(body.GetProperty("ethertype")),
            "OFPActionExperimenterUnknown" => "experimenter(" + Hex(body.GetProperty("experimenter")) + "):" + Bytes(body, "data"),
            _ => Generic(name, body),
        };
    }

    private static string SetField(JsonElement body)
    {
        var (_, tlv) = Unwrap(body.GetProperty("field"));
        return "set_field:" + Scalar(tlv.GetProperty("value")) + "->" + tlv.GetProperty("field").GetString();
    }

    /// <summary>The carried packet, as its length and its headers in flow syntax (the raw bytes are in the JSON form).</summary>
    private static string Data(JsonElement body)
    {
        if (!body.TryGetProperty("data", out JsonElement data) || data.ValueKind != JsonValueKind.String)
        {
            return "";
        }

        byte[] frame = data.GetBytesFromBase64();
        return frame.Length == 0
            ? ""
            : " data_len=" + frame.Length.ToString(CultureInfo.InvariantCulture) + " packet=" + PacketSummary.Describe(frame);
    }

    /// <summary>Every field as <c>key=value</c>, nested classes as <c>Name(...)</c>, except the keys listed.</summary>
    private static string Fields(JsonElement body, string[] except)
    {
        var parts = new List<string>();
        foreach (JsonProperty property in body.EnumerateObject())
        {
            if (except.Contains(property.Name))
            {
                continue;
            }

            parts.Add(property.Name + "=" + Value(property.Value, property.Name));
        }

        return string.Join(" ", parts);
    }

    private static string Generic(string name, JsonElement body) => name switch
    {
        "OFPMatch" => "match(" + Match(Wrap(name, body)) + ")",
        "OFPFlowStats" => "\n  " + Fields(body, ["match", "instructions", "length"]) + Flow(body),
        // Nicira actions: their experimenter id, subtype and type say nothing the name does not.
        _ when name.StartsWith("NXAction", StringComparison.Ordinal) =>
            ShortName(name) + "(" + string.Join(",", Fields(body, ["len", "length", "type", "experimenter", "subtype"]).Split(' ', StringSplitOptions.RemoveEmptyEntries)) + ")",
        _ => ShortName(name) + "(" + string.Join(",", Fields(body, ["len", "length"]).Split(' ', StringSplitOptions.RemoveEmptyEntries)) + ")",
    };

    /// <summary>A list as <c>[a,b]</c>, or one item per line when the items are lines of their own.</summary>
    private static string List(List<string> items) =>
        items.Count > 0 && items.TrueForAll(i => i.StartsWith('\n')) ? string.Concat(items) : "[" + string.Join(",", items) + "]";

    private static JsonElement Wrap(string name, JsonElement body)
    {
        using var document = JsonDocument.Parse("{\"" + name + "\":" + body.GetRawText() + "}");
        return document.RootElement.Clone();
    }

    private static string Value(JsonElement value, string key) => value.ValueKind switch
    {
        JsonValueKind.Object when IsClass(value) => Generic(Unwrap(value).Name, Unwrap(value).Body),
        JsonValueKind.Array => List(value.EnumerateArray().Select(v => Value(v, key)).ToList()),
        JsonValueKind.String when key == "data" => Base64(value.GetString()!),
        JsonValueKind.Number when value.TryGetUInt64(out ulong n) && key is "in_port" or "out_port" or "port" or "port_no" => Port(n),
        JsonValueKind.Number when value.TryGetUInt64(out ulong n) && key == "buffer_id" && n == BufferId.NoBuffer.Value => BufferId.NoBuffer.ToString(),
        JsonValueKind.Number when key is "cookie" or "cookie_mask" or "datapath_id" => Hex(value),
        _ => Scalar(value),
    };

    private static string ShortName(string name) =>
        name.StartsWith("OFPAction", StringComparison.Ordinal) ? name["OFPAction".Length..].ToLowerInvariant()
        : name.StartsWith("NXAction", StringComparison.Ordinal) ? SnakeCase(name["NXAction".Length..])
        : name.StartsWith("OFP", StringComparison.Ordinal) ? name[3..]
        : name;

    /// <summary><c>RegLoad</c> as <c>reg_load</c>, <c>CT</c> as <c>ct</c>, <c>DecTtlCntIds</c> as <c>dec_ttl_cnt_ids</c>.</summary>
    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool boundary = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (boundary)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "null",
        _ => value.GetRawText(),
    };

    private static string Bytes(JsonElement body, string key) => Base64(body.GetProperty(key).GetString() ?? "");

    private static string Base64(string text)
    {
        try
        {
            byte[] bytes = Convert.FromBase64String(text);
            return bytes.Length == 0 ? "\"\"" : "0x" + Convert.ToHexString(bytes).ToLowerInvariant();
        }
        catch (FormatException)
        {
            return "\"" + text + "\"";
        }
    }

    private static string Port(ulong port) => port <= uint.MaxValue && port > 0xffffff00 ? new PortNo((uint)port).ToString() : port.ToString(CultureInfo.InvariantCulture);

    private static string Hex(JsonElement value) => value.TryGetUInt64(out ulong n) ? "0x" + n.ToString("x", CultureInfo.InvariantCulture) : value.GetRawText();

    private static int Int(JsonElement body, string key) => body.TryGetProperty(key, out JsonElement v) && v.TryGetInt32(out int n) ? n : -1;

    private static string Get(JsonElement body, string key) => body.TryGetProperty(key, out JsonElement v) ? Scalar(v) : "?";

    private static bool IsClass(JsonElement value)
    {
        using var e = value.EnumerateObject();
        return e.MoveNext() && char.IsUpper(e.Current.Name[0]) && !e.MoveNext();
    }

    private static (string Name, JsonElement Body) Unwrap(JsonElement element)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            return (property.Name, property.Value);
        }

        return ("", element);
    }
}
