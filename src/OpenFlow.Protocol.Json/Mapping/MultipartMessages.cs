using System;
using System.Text.Json;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// Ryu classes of the multipart requests and replies (<c>OFP*StatsRequest</c>, <c>OFP*StatsReply</c>): each has
/// <c>flags</c> and <c>type</c> next to its body; a reply's <c>body</c> is one class object or a list of them,
/// depending on the type.
/// </summary>
internal static class MultipartMessages
{
    public static void Register()
    {
        Request("OFPDescStatsRequest", OfpMultipartType.Desc);
        Request("OFPPortDescStatsRequest", OfpMultipartType.PortDesc);
        Reply("OFPDescStatsReply", OfpMultipartType.Desc, WriteDescBody, EncodeDescBody);
        Reply("OFPPortDescStatsReply", OfpMultipartType.PortDesc, WritePortDescBody, EncodePortDescBody);
        FlowRequest("OFPFlowStatsRequest", OfpMultipartType.Flow);
        FlowRequest("OFPAggregateStatsRequest", OfpMultipartType.Aggregate);
        Reply("OFPFlowStatsReply", OfpMultipartType.Flow, WriteFlowStatsBody, EncodeFlowStatsBody);
        Reply("OFPAggregateStatsReply", OfpMultipartType.Aggregate, WriteAggregateBody, EncodeAggregateBody);
    }

    /// <summary><c>ofp_flow_stats_request</c> (and the aggregate request, same layout), offsets from the body start, up to its match.</summary>
    private static readonly FixedField[] FlowStatsRequest =
    [
        new("table_id", 0, 1, 0xff), FixedField.Pad(1, 3), new("out_port", 4, 4, 0xffffffff), new("out_group", 8, 4, 0xffffffff),
        FixedField.Pad(12, 4), new("cookie", 16, 8), new("cookie_mask", 24, 8),
    ];

    /// <summary><c>ofp_flow_stats</c> up to its match.</summary>
    private static readonly FixedField[] FlowStats =
    [
        new("length", 0, 2), new("table_id", 2, 1), FixedField.Pad(3, 1), new("duration_sec", 4, 4), new("duration_nsec", 8, 4),
        new("priority", 12, 2, 0x8000), new("idle_timeout", 14, 2), new("hard_timeout", 16, 2), new("flags", 18, 2), FixedField.Pad(20, 4),
        new("cookie", 24, 8), new("packet_count", 32, 8), new("byte_count", 40, 8),
    ];

    /// <summary><c>ofp_aggregate_stats_reply</c>.</summary>
    private static readonly FixedField[] AggregateStats =
    [
        new("packet_count", 0, 8), new("byte_count", 8, 8), new("flow_count", 16, 4), FixedField.Pad(20, 4),
    ];

    private const int FlowStatsRequestMatchOffset = 32;
    private const int FlowStatsMatchOffset = 48;

    /// <summary>A flow or aggregate request: fixed fields and a match.</summary>
    private static void FlowRequest(string className, OfpMultipartType type)
    {
        MessageEntry entry = MessageTable.Get(className);
        entry.Decode = (json, message) =>
        {
            MultipartRequestView view = MultipartRequestView.Read(message);
            ReadOnlySpan<byte> body = view.Body;
            int bodyOffset = MultipartRequestView.BodyOffset;
            FixedFields.Require(body, FlowStatsRequestMatchOffset, OfpType.MultipartRequest, "body.match", bodyOffset + FlowStatsRequestMatchOffset);
            MatchView match = MatchView.Read(body.Slice(FlowStatsRequestMatchOffset), OfpType.MultipartRequest, bodyOffset + FlowStatsRequestMatchOffset);
            if (FlowStatsRequestMatchOffset + match.PaddedLength != body.Length)
            {
                throw Format.BadLength(OfpType.MultipartRequest, "length", 2, "a flow statistics request ends with its match");
            }

            FixedFields.Write(json, body, FlowStatsRequest, "cookie");
            FixedFields.Write(json, body, FlowStatsRequest, "cookie_mask");
            json.WriteNumber("flags", (ushort)view.Flags);
            json.WritePropertyName("match");
            MatchJson.Write(json, match);
            FixedFields.Write(json, body, FlowStatsRequest, "out_group");
            FixedFields.Write(json, body, FlowStatsRequest, "out_port");
            FixedFields.Write(json, body, FlowStatsRequest, "table_id");
            json.WriteNumber("type", (ushort)view.Type);
        };
        entry.Encode = (ref OpenFlowWriter writer, JsonBody body, Xid xid) =>
        {
            var flags = (OfpMultipartRequestFlags)body.UInt16("flags", 0);
            CheckType(body, type);
            LengthSlot slot = writer.BeginMultipartRequest(xid, type, flags);
            FixedFields.Encode(ref writer, body, FlowStatsRequest, writer.BytesWritten);
            MatchJson.Encode(ref writer, body.Required("match"), body.PathOf("match"));
            body.EnsureAllRead();
            writer.EndMessage(slot);
        };
    }

