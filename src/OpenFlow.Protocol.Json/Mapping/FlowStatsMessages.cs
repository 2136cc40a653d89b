using System.Text.Json;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// Ryu classes of the flow statistics multiparts: <c>OFPFlowStatsRequest</c>, <c>OFPAggregateStatsRequest</c> (the same
/// body), <c>OFPFlowStatsReply</c> with its <c>OFPFlowStats</c> entries and <c>OFPAggregateStatsReply</c>, read through the
/// codec's multipart views and written through its writer.
/// </summary>
internal static class FlowStatsMessages
{
    public static void Register()
    {
        FlowRequest("OFPFlowStatsRequest", OfpMultipartType.Flow);
        FlowRequest("OFPAggregateStatsRequest", OfpMultipartType.Aggregate);
        MultipartMessages.Reply("OFPFlowStatsReply", OfpMultipartType.Flow, WriteFlowStatsBody, EncodeFlowStatsBody);
        MultipartMessages.Reply("OFPAggregateStatsReply", OfpMultipartType.Aggregate, WriteAggregateBody, EncodeAggregateBody);
    }

    /// <summary>A flow or aggregate request: fixed fields and a match.</summary>
    private static void FlowRequest(string className, OfpMultipartType type)
    {
        MessageEntry entry = MessageTable.Get(className);
        entry.Decode = (json, message) =>
        {
            MultipartRequestView view = MultipartRequestView.Read(message);
            FlowStatsRequestView request = type == OfpMultipartType.Flow ? view.ReadFlowStatsRequest() : view.ReadAggregateStatsRequest();
            json.WriteNumber("cookie", request.Cookie.Value);
            json.WriteNumber("cookie_mask", request.CookieMask.Value);
            json.WriteNumber("flags", (ushort)view.Flags);
            json.WritePropertyName("match");
            MatchJson.Write(json, request.Match);
            json.WriteNumber("out_group", request.OutGroup.Value);
            json.WriteNumber("out_port", request.OutPort.Value);
            json.WriteNumber("table_id", request.TableId.Value);
            json.WriteNumber("type", (ushort)view.Type);
        };
        entry.Encode = (ref OpenFlowWriter writer, JsonBody body, Xid xid) =>
        {
            var flags = (OfpMultipartRequestFlags)body.UInt16("flags", 0);
            MultipartMessages.CheckType(body, type);
            TableId tableId = body.UInt8("table_id", TableId.All.Value);
            PortNo outPort = body.UInt32("out_port", PortNo.Any.Value);
            GroupId outGroup = body.UInt32("out_group", GroupId.Any.Value);
            Cookie cookie = body.UInt64("cookie", 0);
            Cookie cookieMask = body.UInt64("cookie_mask", 0);
            LengthSlot slot = type == OfpMultipartType.Flow
                ? writer.BeginFlowStatsRequest(xid, tableId, outPort, outGroup, cookie, cookieMask, flags)
                : writer.BeginAggregateStatsRequest(xid, tableId, outPort, outGroup, cookie, cookieMask, flags);
            MatchJson.Encode(ref writer, body.Required("match"), body.PathOf("match"));
            body.EnsureAllRead();
            writer.EndMessage(slot);
        };
    }

    private static void WriteFlowStatsBody(Utf8JsonWriter json, MultipartReplyView reply)
    {
        json.WriteStartArray();
        foreach (FlowStatsView stats in reply.GetFlowStats())
        {
            json.WriteStartObject();
            json.WriteStartObject("OFPFlowStats");
            json.WriteNumber("byte_count", stats.ByteCount);
            json.WriteNumber("cookie", stats.Cookie.Value);
            json.WriteNumber("duration_nsec", stats.DurationNsec);
            json.WriteNumber("duration_sec", stats.DurationSec);
            json.WriteNumber("flags", (ushort)stats.Flags);
            json.WriteNumber("hard_timeout", stats.HardTimeout);
            json.WriteNumber("idle_timeout", stats.IdleTimeout);
            InstructionJson.WriteList(json, "instructions", stats.Instructions);
            json.WriteNumber("length", stats.Length);
            json.WritePropertyName("match");
            MatchJson.Write(json, stats.Match);
            json.WriteNumber("packet_count", stats.PacketCount);
            json.WriteNumber("priority", stats.Priority);
            json.WriteNumber("table_id", stats.TableId.Value);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void EncodeFlowStatsBody(ref OpenFlowWriter writer, JsonBody body)
    {
        foreach (var (element, path) in body.List("body"))
        {
            JsonBody stats = JsonBody.Unwrap(element, path, "OFPFlowStats");
            int? length = stats.OptionalLength("length");
            var fields = new FlowStatsFields
            {
                TableId = stats.UInt8("table_id", 0),
                DurationSec = stats.UInt32("duration_sec", 0),
                DurationNsec = stats.UInt32("duration_nsec", 0),
                Priority = stats.UInt16("priority", FlowModSpec.DefaultPriority),
                IdleTimeout = stats.UInt16("idle_timeout", 0),
                HardTimeout = stats.UInt16("hard_timeout", 0),
                Flags = (OfpFlowModFlags)stats.UInt16("flags", 0),
                Cookie = stats.UInt64("cookie", 0),
                PacketCount = stats.UInt64("packet_count", 0),
                ByteCount = stats.UInt64("byte_count", 0),
            };
            LengthSlot slot = writer.BeginFlowStats(in fields);
            MatchJson.Encode(ref writer, stats.Required("match"), stats.PathOf("match"));
            InstructionJson.EncodeList(ref writer, stats, "instructions");
            stats.EnsureAllRead();
            writer.EndFlowStats(slot);
            Lengths.Apply(ref writer, slot.Start, slot.LengthOffset, length, stats.PathOf("length"));
        }
    }

    private static void WriteAggregateBody(Utf8JsonWriter json, MultipartReplyView reply)
    {
        AggregateStatsReplyView aggregate = reply.ReadAggregateStats();
        json.WriteStartObject();
        json.WriteStartObject("OFPAggregateStats");
        json.WriteNumber("byte_count", aggregate.ByteCount);
        json.WriteNumber("flow_count", aggregate.FlowCount);
        json.WriteNumber("packet_count", aggregate.PacketCount);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void EncodeAggregateBody(ref OpenFlowWriter writer, JsonBody body)
    {
        JsonBody stats = body.Object("body", "OFPAggregateStats");
        writer.WriteUInt64(stats.UInt64("packet_count", 0));
        writer.WriteUInt64(stats.UInt64("byte_count", 0));
        writer.WriteUInt32(stats.UInt32("flow_count", 0));
        writer.WriteZeros(4);
        stats.EnsureAllRead();
    }
}
