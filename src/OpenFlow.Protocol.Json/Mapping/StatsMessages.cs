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
    /// <summary><c>OFPQ_ALL</c>: every queue, Ryu's default <c>queue_id</c> of a queue statistics request.</summary>
    private const uint QueueAll = 0xffffffff;

    public static void Register()
    {
        MultipartMessages.Request("OFPTableStatsRequest", OfpMultipartType.Table);
        MultipartMessages.Request("OFPGroupDescStatsRequest", OfpMultipartType.GroupDesc);
        MultipartMessages.Request("OFPGroupFeaturesStatsRequest", OfpMultipartType.GroupFeatures);
        MultipartMessages.Request("OFPMeterFeaturesStatsRequest", OfpMultipartType.MeterFeatures);
        IdRequest(
            "OFPPortStatsRequest", OfpMultipartType.PortStats, "port_no", PortNo.Any.Value,
            view => view.ReadPortStatsRequest().PortNo.Value,
            (ref OpenFlowWriter w, Xid xid, uint id, OfpMultipartRequestFlags flags) => w.WritePortStatsRequest(xid, new PortNo(id), flags));
        QueueStatsRequest();
        IdRequest(
            "OFPGroupStatsRequest", OfpMultipartType.Group, "group_id", GroupId.All.Value,
            view => view.ReadGroupStatsRequest().GroupId.Value,
            (ref OpenFlowWriter w, Xid xid, uint id, OfpMultipartRequestFlags flags) => w.WriteGroupStatsRequest(xid, new GroupId(id), flags));
        IdRequest(
            "OFPMeterStatsRequest", OfpMultipartType.Meter, "meter_id", MeterId.All.Value,
            view => view.ReadMeterRequest().MeterId.Value,
            (ref OpenFlowWriter w, Xid xid, uint id, OfpMultipartRequestFlags flags) => w.WriteMeterStatsRequest(xid, new MeterId(id), flags));
        IdRequest(
            "OFPMeterConfigStatsRequest", OfpMultipartType.MeterConfig, "meter_id", MeterId.All.Value,
            view => view.ReadMeterRequest().MeterId.Value,
            (ref OpenFlowWriter w, Xid xid, uint id, OfpMultipartRequestFlags flags) => w.WriteMeterConfigRequest(xid, new MeterId(id), flags));
        TableFeaturesRequest();
        ExperimenterRequest();
        OnfFlowMonitorRequest();

        MultipartMessages.Reply("OFPTableStatsReply", OfpMultipartType.Table, WriteTableStats, EncodeTableStats);
        MultipartMessages.Reply("OFPPortStatsReply", OfpMultipartType.PortStats, WritePortStats, EncodePortStats);
        MultipartMessages.Reply("OFPQueueStatsReply", OfpMultipartType.Queue, WriteQueueStats, EncodeQueueStats);
        MultipartMessages.Reply("OFPGroupStatsReply", OfpMultipartType.Group, WriteGroupStats, EncodeGroupStats);
        MultipartMessages.Reply("OFPGroupDescStatsReply", OfpMultipartType.GroupDesc, WriteGroupDesc, EncodeGroupDesc);
        MultipartMessages.Reply("OFPGroupFeaturesStatsReply", OfpMultipartType.GroupFeatures, WriteGroupFeatures, EncodeGroupFeatures);
        MultipartMessages.Reply("OFPMeterStatsReply", OfpMultipartType.Meter, WriteMeterStats, EncodeMeterStats);
        MultipartMessages.Reply("OFPMeterConfigStatsReply", OfpMultipartType.MeterConfig, WriteMeterConfig, EncodeMeterConfig);
        MultipartMessages.Reply("OFPMeterFeaturesStatsReply", OfpMultipartType.MeterFeatures, WriteMeterFeatures, EncodeMeterFeatures);
        MultipartMessages.Reply(
            "OFPTableFeaturesStatsReply",
            OfpMultipartType.TableFeatures,
            (json, reply) => TableFeaturesJson.WriteList(json, reply.GetTableFeatures()),
            (ref OpenFlowWriter w, JsonBody b) => TableFeaturesJson.EncodeList(ref w, b));
        MultipartMessages.Reply("OFPExperimenterStatsReply", OfpMultipartType.Experimenter, WriteExperimenterReply, EncodeExperimenterReply);
    }

    /// <summary>Reads the id of a request whose body is an id and padding.</summary>
    private delegate uint RequestIdReader(MultipartRequestView view);

    /// <summary>Writes a request whose body is an id and padding.</summary>
    private delegate void IdRequestWriter(ref OpenFlowWriter writer, Xid xid, uint id, OfpMultipartRequestFlags flags);

    /// <summary>
    /// A port statistics, group statistics, meter statistics or meter configuration request: a body of one id
    /// (<paramref name="idKey"/>, <paramref name="all"/> when absent) and padding.
    /// </summary>
    private static void IdRequest(string className, OfpMultipartType type, string idKey, uint all, RequestIdReader read, IdRequestWriter write)
    {
        MessageEntry entry = MessageTable.Get(className);
        entry.Decode = (json, message) =>
        {
            MultipartRequestView view = MultipartRequestView.Read(message);
            uint id = read(view);
            json.WriteNumber("flags", (ushort)view.Flags);
            json.WriteNumber(idKey, id);
            json.WriteNumber("type", (ushort)view.Type);
        };
        entry.Encode = (ref OpenFlowWriter writer, JsonBody body, Xid xid) =>
        {
            var flags = (OfpMultipartRequestFlags)body.UInt16("flags", 0);
            MultipartMessages.CheckType(body, type);
            uint id = body.UInt32(idKey, all);
            body.EnsureAllRead();
            write(ref writer, xid, id, flags);
        };
    }

    private static void QueueStatsRequest()
    {
        MessageEntry entry = MessageTable.Get("OFPQueueStatsRequest");
        entry.Decode = (json, message) =>
        {
            MultipartRequestView view = MultipartRequestView.Read(message);
            QueueStatsRequestView request = view.ReadQueueStatsRequest();
            json.WriteNumber("flags", (ushort)view.Flags);
            json.WriteNumber("port_no", request.PortNo.Value);
            json.WriteNumber("queue_id", request.QueueId);
            json.WriteNumber("type", (ushort)view.Type);
        };
        entry.Encode = (ref OpenFlowWriter writer, JsonBody body, Xid xid) =>
        {
            var flags = (OfpMultipartRequestFlags)body.UInt16("flags", 0);
            MultipartMessages.CheckType(body, OfpMultipartType.Queue);
            PortNo portNo = body.UInt32("port_no", PortNo.Any.Value);
            uint queueId = body.UInt32("queue_id", QueueAll);
            body.EnsureAllRead();
            writer.WriteQueueStatsRequest(xid, portNo, queueId, flags);
        };
    }

    private static void WriteTableStats(Utf8JsonWriter json, MultipartReplyView reply)
    {
        json.WriteStartArray();
        foreach (TableStatsView stats in reply.GetTableStats())
        {
            json.WriteStartObject();
            json.WriteStartObject("OFPTableStats");
            json.WriteNumber("active_count", stats.ActiveCount);
            json.WriteNumber("lookup_count", stats.LookupCount);
            json.WriteNumber("matched_count", stats.MatchedCount);
            json.WriteNumber("table_id", stats.TableId.Value);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void EncodeTableStats(ref OpenFlowWriter writer, JsonBody body)
    {
        foreach (var (element, path) in body.List("body"))
        {
            JsonBody stats = JsonBody.Unwrap(element, path, "OFPTableStats");
            TableId tableId = stats.UInt8("table_id", 0);
            uint activeCount = stats.UInt32("active_count", 0);
            ulong lookupCount = stats.UInt64("lookup_count", 0);
            ulong matchedCount = stats.UInt64("matched_count", 0);
            stats.EnsureAllRead();
            writer.WriteTableStats(tableId, activeCount, lookupCount, matchedCount);
        }
    }

    private static void WritePortStats(Utf8JsonWriter json, MultipartReplyView reply)
    {
        json.WriteStartArray();
        foreach (PortStatsView stats in reply.GetPortStats())
        {
            json.WriteStartObject();
            json.WriteStartObject("OFPPortStats");
            json.WriteNumber("collisions", stats.Collisions);
            json.WriteNumber("duration_nsec", stats.DurationNsec);
            json.WriteNumber("duration_sec", stats.DurationSec);
            json.WriteNumber("port_no", stats.PortNo.Value);
            json.WriteNumber("rx_bytes", stats.RxBytes);
            json.WriteNumber("rx_crc_err", stats.RxCrcErr);
            json.WriteNumber("rx_dropped", stats.RxDropped);
            json.WriteNumber("rx_errors", stats.RxErrors);
            json.WriteNumber("rx_frame_err", stats.RxFrameErr);
            json.WriteNumber("rx_over_err", stats.RxOverErr);
            json.WriteNumber("rx_packets", stats.RxPackets);
            json.WriteNumber("tx_bytes", stats.TxBytes);
            json.WriteNumber("tx_dropped", stats.TxDropped);
            json.WriteNumber("tx_errors", stats.TxErrors);
            json.WriteNumber("tx_packets", stats.TxPackets);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void EncodePortStats(ref OpenFlowWriter writer, JsonBody body)
    {
        foreach (var (element, path) in body.List("body"))
        {
            JsonBody stats = JsonBody.Unwrap(element, path, "OFPPortStats");
            var spec = new PortStatsSpec
            {
                PortNo = stats.UInt32("port_no", 0),
                RxPackets = stats.UInt64("rx_packets", 0),
                TxPackets = stats.UInt64("tx_packets", 0),
                RxBytes = stats.UInt64("rx_bytes", 0),
                TxBytes = stats.UInt64("tx_bytes", 0),
                RxDropped = stats.UInt64("rx_dropped", 0),
                TxDropped = stats.UInt64("tx_dropped", 0),
                RxErrors = stats.UInt64("rx_errors", 0),
                TxErrors = stats.UInt64("tx_errors", 0),
                RxFrameErr = stats.UInt64("rx_frame_err", 0),
                RxOverErr = stats.UInt64("rx_over_err", 0),
                RxCrcErr = stats.UInt64("rx_crc_err", 0),
                Collisions = stats.UInt64("collisions", 0),
                DurationSec = stats.UInt32("duration_sec", 0),
                DurationNsec = stats.UInt32("duration_nsec", 0),
            };
            stats.EnsureAllRead();
            writer.WritePortStats(in spec);
        }
    }

    private static void WriteQueueStats(Utf8JsonWriter json, MultipartReplyView reply)
    {
        json.WriteStartArray();
        foreach (QueueStatsView stats in reply.GetQueueStats())
        {
            json.WriteStartObject();
            json.WriteStartObject("OFPQueueStats");
            json.WriteNumber("duration_nsec", stats.DurationNsec);
            json.WriteNumber("duration_sec", stats.DurationSec);
            json.WriteNumber("port_no", stats.PortNo.Value);
            json.WriteNumber("queue_id", stats.QueueId);
            json.WriteNumber("tx_bytes", stats.TxBytes);
            json.WriteNumber("tx_errors", stats.TxErrors);
            json.WriteNumber("tx_packets", stats.TxPackets);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void EncodeQueueStats(ref OpenFlowWriter writer, JsonBody body)
    {
        foreach (var (element, path) in body.List("body"))
        {
            JsonBody stats = JsonBody.Unwrap(element, path, "OFPQueueStats");
            PortNo portNo = stats.UInt32("port_no", 0);
            uint queueId = stats.UInt32("queue_id", 0);
            ulong txBytes = stats.UInt64("tx_bytes", 0);
            ulong txPackets = stats.UInt64("tx_packets", 0);
            ulong txErrors = stats.UInt64("tx_errors", 0);
            uint durationSec = stats.UInt32("duration_sec", 0);
            uint durationNsec = stats.UInt32("duration_nsec", 0);
            stats.EnsureAllRead();
            writer.WriteQueueStats(portNo, queueId, txBytes, txPackets, txErrors, durationSec, durationNsec);
        }
    }

    private static void WriteMeterFeatures(Utf8JsonWriter json, MultipartReplyView reply)
    {
        MeterFeaturesView features = reply.ReadMeterFeatures();
        json.WriteStartArray();
        json.WriteStartObject();
        json.WriteStartObject("OFPMeterFeaturesStats");
        json.WriteNumber("band_types", features.BandTypes);
        json.WriteNumber("capabilities", features.Capabilities);
        json.WriteNumber("max_bands", features.MaxBands);
        json.WriteNumber("max_color", features.MaxColor);
        json.WriteNumber("max_meter", features.MaxMeter);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>Ryu's body is a list; each entry is one <c>ofp_meter_features</c> (a switch sends exactly one).</summary>
    private static void EncodeMeterFeatures(ref OpenFlowWriter writer, JsonBody body)
    {
        foreach (var (element, path) in body.List("body"))
        {
            JsonBody features = JsonBody.Unwrap(element, path, "OFPMeterFeaturesStats");
            uint maxMeter = features.UInt32("max_meter", 0);
            uint bandTypes = features.UInt32("band_types", 0);
            uint capabilities = features.UInt32("capabilities", 0);
            byte maxBands = features.UInt8("max_bands", 0);
            byte maxColor = features.UInt8("max_color", 0);
            features.EnsureAllRead();
            writer.WriteMeterFeatures(maxMeter, bandTypes, capabilities, maxBands, maxColor);
        }
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
        JsonBody multipart = body.Object("body", "OFPExperimenterMultipart");
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
                JsonBody request = JsonBody.Unwrap(element, path, "ONFFlowMonitorRequest");
                LengthSlot entrySlot = writer.BeginOnfFlowMonitorRequest(
                    request.UInt32("id"),
                    (OnfFlowMonitorFlags)request.UInt16("flags"),
                    new PortNo(request.UInt32("out_port", PortNo.Any.Value)),
                    new TableId((byte)request.UInt16("table_id", TableId.All.Value)));
                int? matchLen = request.OptionalLength("match_len");
                int fieldsStart = writer.BytesWritten;
                if (request.TryGet("match", out JsonElement matchElement))
                {
                    JsonBody match = JsonBody.Unwrap(matchElement, request.PathOf("match"), MatchJson.ClassName);
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
                json.WriteStartObject();
                json.WriteStartObject("OFPBucketCounter");
                json.WriteNumber("byte_count", counter.ByteCount);
                json.WriteNumber("packet_count", counter.PacketCount);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("byte_count", stats.ByteCount);
            json.WriteNumber("duration_nsec", stats.DurationNsec);
            json.WriteNumber("duration_sec", stats.DurationSec);
            json.WriteNumber("group_id", stats.GroupId.Value);
            json.WriteNumber("length", stats.Length);
            json.WriteNumber("packet_count", stats.PacketCount);
            json.WriteNumber("ref_count", stats.RefCount);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void EncodeGroupStats(ref OpenFlowWriter writer, JsonBody body)
    {
        foreach (var (element, path) in body.List("body"))
        {
            JsonBody stats = JsonBody.Unwrap(element, path, "OFPGroupStats");
            int? length = stats.OptionalLength("length");
            GroupId groupId = stats.UInt32("group_id", 0);
            uint refCount = stats.UInt32("ref_count", 0);
            ulong packetCount = stats.UInt64("packet_count", 0);
            ulong byteCount = stats.UInt64("byte_count", 0);
            uint durationSec = stats.UInt32("duration_sec", 0);
            uint durationNsec = stats.UInt32("duration_nsec", 0);
            LengthSlot slot = writer.BeginGroupStats(groupId, refCount, packetCount, byteCount, durationSec, durationNsec);
            foreach (var (counterElement, counterPath) in stats.List("bucket_stats"))
            {
                JsonBody counter = JsonBody.Unwrap(counterElement, counterPath, "OFPBucketCounter");
                ulong counterPackets = counter.UInt64("packet_count", 0);
                ulong counterBytes = counter.UInt64("byte_count", 0);
                counter.EnsureAllRead();
                writer.WriteBucketCounter(counterPackets, counterBytes);
            }

            stats.EnsureAllRead();
            writer.EndGroupStats(slot);
            Lengths.Apply(ref writer, slot.Start, slot.LengthOffset, length, stats.PathOf("length"));
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
            JsonBody desc = JsonBody.Unwrap(element, path, "OFPGroupDescStats");
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
        JsonBody features = body.Object("body", "OFPGroupFeaturesStats");
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
                json.WriteStartObject();
                json.WriteStartObject("OFPMeterBandStats");
                json.WriteNumber("byte_band_count", band.ByteBandCount);
                json.WriteNumber("packet_band_count", band.PacketBandCount);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("byte_in_count", stats.ByteInCount);
            json.WriteNumber("duration_nsec", stats.DurationNsec);
            json.WriteNumber("duration_sec", stats.DurationSec);
            json.WriteNumber("flow_count", stats.FlowCount);
            json.WriteNumber("len", stats.Length);
            json.WriteNumber("meter_id", stats.MeterId.Value);
            json.WriteNumber("packet_in_count", stats.PacketInCount);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void EncodeMeterStats(ref OpenFlowWriter writer, JsonBody body)
    {
        foreach (var (element, path) in body.List("body"))
        {
            JsonBody stats = JsonBody.Unwrap(element, path, "OFPMeterStats");
            int? length = stats.OptionalLength("len");
            MeterId meterId = stats.UInt32("meter_id", 0);
            uint flowCount = stats.UInt32("flow_count", 0);
            ulong packetInCount = stats.UInt64("packet_in_count", 0);
            ulong byteInCount = stats.UInt64("byte_in_count", 0);
            uint durationSec = stats.UInt32("duration_sec", 0);
            uint durationNsec = stats.UInt32("duration_nsec", 0);
            LengthSlot slot = writer.BeginMeterStats(meterId, flowCount, packetInCount, byteInCount, durationSec, durationNsec);
            foreach (var (bandElement, bandPath) in stats.List("band_stats"))
            {
                JsonBody band = JsonBody.Unwrap(bandElement, bandPath, "OFPMeterBandStats");
                ulong packetBandCount = band.UInt64("packet_band_count", 0);
                ulong byteBandCount = band.UInt64("byte_band_count", 0);
                band.EnsureAllRead();
                writer.WriteMeterBandStats(packetBandCount, byteBandCount);
            }

            stats.EnsureAllRead();
            writer.EndMeterStats(slot);
            Lengths.Apply(ref writer, slot.Start, slot.LengthOffset, length, stats.PathOf("len"));
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
            JsonBody config = JsonBody.Unwrap(element, path, "OFPMeterConfigStats");
            int? length = config.OptionalLength("length");
            LengthSlot slot = writer.BeginMeterConfig((OfpMeterFlags)config.UInt16("flags"), new MeterId(config.UInt32("meter_id")));
            MeterBandJson.EncodeBands(ref writer, config);
            config.EnsureAllRead();
            writer.EndMeterConfig(slot);
            Lengths.Apply(ref writer, slot.Start, slot.LengthOffset, length, config.PathOf("length"));
        }
    }
}
