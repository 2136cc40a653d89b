using System;
using System.Collections.Generic;
using System.Text.Json;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// Ryu classes of the statistics and features multiparts beyond desc, flow, aggregate and port description:
/// table, port, queue, group, group description and features, meter, meter configuration and features, table
/// features, experimenter, and ONF's flow monitor request.
/// </summary>
internal static class StatsMessages
{
    private static readonly FixedField[] TableStats =
    [
        new("table_id", 0, 1), FixedField.Pad(1, 3), new("active_count", 4, 4), new("lookup_count", 8, 8), new("matched_count", 16, 8),
    ];

    private static readonly FixedField[] PortStats =
    [
        new("port_no", 0, 4), FixedField.Pad(4, 4), new("rx_packets", 8, 8), new("tx_packets", 16, 8), new("rx_bytes", 24, 8), new("tx_bytes", 32, 8),
        new("rx_dropped", 40, 8), new("tx_dropped", 48, 8), new("rx_errors", 56, 8), new("tx_errors", 64, 8), new("rx_frame_err", 72, 8),
        new("rx_over_err", 80, 8), new("rx_crc_err", 88, 8), new("collisions", 96, 8), new("duration_sec", 104, 4), new("duration_nsec", 108, 4),
    ];

    private static readonly FixedField[] QueueStats =
    [
        new("port_no", 0, 4), new("queue_id", 4, 4), new("tx_bytes", 8, 8), new("tx_packets", 16, 8), new("tx_errors", 24, 8),
        new("duration_sec", 32, 4), new("duration_nsec", 36, 4),
    ];

    private static readonly FixedField[] GroupStats =
    [
        new("length", 0, 2), FixedField.Pad(2, 2), new("group_id", 4, 4), new("ref_count", 8, 4), FixedField.Pad(12, 4),
        new("packet_count", 16, 8), new("byte_count", 24, 8), new("duration_sec", 32, 4), new("duration_nsec", 36, 4),
    ];

    private static readonly FixedField[] BucketCounter = [new("packet_count", 0, 8), new("byte_count", 8, 8)];

    private static readonly FixedField[] MeterStats =
    [
        new("meter_id", 0, 4), new("len", 4, 2), FixedField.Pad(6, 6), new("flow_count", 12, 4), new("packet_in_count", 16, 8),
        new("byte_in_count", 24, 8), new("duration_sec", 32, 4), new("duration_nsec", 36, 4),
    ];

    private static readonly FixedField[] MeterBandStats = [new("packet_band_count", 0, 8), new("byte_band_count", 8, 8)];

    private static readonly FixedField[] MeterFeatures =
    [
        new("max_meter", 0, 4), new("band_types", 4, 4), new("capabilities", 8, 4), new("max_bands", 12, 1), new("max_color", 13, 1), FixedField.Pad(14, 2),
    ];

    private static readonly FixedField[] PortStatsRequest = [new("port_no", 0, 4, 0xffffffff), FixedField.Pad(4, 4)];
    private static readonly FixedField[] QueueStatsRequest = [new("port_no", 0, 4, 0xffffffff), new("queue_id", 4, 4, 0xffffffff)];
    private static readonly FixedField[] GroupStatsRequest = [new("group_id", 0, 4, 0xfffffffc), FixedField.Pad(4, 4)];
    private static readonly FixedField[] MeterRequest = [new("meter_id", 0, 4, 0xffffffff), FixedField.Pad(4, 4)];