    private static void WriteFlowStatsBody(Utf8JsonWriter json, MultipartReplyView reply)
    {
        ReadOnlySpan<byte> rest = reply.Body;
        int offset = MultipartReplyView.BodyOffset;
        json.WriteStartArray();
        while (!rest.IsEmpty)
        {
            FixedFields.Require(rest, FlowStatsMatchOffset, OfpType.MultipartReply, "body.length", offset);
            int length = (int)FlowStats[0].Read(rest);
            if (length < FlowStatsMatchOffset + MatchView.EmptySize || length > rest.Length)
            {
                throw Format.BadLength(OfpType.MultipartReply, "body.length", offset, "a flow statistics entry's length disagrees with the message");
            }

            ReadOnlySpan<byte> entry = rest.Slice(0, length);
            MatchView match = MatchView.Read(entry.Slice(FlowStatsMatchOffset), OfpType.MultipartReply, offset + FlowStatsMatchOffset);
            int instructionsOffset = FlowStatsMatchOffset + match.PaddedLength;
            var instructions = new InstructionListView(entry.Slice(instructionsOffset), OfpType.MultipartReply, offset + instructionsOffset);
            json.WriteStartObject();
            json.WriteStartObject("OFPFlowStats");
            foreach (string key in new[] { "byte_count", "cookie", "duration_nsec", "duration_sec", "flags", "hard_timeout", "idle_timeout" })
            {
                FixedFields.Write(json, entry, FlowStats, key);
            }

            InstructionJson.WriteList(json, "instructions", instructions);
            FixedFields.Write(json, entry, FlowStats, "length");
            json.WritePropertyName("match");
            MatchJson.Write(json, match);
            foreach (string key in new[] { "packet_count", "priority", "table_id" })
            {
                FixedFields.Write(json, entry, FlowStats, key);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            rest = rest.Slice(length);
            offset += length;
        }

        json.WriteEndArray();
    }

    private static void EncodeFlowStatsBody(ref OpenFlowWriter writer, JsonBody body)
    {
        foreach (var (element, path) in body.List("body"))
        {
            JsonBody stats = JsonBody.Unwrap(element, path);
            if (stats.ClassName != "OFPFlowStats")
            {
                throw new RyuJsonException(stats.Path, "expected an OFPFlowStats, not " + stats.ClassName);
            }

            int start = writer.BytesWritten;
            int? length = stats.OptionalLength("length");
            FixedFields.Encode(ref writer, stats, FlowStats, start);
            MatchJson.Encode(ref writer, stats.Required("match"), stats.PathOf("match"));
            InstructionJson.EncodeList(ref writer, stats, "instructions");
            stats.EnsureAllRead();
            writer.PatchUInt16(start, writer.BytesWritten - start);
            Lengths.Apply(ref writer, start, start, length, stats.PathOf("length"));
        }
    }

    private static void WriteAggregateBody(Utf8JsonWriter json, MultipartReplyView reply)
    {
        ReadOnlySpan<byte> body = reply.Body;
        if (body.Length != FixedFields.End(AggregateStats))
        {
            throw Format.BadLength(OfpType.MultipartReply, "length", 2, "an aggregate statistics reply has a 24-byte body");
        }

        json.WriteStartObject();
        json.WriteStartObject("OFPAggregateStats");
        FixedFields.WriteAll(json, body, AggregateStats);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void EncodeAggregateBody(ref OpenFlowWriter writer, JsonBody body)
    {
        JsonBody stats = body.Object("body");
        if (stats.ClassName != "OFPAggregateStats")
        {
            throw new RyuJsonException(stats.Path, "expected an OFPAggregateStats, not " + stats.ClassName);
        }

        FixedFields.Encode(ref writer, stats, AggregateStats, writer.BytesWritten);
        stats.EnsureAllRead();
    }

    /// <summary>Writes the body of a reply from its <see cref="MultipartReplyView"/>.</summary>
    internal delegate void ReplyBodyDecoder(Utf8JsonWriter json, MultipartReplyView reply);

    /// <summary>Writes the body of a reply after its multipart header.</summary>
    internal delegate void ReplyBodyEncoder(ref OpenFlowWriter writer, JsonBody body);

    /// <summary>A request with an empty body.</summary>
    internal static void Request(string className, OfpMultipartType type)
    {
        MessageEntry entry = MessageTable.Get(className);
        entry.Decode = (json, message) =>
        {
            MultipartRequestView view = MultipartRequestView.Read(message);
            if (!view.TryCheckEmptyBody(out var error))
            {
                throw error.ToException();
            }

            json.WriteNumber("flags", (ushort)view.Flags);
            json.WriteNumber("type", (ushort)view.Type);
        };
        entry.Encode = (ref OpenFlowWriter writer, JsonBody body, Xid xid) =>
        {
            var flags = (OfpMultipartRequestFlags)body.UInt16("flags", 0);
            CheckType(body, type);
            body.EnsureAllRead();
            writer.EndMessage(writer.BeginMultipartRequest(xid, type, flags));
        };
    }

    internal static void Reply(string className, OfpMultipartType type, ReplyBodyDecoder decodeBody, ReplyBodyEncoder encodeBody)
    {
        MessageEntry entry = MessageTable.Get(className);
        entry.Decode = (json, message) =>
        {
            MultipartReplyView view = MultipartReplyView.Read(message);
            json.WritePropertyName("body");
            decodeBody(json, view);
            json.WriteNumber("flags", (ushort)view.Flags);
            json.WriteNumber("type", (ushort)view.Type);
        };
        entry.Encode = (ref OpenFlowWriter writer, JsonBody body, Xid xid) =>
        {
            var flags = (OfpMultipartReplyFlags)body.UInt16("flags", 0);
            CheckType(body, type);
            LengthSlot slot = writer.BeginMultipartReply(xid, type, flags);
            encodeBody(ref writer, body);
            body.EnsureAllRead();
            writer.EndMessage(slot);
        };
    }

    internal static void CheckType(JsonBody body, OfpMultipartType type)
    {
        if (body.UInt16("type", (ushort)type) != (ushort)type)
        {
            throw new RyuJsonException(body.PathOf("type"), body.ClassName + " has multipart type " + ((ushort)type).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void WriteDescBody(Utf8JsonWriter json, MultipartReplyView reply)
    {
        DescView desc = reply.ReadDesc();
        json.WriteStartObject();
        json.WriteStartObject("OFPDescStats");
        JsonWrite.Text(json, "dp_desc", desc.DpDescBytes);
        JsonWrite.Text(json, "hw_desc", desc.HwDescBytes);
        JsonWrite.Text(json, "mfr_desc", desc.MfrDescBytes);
        JsonWrite.Text(json, "serial_num", desc.SerialNumBytes);
        JsonWrite.Text(json, "sw_desc", desc.SwDescBytes);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void EncodeDescBody(ref OpenFlowWriter writer, JsonBody body)
    {
        JsonBody desc = body.Object("body");
        if (desc.ClassName != "OFPDescStats")
        {
            throw new RyuJsonException(desc.Path, "expected an OFPDescStats, not " + desc.ClassName);
        }

        writer.WriteBytes(JsonWrite.FixedBytes(desc.Text("mfr_desc"), DescView.DescStrLen));
        writer.WriteBytes(JsonWrite.FixedBytes(desc.Text("hw_desc"), DescView.DescStrLen));
        writer.WriteBytes(JsonWrite.FixedBytes(desc.Text("sw_desc"), DescView.DescStrLen));
        writer.WriteBytes(JsonWrite.FixedBytes(desc.Text("serial_num"), DescView.SerialNumLen));
        writer.WriteBytes(JsonWrite.FixedBytes(desc.Text("dp_desc"), DescView.DescStrLen));
        desc.EnsureAllRead();
    }

    private static void WritePortDescBody(Utf8JsonWriter json, MultipartReplyView reply)
    {
        json.WriteStartArray();
        foreach (PortView port in reply.GetPorts())
        {
            PortJson.Write(json, port);
        }

        json.WriteEndArray();
    }

    private static void EncodePortDescBody(ref OpenFlowWriter writer, JsonBody body)
    {
        foreach (var (port, path) in body.List("body"))
        {
            writer.WritePort(PortJson.View(PortJson.Encode(port, path)));
        }
    }
}
