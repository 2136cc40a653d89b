using System;
using System.Collections.Generic;
using System.Text.Json;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// Ryu classes of the controller-to-switch configuration messages and their replies: group mod, port mod, table mod,
/// meter mod, queue configuration, role, asynchronous configuration.
/// </summary>
internal static class ControllerMessages
{
    private const string MinRateClass = "OFPQueuePropMinRate";
    private const string MaxRateClass = "OFPQueuePropMaxRate";
    private const string QueueExperimenterClass = "OFPQueuePropExperimenter";
    private const string QueueUnknownClass = "OFPQueuePropUnknown";
    private const string PacketQueueClass = "OFPPacketQueue";

    public static void Register()
    {
        Set("OFPGroupMod", DecodeGroupMod, EncodeGroupMod);
        Set("OFPPortMod", DecodePortMod, EncodePortMod);
        Set("OFPTableMod", DecodeTableMod, EncodeTableMod);
        Set("OFPMeterMod", DecodeMeterMod, EncodeMeterMod);
        Set("OFPQueueGetConfigRequest", DecodeQueueRequest, EncodeQueueRequest);
        Set("OFPQueueGetConfigReply", DecodeQueueReply, EncodeQueueReply);
        Set("OFPRoleRequest", DecodeRole, (ref OpenFlowWriter w, JsonBody b, Xid x) => EncodeRole(ref w, b, x, OfpType.RoleRequest));
        Set("OFPRoleReply", DecodeRole, (ref OpenFlowWriter w, JsonBody b, Xid x) => EncodeRole(ref w, b, x, OfpType.RoleReply));
        Set("OFPGetAsyncReply", DecodeAsync, (ref OpenFlowWriter w, JsonBody b, Xid x) => EncodeAsync(ref w, b, x, OfpType.GetAsyncReply));
        Set("OFPSetAsync", DecodeAsync, (ref OpenFlowWriter w, JsonBody b, Xid x) => EncodeAsync(ref w, b, x, OfpType.SetAsync));
    }

    private static void Set(string className, MessageDecoder decode, MessageEncoder encode)
    {
        MessageEntry entry = MessageTable.Get(className);
        entry.Decode = decode;
        entry.Encode = encode;
    }

    private static void DecodeGroupMod(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        GroupModView view = GroupModView.Read(message);
        GroupJson.WriteBuckets(json, view.Buckets);
        json.WriteNumber("command", (ushort)view.Command);
        json.WriteNumber("group_id", view.GroupId.Value);
        json.WriteNumber("type", (byte)view.GroupType);
    }

    private static void EncodeGroupMod(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        LengthSlot slot = writer.BeginGroupMod(
            xid,
            (OfpGroupModCommand)body.UInt16("command", 0),
            (OfpGroupType)body.UInt8("type"),
            new GroupId(body.UInt32("group_id", 0)));
        GroupJson.EncodeBuckets(ref writer, body);
        body.EnsureAllRead();
        writer.EndMessage(slot);
    }

    private static void DecodePortMod(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        PortModView view = PortModView.Read(message);
        json.WriteNumber("advertise", (uint)view.Advertise);
        json.WriteNumber("config", (uint)view.Config);
        json.WriteString("hw_addr", view.HwAddr.ToString());
        json.WriteNumber("mask", (uint)view.Mask);
        json.WriteNumber("port_no", view.PortNo.Value);
    }

    private static void EncodePortMod(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        var port = new PortNo(body.UInt32("port_no", 0));
        MacAddress mac = default;
        if (body.TryGet("hw_addr", out JsonElement hw))
        {
            string text = hw.ValueKind == JsonValueKind.String ? hw.GetString()! : throw new RyuJsonException(body.PathOf("hw_addr"), "expected a MAC address string");
            if (!MacAddress.TryParse(text.AsSpan(), out mac))
            {
                throw new RyuJsonException(body.PathOf("hw_addr"), "not a MAC address");
            }
        }

        var config = (OfpPortConfig)body.UInt32("config", 0);
        var mask = (OfpPortConfig)body.UInt32("mask", 0);
        var advertise = (OfpPortFeatures)body.UInt32("advertise", 0);
        body.EnsureAllRead();
        writer.WritePortMod(xid, port, mac, config, mask, advertise);
    }

    private static void DecodeTableMod(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        TableModView view = TableModView.Read(message);
        json.WriteNumber("config", (uint)view.Config);
        json.WriteNumber("table_id", view.TableId.Value);
    }

    private static void EncodeTableMod(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        var table = new TableId(body.UInt8("table_id"));
        var config = (OfpTableConfig)body.UInt32("config");
        body.EnsureAllRead();
        writer.WriteTableMod(xid, table, config);
    }