    public static void Register()
    {
        MultipartMessages.Request("OFPTableStatsRequest", OfpMultipartType.Table);
        MultipartMessages.Request("OFPGroupDescStatsRequest", OfpMultipartType.GroupDesc);
        MultipartMessages.Request("OFPGroupFeaturesStatsRequest", OfpMultipartType.GroupFeatures);
        MultipartMessages.Request("OFPMeterFeaturesStatsRequest", OfpMultipartType.MeterFeatures);
        FixedRequest("OFPPortStatsRequest", OfpMultipartType.PortStats, PortStatsRequest);
        FixedRequest("OFPQueueStatsRequest", OfpMultipartType.Queue, QueueStatsRequest);
        FixedRequest("OFPGroupStatsRequest", OfpMultipartType.Group, GroupStatsRequest);
        FixedRequest("OFPMeterStatsRequest", OfpMultipartType.Meter, MeterRequest);
        FixedRequest("OFPMeterConfigStatsRequest", OfpMultipartType.MeterConfig, MeterRequest);
        TableFeaturesRequest();
        ExperimenterRequest();
        OnfFlowMonitorRequest();

        MultipartMessages.Reply("OFPTableStatsReply", OfpMultipartType.Table, (json, reply) =>
        {
            json.WriteStartArray();
            foreach (TableStatsView entry in reply.GetTableStats())
            {
                WriteFixed(json, "OFPTableStats", entry.Raw, TableStats);
            }

            json.WriteEndArray();
        }, (ref OpenFlowWriter w, JsonBody b) => EncodeFixedList(ref w, b, "OFPTableStats", TableStats));
        MultipartMessages.Reply("OFPPortStatsReply", OfpMultipartType.PortStats, (json, reply) =>
        {
            json.WriteStartArray();
            foreach (PortStatsView entry in reply.GetPortStats())
            {
                WriteFixed(json, "OFPPortStats", entry.Raw, PortStats);
            }

            json.WriteEndArray();
        }, (ref OpenFlowWriter w, JsonBody b) => EncodeFixedList(ref w, b, "OFPPortStats", PortStats));
        MultipartMessages.Reply("OFPQueueStatsReply", OfpMultipartType.Queue, (json, reply) =>
        {
            json.WriteStartArray();
            foreach (QueueStatsView entry in reply.GetQueueStats())
            {
                WriteFixed(json, "OFPQueueStats", entry.Raw, QueueStats);
            }

            json.WriteEndArray();
        }, (ref OpenFlowWriter w, JsonBody b) => EncodeFixedList(ref w, b, "OFPQueueStats", QueueStats));
        MultipartMessages.Reply("OFPGroupStatsReply", OfpMultipartType.Group, WriteGroupStats, EncodeGroupStats);
        MultipartMessages.Reply("OFPGroupDescStatsReply", OfpMultipartType.GroupDesc, WriteGroupDesc, EncodeGroupDesc);
        MultipartMessages.Reply("OFPGroupFeaturesStatsReply", OfpMultipartType.GroupFeatures, WriteGroupFeatures, EncodeGroupFeatures);
        MultipartMessages.Reply("OFPMeterStatsReply", OfpMultipartType.Meter, WriteMeterStats, EncodeMeterStats);
        MultipartMessages.Reply("OFPMeterConfigStatsReply", OfpMultipartType.MeterConfig, WriteMeterConfig, EncodeMeterConfig);
        MultipartMessages.Reply("OFPMeterFeaturesStatsReply", OfpMultipartType.MeterFeatures, (json, reply) =>
        {
            MeterFeaturesView features = reply.ReadMeterFeatures();
            json.WriteStartArray();
            WriteFixed(json, "OFPMeterFeaturesStats", features.Raw, MeterFeatures);
            json.WriteEndArray();
        }, (ref OpenFlowWriter w, JsonBody b) => EncodeFixedList(ref w, b, "OFPMeterFeaturesStats", MeterFeatures));
        MultipartMessages.Reply(
            "OFPTableFeaturesStatsReply",
            OfpMultipartType.TableFeatures,
            (json, reply) => TableFeaturesJson.WriteList(json, reply.GetTableFeatures()),
            (ref OpenFlowWriter w, JsonBody b) => TableFeaturesJson.EncodeList(ref w, b));
        MultipartMessages.Reply("OFPExperimenterStatsReply", OfpMultipartType.Experimenter, WriteExperimenterReply, EncodeExperimenterReply);
    }

