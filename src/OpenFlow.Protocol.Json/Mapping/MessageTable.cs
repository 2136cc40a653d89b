using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// Every OpenFlow 1.3 message class Ryu knows, by name and by wire type. Each area (<see cref="BasicMessages"/>,
/// <see cref="FlowMessages"/>, <see cref="MultipartMessages"/>, ...) attaches decoders and encoders to the classes
/// the codec models; the rest stay listed so that they are reported as "not supported yet", never as unknown.
/// </summary>
internal static class MessageTable
{
    public const int MultipartTypeOffset = OfpHeader.Size;

    /// <summary><c>OFPMP_EXPERIMENTER</c>.</summary>
    public const ushort MultipartExperimenter = 0xffff;

    private static readonly Dictionary<string, MessageEntry> ByName = new(StringComparer.Ordinal);
    private static readonly Dictionary<int, MessageEntry> ByWire = new();

    static MessageTable()
    {
        Add("OFPHello", OfpType.Hello);
        Add("OFPErrorMsg", OfpType.Error);
        Add("OFPEchoRequest", OfpType.EchoRequest);
        Add("OFPEchoReply", OfpType.EchoReply);
        Add("OFPExperimenter", OfpType.Experimenter);
        Add("OFPFeaturesRequest", OfpType.FeaturesRequest);
        Add("OFPSwitchFeatures", OfpType.FeaturesReply);
        Add("OFPGetConfigRequest", OfpType.GetConfigRequest);
        Add("OFPGetConfigReply", OfpType.GetConfigReply);
        Add("OFPSetConfig", OfpType.SetConfig);
        Add("OFPPacketIn", OfpType.PacketIn);
        Add("OFPFlowRemoved", OfpType.FlowRemoved);
        Add("OFPPortStatus", OfpType.PortStatus);
        Add("OFPPacketOut", OfpType.PacketOut);
        Add("OFPFlowMod", OfpType.FlowMod);
        Add("OFPGroupMod", OfpType.GroupMod);
        Add("OFPPortMod", OfpType.PortMod);
        Add("OFPTableMod", OfpType.TableMod);
        Add("OFPBarrierRequest", OfpType.BarrierRequest);
        Add("OFPBarrierReply", OfpType.BarrierReply);
        Add("OFPQueueGetConfigRequest", OfpType.QueueGetConfigRequest);
        Add("OFPQueueGetConfigReply", OfpType.QueueGetConfigReply);
        Add("OFPRoleRequest", OfpType.RoleRequest);
        Add("OFPRoleReply", OfpType.RoleReply);
        Add("OFPGetAsyncRequest", OfpType.GetAsyncRequest);
        Add("OFPGetAsyncReply", OfpType.GetAsyncReply);
        Add("OFPSetAsync", OfpType.SetAsync);
        Add("OFPMeterMod", OfpType.MeterMod);

        string[] multipart =
        [
            "Desc", "Flow", "Aggregate", "Table", "Port", "Queue", "Group", "GroupDesc", "GroupFeatures",
            "Meter", "MeterConfig", "MeterFeatures", "TableFeatures", "PortDesc",
        ];
        for (int i = 0; i < multipart.Length; i++)
        {
            Add("OFP" + multipart[i] + "StatsRequest", OfpType.MultipartRequest, i);
            Add("OFP" + multipart[i] + "StatsReply", OfpType.MultipartReply, i);
        }

        Add("OFPExperimenterStatsRequest", OfpType.MultipartRequest, MultipartExperimenter);
        Add("OFPExperimenterStatsReply", OfpType.MultipartReply, MultipartExperimenter);

        // ONF and Nicira experimenter multiparts are classes of their own in Ryu; listed by name only.
        AddNameOnly("ONFFlowMonitorStatsRequest", OfpType.MultipartRequest, MultipartExperimenter);

        BasicMessages.Register();
        FlowMessages.Register();
        MultipartMessages.Register();
    }

    public static MessageEntry Get(string className) => ByName[className];

    public static MessageEntry? Find(string className) => ByName.TryGetValue(className, out MessageEntry? entry) ? entry : null;

    /// <summary>The class of a message from its header (and multipart type); null for a type OpenFlow 1.3 lacks.</summary>
    public static MessageEntry? Find(ReadOnlySpan<byte> message)
    {
        var type = (OfpType)message[OfpHeader.TypeOffset];
        int multipartType = -1;
        if (type is OfpType.MultipartRequest or OfpType.MultipartReply)
        {
            if (message.Length < MultipartTypeOffset + 2)
            {
                return null;
            }

            multipartType = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(MultipartTypeOffset));
        }

        if (multipartType == MultipartExperimenter && message.Length >= MultipartTypeOffset + 16
            && BinaryPrimitives.ReadUInt32BigEndian(message.Slice(MultipartTypeOffset + 8)) == OxmTable.OnfExperimenter
            && type == OfpType.MultipartRequest)
        {
            // Ryu decodes ONF's flow monitor (EXT-187) as a class of its own.
            return ByName["ONFFlowMonitorStatsRequest"];
        }

        return ByWire.TryGetValue(Key(type, multipartType), out MessageEntry? entry) ? entry : null;
    }

    public static string Describe(OfpType type, int multipartType) =>
        multipartType < 0
            ? "message type " + ((byte)type).ToString(CultureInfo.InvariantCulture)
            : "multipart type " + multipartType.ToString(CultureInfo.InvariantCulture);

    private static void Add(string className, OfpType type, int multipartType = -1)
    {
        var entry = new MessageEntry(className, type, multipartType);
        ByName.Add(className, entry);
        ByWire.Add(Key(type, multipartType), entry);
    }

    private static void AddNameOnly(string className, OfpType type, int multipartType) =>
        ByName.Add(className, new MessageEntry(className, type, multipartType));

    private static int Key(OfpType type, int multipartType) => ((int)type << 17) | (multipartType & 0x1ffff);
}