    private static void DecodeMeterMod(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        MeterModView view = MeterModView.Read(message);
        MeterBandJson.WriteBands(json, view.Bands);
        json.WriteNumber("command", (ushort)view.Command);
        json.WriteNumber("flags", (ushort)view.Flags);
        json.WriteNumber("meter_id", view.MeterId.Value);
    }

    private static void EncodeMeterMod(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        LengthSlot slot = writer.BeginMeterMod(
            xid,
            (OfpMeterModCommand)body.UInt16("command", 0),
            (OfpMeterFlags)body.UInt16("flags", (ushort)OfpMeterFlags.Kbps),
            new MeterId(body.UInt32("meter_id", 1)));
        MeterBandJson.EncodeBands(ref writer, body);
        body.EnsureAllRead();
        writer.EndMessage(slot);
    }

    private static void DecodeQueueRequest(Utf8JsonWriter json, ReadOnlySpan<byte> message) =>
        json.WriteNumber("port", QueueGetConfigRequestView.Read(message).Port.Value);

    private static void EncodeQueueRequest(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        var port = new PortNo(body.UInt32("port"));
        body.EnsureAllRead();
        writer.WriteQueueGetConfigRequest(xid, port);
    }

    private static void DecodeQueueReply(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        QueueGetConfigReplyView view = QueueGetConfigReplyView.Read(message);
        json.WriteNumber("port", view.Port.Value);
        json.WriteStartArray("queues");
        foreach (PacketQueueView queue in view.Queues)
        {
            json.WriteStartObject();
            json.WriteStartObject(PacketQueueClass);
            json.WriteNumber("len", queue.Length);
            json.WriteNumber("port", queue.Port.Value);
            json.WriteStartArray("properties");
            foreach (QueuePropertyView property in queue.Properties)
            {
                json.WriteStartObject();
                switch (property.Property)
                {
                    case OfpQueueProperties.MinRate:
                    case OfpQueueProperties.MaxRate:
                        json.WriteStartObject(property.Property == OfpQueueProperties.MinRate ? MinRateClass : MaxRateClass);
                        json.WriteNumber("len", property.Length);
                        json.WriteNumber("property", (ushort)property.Property);
                        json.WriteNumber("rate", property.Rate);
                        break;
                    case OfpQueueProperties.Experimenter:
                        json.WriteStartObject(QueueExperimenterClass);
                        WriteByteList(json, property.ExperimenterData);
                        json.WriteNumber("experimenter", property.Experimenter);
                        json.WriteNumber("len", property.Length);
                        json.WriteNumber("property", (ushort)property.Property);
                        break;
                    default:
                        json.WriteStartObject(QueueUnknownClass);
                        WriteByteList(json, property.Raw.Slice(QueuePropertyView.HeaderSize));
                        json.WriteNumber("len", property.Length);
                        json.WriteNumber("property", (ushort)property.Property);
                        break;
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("queue_id", queue.QueueId);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void EncodeQueueReply(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        LengthSlot slot = writer.BeginQueueGetConfigReply(xid, new PortNo(body.UInt32("port")));
        foreach (var (element, path) in body.List("queues"))
        {
            JsonBody queue = JsonBody.Unwrap(element, path, PacketQueueClass);
            int? len = queue.OptionalLength("len");
            LengthSlot queueSlot = writer.BeginPacketQueue(queue.UInt32("queue_id"), new PortNo(queue.UInt32("port")));
            foreach (var (propertyElement, propertyPath) in queue.List("properties"))
            {
                EncodeQueueProperty(ref writer, JsonBody.Unwrap(propertyElement, propertyPath));
            }

            queue.EnsureAllRead();
            writer.EndPacketQueue(queueSlot);
            Lengths.Apply(ref writer, queueSlot.Start, queueSlot.LengthOffset, len, queue.PathOf("len"));
        }

        body.EnsureAllRead();
        writer.EndMessage(slot);
    }

    private static void EncodeQueueProperty(ref OpenFlowWriter writer, JsonBody property)
    {
        int start = writer.BytesWritten;
        int? len = property.OptionalLength("len");
        switch (property.ClassName)
        {
            case MinRateClass:
                ExpectProperty(property, OfpQueueProperties.MinRate);
                writer.WriteMinRateQueueProperty(property.UInt16("rate"));
                break;
            case MaxRateClass:
                ExpectProperty(property, OfpQueueProperties.MaxRate);
                writer.WriteMaxRateQueueProperty(property.UInt16("rate"));
                break;
            case QueueExperimenterClass:
                ExpectProperty(property, OfpQueueProperties.Experimenter);
                uint experimenter = property.UInt32("experimenter");
                writer.WriteExperimenterQueueProperty(experimenter, ReadByteList(property));
                break;
            case QueueUnknownClass:
                ushort type = property.UInt16("property");
                byte[] rest = ReadByteList(property);
                writer.WriteUInt16(type);
                writer.WriteUInt16((ushort)(QueuePropertyView.HeaderSize + rest.Length));
                writer.WriteZeros(4);
                writer.WriteBytes(rest);
                break;
            default:
                throw new RyuJsonException(property.Path, "\"" + property.ClassName + "\" is not a Ryu queue property class");
        }

        property.EnsureAllRead();
        Lengths.Apply(ref writer, start, start + 2, len, property.PathOf("len"));
    }

    private static void ExpectProperty(JsonBody property, OfpQueueProperties type)
    {
        if (property.UInt16("property", (ushort)type) != (ushort)type)
        {
            throw new RyuJsonException(property.PathOf("property"), property.ClassName + " has property " + ((ushort)type).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Ryu prints queue property data as a list of byte values.</summary>
    private static void WriteByteList(Utf8JsonWriter json, ReadOnlySpan<byte> data)
    {
        json.WriteStartArray("data");
        foreach (byte b in data)
        {
            json.WriteNumberValue(b);
        }

        json.WriteEndArray();
    }

    private static byte[] ReadByteList(JsonBody body)
    {
        var bytes = new List<byte>();
        if (body.TryGet("data", out JsonElement data))
        {
            if (data.ValueKind != JsonValueKind.Array)
            {
                throw new RyuJsonException(body.PathOf("data"), "expected a list of byte values");
            }

            int i = 0;
            foreach (JsonElement item in data.EnumerateArray())
            {
                bytes.Add((byte)JsonBody.ToUInt(item, body.PathOf("data") + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", byte.MaxValue));
                i++;
            }
        }

        return bytes.ToArray();
    }

    private static void DecodeRole(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        RoleView view = RoleView.Read(message);
        json.WriteNumber("generation_id", view.GenerationId);
        json.WriteNumber("role", (uint)view.Role);
    }

    private static void EncodeRole(ref OpenFlowWriter writer, JsonBody body, Xid xid, OfpType type)
    {
        var role = (OfpControllerRole)body.UInt32("role");
        ulong generation = body.UInt64("generation_id");
        body.EnsureAllRead();
        if (type == OfpType.RoleRequest)
        {
            writer.WriteRoleRequest(xid, role, generation);
        }
        else
        {
            writer.WriteRoleReply(xid, role, generation);
        }
    }

    private static void DecodeAsync(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        AsyncConfigView view = AsyncConfigView.Read(message);
        WritePair(json, "flow_removed_mask", view.FlowRemovedMaskMaster, view.FlowRemovedMaskSlave);
        WritePair(json, "packet_in_mask", view.PacketInMaskMaster, view.PacketInMaskSlave);
        WritePair(json, "port_status_mask", view.PortStatusMaskMaster, view.PortStatusMaskSlave);
    }

    private static void WritePair(Utf8JsonWriter json, string key, uint master, uint slave)
    {
        json.WriteStartArray(key);
        json.WriteNumberValue(master);
        json.WriteNumberValue(slave);
        json.WriteEndArray();
    }

    private static void EncodeAsync(ref OpenFlowWriter writer, JsonBody body, Xid xid, OfpType type)
    {
        var (pm, ps) = ReadPair(body, "packet_in_mask");
        var (sm, ss) = ReadPair(body, "port_status_mask");
        var (fm, fs) = ReadPair(body, "flow_removed_mask");
        body.EnsureAllRead();
        var spec = new AsyncConfigSpec
        {
            PacketInMaskMaster = pm,
            PacketInMaskSlave = ps,
            PortStatusMaskMaster = sm,
            PortStatusMaskSlave = ss,
            FlowRemovedMaskMaster = fm,
            FlowRemovedMaskSlave = fs,
        };
        if (type == OfpType.SetAsync)
        {
            writer.WriteSetAsync(xid, in spec);
        }
        else
        {
            writer.WriteGetAsyncReply(xid, in spec);
        }
    }

    private static (uint Master, uint Slave) ReadPair(JsonBody body, string key)
    {
        JsonElement value = body.Required(key);
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() != 2)
        {
            throw new RyuJsonException(body.PathOf(key), "expected a list of two masks [master/equal, slave]");
        }

        return ((uint)JsonBody.ToUInt(value[0], body.PathOf(key) + "[0]", uint.MaxValue), (uint)JsonBody.ToUInt(value[1], body.PathOf(key) + "[1]", uint.MaxValue));
    }
}