    private static void WriteFixed(Utf8JsonWriter json, string className, ReadOnlySpan<byte> raw, FixedField[] fields)
    {
        json.WriteStartObject();
        json.WriteStartObject(className);
        FixedFields.WriteAll(json, raw, fields);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static JsonBody Expect(JsonElement element, string path, string className)
    {
        JsonBody body = JsonBody.Unwrap(element, path);
        if (body.ClassName != className)
        {
            throw new RyuJsonException(body.Path, "expected an " + className + ", not " + body.ClassName);
        }

        return body;
    }

    private static void EncodeFixedList(ref OpenFlowWriter writer, JsonBody body, string className, FixedField[] fields)
    {
        foreach (var (element, path) in body.List("body"))
        {
            JsonBody entry = Expect(element, path, className);
            FixedFields.Encode(ref writer, entry, fields, writer.BytesWritten);
            entry.EnsureAllRead();
        }
    }

    /// <summary>A request whose body is a fixed struct whose fields sit next to <c>flags</c> and <c>type</c>.</summary>
    private static void FixedRequest(string className, OfpMultipartType type, FixedField[] fields)
    {
        MessageEntry entry = MessageTable.Get(className);
        int size = FixedFields.End(fields);
        entry.Decode = (json, message) =>
        {
            MultipartRequestView view = MultipartRequestView.Read(message);
            if (view.Body.Length != size)
            {
                throw Format.BadLength(OfpType.MultipartRequest, "body", MultipartRequestView.BodyOffset, "this multipart request has a fixed-size body");
            }

            json.WriteNumber("flags", (ushort)view.Flags);
            FixedFields.WriteAll(json, view.Body, fields);
            json.WriteNumber("type", (ushort)view.Type);
        };
        entry.Encode = (ref OpenFlowWriter writer, JsonBody body, Xid xid) =>
        {
            var flags = (OfpMultipartRequestFlags)body.UInt16("flags", 0);
            MultipartMessages.CheckType(body, type);
            LengthSlot slot = writer.BeginMultipartRequest(xid, type, flags);
            FixedFields.Encode(ref writer, body, fields, writer.BytesWritten);
            body.EnsureAllRead();
            writer.EndMessage(slot);
        };
    }

    private static void TableFeaturesRequest()
    {
        MessageEntry entry = MessageTable.Get("OFPTableFeaturesStatsRequest");
        entry.Decode = (json, message) =>
        {
            MultipartRequestView view = MultipartRequestView.Read(message);
            json.WritePropertyName("body");
            TableFeaturesJson.WriteList(json, view.GetTableFeatures());
            json.WriteNumber("flags", (ushort)view.Flags);
            json.WriteNumber("type", (ushort)view.Type);
        };
        entry.Encode = (ref OpenFlowWriter writer, JsonBody body, Xid xid) =>
        {
            var flags = (OfpMultipartRequestFlags)body.UInt16("flags", 0);
            MultipartMessages.CheckType(body, OfpMultipartType.TableFeatures);
            LengthSlot slot = writer.BeginMultipartRequest(xid, OfpMultipartType.TableFeatures, flags);
            TableFeaturesJson.EncodeList(ref writer, body);
            body.EnsureAllRead();
            writer.EndMessage(slot);
        };
    }

    private static void ExperimenterRequest()
    {
        MessageEntry entry = MessageTable.Get("OFPExperimenterStatsRequest");
        entry.Decode = (json, message) =>
        {
            MultipartRequestView view = MultipartRequestView.Read(message);
            ExperimenterMultipartView experimenter = view.ReadExperimenter();
            json.WriteBase64String("data", experimenter.Data);
            json.WriteNumber("exp_type", experimenter.ExpType);
            json.WriteNumber("experimenter", experimenter.Experimenter);
            json.WriteNumber("flags", (ushort)view.Flags);
            json.WriteNumber("type", (ushort)view.Type);
        };
        entry.Encode = (ref OpenFlowWriter writer, JsonBody body, Xid xid) =>
        {
            var flags = (OfpMultipartRequestFlags)body.UInt16("flags", 0);
            MultipartMessages.CheckType(body, OfpMultipartType.Experimenter);
            uint experimenter = body.UInt32("experimenter");
            uint expType = body.UInt32("exp_type");
            byte[] data = body.Bytes("data");
            body.EnsureAllRead();
            writer.WriteExperimenterMultipartRequest(xid, experimenter, expType, data, flags);
        };
    }

    private static void WriteExperimenterReply(Utf8JsonWriter json, MultipartReplyView reply)
    {
        ExperimenterMultipartView experimenter = reply.ReadExperimenter();
        json.WriteStartObject();
        json.WriteStartObject("OFPExperimenterMultipart");
        json.WriteBase64String("data", experimenter.Data);
        json.WriteNumber("exp_type", experimenter.ExpType);
        json.WriteNumber("experimenter", experimenter.Experimenter);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void EncodeExperimenterReply(ref OpenFlowWriter writer, JsonBody body)
    {
        JsonBody multipart = body.Object("body");
        if (multipart.ClassName != "OFPExperimenterMultipart")
        {
            throw new RyuJsonException(multipart.Path, "expected an OFPExperimenterMultipart, not " + multipart.ClassName);
        }

        writer.WriteUInt32(multipart.UInt32("experimenter"));
        writer.WriteUInt32(multipart.UInt32("exp_type"));
        writer.WriteBytes(multipart.Bytes("data"));
        multipart.EnsureAllRead();
    }

    private static void OnfFlowMonitorRequest()
    {
        MessageEntry entry = MessageTable.Get("ONFFlowMonitorStatsRequest");
        entry.Decode = (json, message) =>
        {
            MultipartRequestView view = MultipartRequestView.Read(message);
            ExperimenterMultipartView experimenter = view.ReadExperimenter();
            json.WriteStartArray("body");
            foreach (OnfFlowMonitorRequestView request in view.GetOnfFlowMonitorRequests())
            {
                json.WriteStartObject();
                json.WriteStartObject("ONFFlowMonitorRequest");
                json.WriteNumber("flags", (ushort)request.Flags);
                json.WriteNumber("id", request.Id);
                json.WriteStartObject("match");
                json.WriteStartObject(MatchJson.ClassName);
                json.WriteNumber("length", MatchView.HeaderSize + request.MatchLen);
                json.WriteStartArray("oxm_fields");
                foreach (OxmView oxm in request.OxmFields)
                {
                    OxmJson.Write(json, oxm.Bytes);
                }

                json.WriteEndArray();
                json.WriteNumber("type", MatchView.TypeOxm);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteNumber("match_len", request.MatchLen);
                json.WriteNumber("out_port", request.OutPort.Value);
                json.WriteNumber("table_id", request.TableId.Value);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("exp_type", experimenter.ExpType);
            json.WriteNumber("experimenter", experimenter.Experimenter);
            json.WriteNumber("flags", (ushort)view.Flags);
            json.WriteNumber("type", (ushort)view.Type);
        };
        entry.Encode = (ref OpenFlowWriter writer, JsonBody body, Xid xid) =>
        {
            var flags = (OfpMultipartRequestFlags)body.UInt16("flags", 0);
            MultipartMessages.CheckType(body, OfpMultipartType.Experimenter);
            if (body.UInt32("experimenter", OnfFlowMonitorRequestView.OnfExperimenterId) != OnfFlowMonitorRequestView.OnfExperimenterId
                || body.UInt32("exp_type", OnfFlowMonitorRequestView.FlowMonitorExpType) != OnfFlowMonitorRequestView.FlowMonitorExpType)
            {
                throw new RyuJsonException(body.Path, "an ONF flow monitor request has experimenter 0x4f4e4600 and exp_type 1870");
            }

            LengthSlot slot = writer.BeginOnfFlowMonitorMultipart(xid, flags);
            foreach (var (element, path) in body.List("body"))
            {
                JsonBody request = Expect(element, path, "ONFFlowMonitorRequest");
                LengthSlot entrySlot = writer.BeginOnfFlowMonitorRequest(
                    request.UInt32("id"),
                    (OnfFlowMonitorFlags)request.UInt16("flags"),
                    new PortNo(request.UInt32("out_port", PortNo.Any.Value)),
                    new TableId((byte)request.UInt16("table_id", TableId.All.Value)));
                int? matchLen = request.OptionalLength("match_len");
                int fieldsStart = writer.BytesWritten;
                if (request.TryGet("match", out JsonElement matchElement))
                {
                    JsonBody match = Expect(matchElement, request.PathOf("match"), MatchJson.ClassName);
                    if (match.UInt16("type", MatchView.TypeOxm) != MatchView.TypeOxm)
                    {
                        throw new RyuJsonException(match.PathOf("type"), "an ONF flow monitor match is OXM (type 1)");
                    }

                    int? length = match.OptionalLength("length");
                    foreach (var (oxm, oxmPath) in match.List("oxm_fields"))
                    {
                        OxmJson.Encode(ref writer, oxm, oxmPath);
                    }

                    match.EnsureAllRead();
                    Lengths.Expect(length, MatchView.HeaderSize + (writer.BytesWritten - fieldsStart), match.PathOf("length"));
                }

                Lengths.Expect(matchLen, writer.BytesWritten - fieldsStart, request.PathOf("match_len"));
                request.EnsureAllRead();
                writer.EndOnfFlowMonitorRequest(entrySlot);
            }

            body.EnsureAllRead();
            writer.EndMessage(slot);
        };
    }

    private static void WriteGroupStats(Utf8JsonWriter json, MultipartReplyView reply)
    {
        json.WriteStartArray();
        foreach (GroupStatsView stats in reply.GetGroupStats())
        {
            json.WriteStartObject();
            json.WriteStartObject("OFPGroupStats");
            json.WriteStartArray("bucket_stats");
            foreach (BucketCounterView counter in stats.BucketStats)
            {
                WriteFixed(json, "OFPBucketCounter", counter.Raw, BucketCounter);
            }

            json.WriteEndArray();
            FixedFields.WriteAll(json, stats.Raw, GroupStats);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void EncodeGroupStats(ref OpenFlowWriter writer, JsonBody body)
    {
        foreach (var (element, path) in body.List("body"))
        {
            JsonBody stats = Expect(element, path, "OFPGroupStats");
            int start = writer.BytesWritten;
            int? length = stats.OptionalLength("length");
            FixedFields.Encode(ref writer, stats, GroupStats, start);
            foreach (var (counter, counterPath) in stats.List("bucket_stats"))
            {
                JsonBody c = Expect(counter, counterPath, "OFPBucketCounter");
                FixedFields.Encode(ref writer, c, BucketCounter, writer.BytesWritten);
                c.EnsureAllRead();
            }

            stats.EnsureAllRead();
            writer.PatchUInt16(start, writer.BytesWritten - start);
            Lengths.Apply(ref writer, start, start, length, stats.PathOf("length"));
        }
    }

    private static void WriteGroupDesc(Utf8JsonWriter json, MultipartReplyView reply)
    {
        json.WriteStartArray();
        foreach (GroupDescView desc in reply.GetGroupDesc())
        {
            json.WriteStartObject();
            json.WriteStartObject("OFPGroupDescStats");
            GroupJson.WriteBuckets(json, desc.Buckets);
            json.WriteNumber("group_id", desc.GroupId.Value);
            json.WriteNumber("length", desc.Length);
            json.WriteNumber("type", (byte)desc.GroupType);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void EncodeGroupDesc(ref OpenFlowWriter writer, JsonBody body)
    {
        foreach (var (element, path) in body.List("body"))
        {
            JsonBody desc = Expect(element, path, "OFPGroupDescStats");
            int? length = desc.OptionalLength("length");
            LengthSlot slot = writer.BeginGroupDesc((OfpGroupType)desc.UInt8("type"), new GroupId(desc.UInt32("group_id")));
            GroupJson.EncodeBuckets(ref writer, desc);
            desc.EnsureAllRead();
            writer.EndGroupDesc(slot);
            Lengths.Apply(ref writer, slot.Start, slot.LengthOffset, length, desc.PathOf("length"));
        }
    }

    private static void WriteGroupFeatures(Utf8JsonWriter json, MultipartReplyView reply)
    {
        GroupFeaturesView features = reply.ReadGroupFeatures();
        json.WriteStartObject();
        json.WriteStartObject("OFPGroupFeaturesStats");
        json.WriteStartArray("actions");
        for (int i = 0; i < 4; i++)
        {
            json.WriteNumberValue(features.GetActions(i));
        }

        json.WriteEndArray();
        json.WriteNumber("capabilities", (uint)features.Capabilities);
        json.WriteStartArray("max_groups");
        for (int i = 0; i < 4; i++)
        {
            json.WriteNumberValue(features.GetMaxGroups(i));
        }

        json.WriteEndArray();
        json.WriteNumber("types", features.Types);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void EncodeGroupFeatures(ref OpenFlowWriter writer, JsonBody body)
    {
        JsonBody features = body.Object("body");
        if (features.ClassName != "OFPGroupFeaturesStats")
        {
            throw new RyuJsonException(features.Path, "expected an OFPGroupFeaturesStats, not " + features.ClassName);
        }

        uint types = features.UInt32("types");
        var capabilities = (OfpGroupCapabilities)features.UInt32("capabilities");
        uint[] maxGroups = Words(features, "max_groups");
        uint[] actions = Words(features, "actions");
        features.EnsureAllRead();
        writer.WriteGroupFeatures(types, capabilities, maxGroups, actions);
    }

    private static uint[] Words(JsonBody body, string key)
    {
        var words = new List<uint>();
        foreach (var (element, path) in body.List(key))
        {
            words.Add((uint)JsonBody.ToUInt(element, path, uint.MaxValue));
        }

        if (words.Count != 4)
        {
            throw new RyuJsonException(body.PathOf(key), "expected four values, one per group type");
        }

        return words.ToArray();
    }

    private static void WriteMeterStats(Utf8JsonWriter json, MultipartReplyView reply)
    {
        json.WriteStartArray();
        foreach (MeterStatsView stats in reply.GetMeterStats())
        {
            json.WriteStartObject();
            json.WriteStartObject("OFPMeterStats");
            json.WriteStartArray("band_stats");
            foreach (MeterBandStatsView band in stats.BandStats)
            {
                WriteFixed(json, "OFPMeterBandStats", band.Raw, MeterBandStats);
            }

            json.WriteEndArray();
            FixedFields.WriteAll(json, stats.Raw, MeterStats);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void EncodeMeterStats(ref OpenFlowWriter writer, JsonBody body)
    {
        foreach (var (element, path) in body.List("body"))
        {
            JsonBody stats = Expect(element, path, "OFPMeterStats");
            int start = writer.BytesWritten;
            int? length = stats.OptionalLength("len");
            FixedFields.Encode(ref writer, stats, MeterStats, start);
            foreach (var (band, bandPath) in stats.List("band_stats"))
            {
                JsonBody b = Expect(band, bandPath, "OFPMeterBandStats");
                FixedFields.Encode(ref writer, b, MeterBandStats, writer.BytesWritten);
                b.EnsureAllRead();
            }

            stats.EnsureAllRead();
            writer.PatchUInt16(start + 4, writer.BytesWritten - start);
            Lengths.Apply(ref writer, start, start + 4, length, stats.PathOf("len"));
        }
    }

    private static void WriteMeterConfig(Utf8JsonWriter json, MultipartReplyView reply)
    {
        json.WriteStartArray();
        foreach (MeterConfigView config in reply.GetMeterConfig())
        {
            json.WriteStartObject();
            json.WriteStartObject("OFPMeterConfigStats");
            MeterBandJson.WriteBands(json, config.Bands);
            json.WriteNumber("flags", (ushort)config.Flags);
            json.WriteNumber("length", config.Length);
            json.WriteNumber("meter_id", config.MeterId.Value);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void EncodeMeterConfig(ref OpenFlowWriter writer, JsonBody body)
    {
        foreach (var (element, path) in body.List("body"))
        {
            JsonBody config = Expect(element, path, "OFPMeterConfigStats");
            int? length = config.OptionalLength("length");
            LengthSlot slot = writer.BeginMeterConfig((OfpMeterFlags)config.UInt16("flags"), new MeterId(config.UInt32("meter_id")));
            MeterBandJson.EncodeBands(ref writer, config);
            config.EnsureAllRead();
            writer.EndMeterConfig(slot);
            Lengths.Apply(ref writer, slot.Start, slot.LengthOffset, length, config.PathOf("length"));
        }
    }
}
