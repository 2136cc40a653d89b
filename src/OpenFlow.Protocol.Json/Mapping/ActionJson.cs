using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// Actions as Ryu's classes (<c>{"OFPActionOutput": {"len": 16, "max_len": 65535, "port": 6, "type": 0}}</c>), driven by
/// one table of (type, class, body field). Experimenter actions: Nicira ones by subtype (<see cref="NxActionTable"/>),
/// others as <c>OFPActionExperimenterUnknown</c> with their data (padding included, as Ryu keeps it).
/// </summary>
internal static class ActionJson
{
    private const int NiciraSubtypeOffset = 8;
    private const int NiciraDataOffset = 10;
    private const int ExperimenterDataOffset = 8;

    /// <summary>What follows an action's 4-byte header, and the JSON key for it.</summary>
    private enum Body
    {
        None,
        Output,
        EtherType,
        MplsTtl,
        NwTtl,
        QueueId,
        GroupId,
        SetField,
    }

    private static readonly (OfpActionType Type, string Class, Body Body)[] Standard =
    [
        (OfpActionType.Output, "OFPActionOutput", Body.Output),
        (OfpActionType.CopyTtlOut, "OFPActionCopyTtlOut", Body.None),
        (OfpActionType.CopyTtlIn, "OFPActionCopyTtlIn", Body.None),
        (OfpActionType.SetMplsTtl, "OFPActionSetMplsTtl", Body.MplsTtl),
        (OfpActionType.DecMplsTtl, "OFPActionDecMplsTtl", Body.None),
        (OfpActionType.PushVlan, "OFPActionPushVlan", Body.EtherType),
        (OfpActionType.PopVlan, "OFPActionPopVlan", Body.None),
        (OfpActionType.PushMpls, "OFPActionPushMpls", Body.EtherType),
        (OfpActionType.PopMpls, "OFPActionPopMpls", Body.EtherType),
        (OfpActionType.SetQueue, "OFPActionSetQueue", Body.QueueId),
        (OfpActionType.Group, "OFPActionGroup", Body.GroupId),
        (OfpActionType.SetNwTtl, "OFPActionSetNwTtl", Body.NwTtl),
        (OfpActionType.DecNwTtl, "OFPActionDecNwTtl", Body.None),
        (OfpActionType.SetField, "OFPActionSetField", Body.SetField),
        (OfpActionType.PushPbb, "OFPActionPushPbb", Body.EtherType),
        (OfpActionType.PopPbb, "OFPActionPopPbb", Body.None),
    ];

    private const string ExperimenterUnknownClass = "OFPActionExperimenterUnknown";

    private static readonly Dictionary<string, (OfpActionType Type, Body Body)> ByClass = IndexByClass();

    public static void WriteList(Utf8JsonWriter json, string key, ActionListView actions)
    {
        json.WriteStartArray(key);
        foreach (ActionView action in actions)
        {
            Write(json, action);
        }

        json.WriteEndArray();
    }

    public static void Write(Utf8JsonWriter json, ActionView action)
    {
        if (action.Type == OfpActionType.Experimenter)
        {
            WriteExperimenter(json, action);
            return;
        }

        OfpActionType actionType = action.Type;
        int index = Array.FindIndex(Standard, s => s.Type == actionType);
        if (index < 0)
        {
            throw new RyuJsonNotSupportedException("OFPAction type " + ((ushort)action.Type).ToString(CultureInfo.InvariantCulture));
        }

        var (type, className, body) = Standard[index];
        json.WriteStartObject();
        json.WriteStartObject(className);
        switch (body)
        {
            case Body.Output:
                json.WriteNumber("len", action.Length);
                json.WriteNumber("max_len", action.MaxLength);
                json.WriteNumber("port", action.Port.Value);
                break;
            case Body.EtherType:
                json.WriteNumber("ethertype", action.EtherType.Value);
                json.WriteNumber("len", action.Length);
                break;
            case Body.MplsTtl:
                json.WriteNumber("len", action.Length);
                json.WriteNumber("mpls_ttl", action.MplsTtl);
                break;
            case Body.NwTtl:
                json.WriteNumber("len", action.Length);
                json.WriteNumber("nw_ttl", action.NwTtl);
                break;
            case Body.QueueId:
                json.WriteNumber("len", action.Length);
                json.WriteNumber("queue_id", action.QueueId);
                break;
            case Body.GroupId:
                json.WriteNumber("group_id", action.GroupId.Value);
                json.WriteNumber("len", action.Length);
                break;
            case Body.SetField:
                json.WritePropertyName("field");
                OxmJson.Write(json, action.Field.Bytes);
                json.WriteNumber("len", action.Length);
                break;
            default:
                json.WriteNumber("len", action.Length);
                break;
        }

        json.WriteNumber("type", (ushort)type);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteExperimenter(Utf8JsonWriter json, ActionView action)
    {
        ReadOnlySpan<byte> bytes = action.Bytes;
        json.WriteStartObject();
        if (action.IsNicira)
        {
            ushort subtype = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(NiciraSubtypeOffset));
            if (NxActionTable.ClassOf(subtype) is { } nxClass)
            {
                throw new RyuJsonNotSupportedException(nxClass);
            }

            json.WriteStartObject(NxActionTable.UnknownClass);
            json.WriteBase64String("data", bytes.Slice(NiciraDataOffset));
            json.WriteNumber("experimenter", action.ExperimenterId);
            json.WriteNumber("len", action.Length);
            json.WriteNumber("subtype", subtype);
        }
        else
        {
            json.WriteStartObject(ExperimenterUnknownClass);
            json.WriteBase64String("data", bytes.Slice(ExperimenterDataOffset));
            json.WriteNumber("experimenter", action.ExperimenterId);
            json.WriteNumber("len", action.Length);
        }

        json.WriteNumber("type", (ushort)OfpActionType.Experimenter);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Encodes a list of action class objects found under <paramref name="key"/>.</summary>
    public static void EncodeList(ref OpenFlowWriter writer, JsonBody parent, string key)
    {
        foreach (var (action, path) in parent.List(key))
        {
            Encode(ref writer, action, path);
        }
    }

    public static void Encode(ref OpenFlowWriter writer, JsonElement element, string path)
    {
        JsonBody body = JsonBody.Unwrap(element, path);
        int start = writer.BytesWritten;
        int? len = body.OptionalLength("len");
        if (body.ClassName is ExperimenterUnknownClass or NxActionTable.UnknownClass)
        {
            EncodeExperimenter(ref writer, body);
        }
        else if (ByClass.TryGetValue(body.ClassName, out var entry))
        {
            ushort type = body.UInt16("type", (ushort)entry.Type);
            if (type != (ushort)entry.Type)
            {
                throw new RyuJsonException(body.PathOf("type"), body.ClassName + " has type " + ((ushort)entry.Type).ToString(CultureInfo.InvariantCulture));
            }

            EncodeStandard(ref writer, body, entry.Type, entry.Body);
        }
        else if (body.ClassName.StartsWith("NX", StringComparison.Ordinal))
        {
            throw new RyuJsonNotSupportedException(body.ClassName);
        }
        else
        {
            throw new RyuJsonException(body.Path, "\"" + body.ClassName + "\" is not a Ryu action class");
        }

        body.EnsureAllRead();
        Lengths.Apply(ref writer, start, start + 2, len, body.PathOf("len"));
    }

    private static void EncodeStandard(ref OpenFlowWriter writer, JsonBody body, OfpActionType type, Body kind)
    {
        switch (kind)
        {
            case Body.Output:
                writer.WriteOutputAction(new PortNo(body.UInt32("port")), body.UInt16("max_len", 0xffff));
                break;
            case Body.EtherType:
                var etherType = new EtherType(body.UInt16("ethertype"));
                switch (type)
                {
                    case OfpActionType.PushVlan: writer.WritePushVlanAction(etherType); break;
                    case OfpActionType.PushMpls: writer.WritePushMplsAction(etherType); break;
                    case OfpActionType.PopMpls: writer.WritePopMplsAction(etherType); break;
                    default: writer.WritePushPbbAction(etherType); break;
                }

                break;
            case Body.MplsTtl:
                writer.WriteSetMplsTtlAction(body.UInt8("mpls_ttl"));
                break;
            case Body.NwTtl:
                writer.WriteSetNwTtlAction(body.UInt8("nw_ttl"));
                break;
            case Body.QueueId:
                writer.WriteSetQueueAction(body.UInt32("queue_id"));
                break;
            case Body.GroupId:
                writer.WriteGroupAction(new GroupId(body.UInt32("group_id")));
                break;
            case Body.SetField:
                EncodeSetField(ref writer, body);
                break;
            default:
                switch (type)
                {
                    case OfpActionType.CopyTtlOut: writer.WriteCopyTtlOutAction(); break;
                    case OfpActionType.CopyTtlIn: writer.WriteCopyTtlInAction(); break;
                    case OfpActionType.DecMplsTtl: writer.WriteDecMplsTtlAction(); break;
                    case OfpActionType.PopVlan: writer.WritePopVlanAction(); break;
                    case OfpActionType.DecNwTtl: writer.WriteDecNwTtlAction(); break;
                    default: writer.WritePopPbbAction(); break;
                }

                break;
        }
    }

    private static void EncodeSetField(ref OpenFlowWriter writer, JsonBody body)
    {
        var oxm = OxmJson.Parse(body.Required("field"), body.PathOf("field"));
        var (entry, value, mask) = oxm;
        if (mask is null && entry.OxmClass == OxmTable.BasicClass)
        {
            writer.WriteSetFieldAction((OxmField)entry.Field, value);
        }
        else if (mask is null && entry.OxmClass != OxmTable.ExperimenterClass)
        {
            writer.WriteRawSetFieldAction(entry.OxmClass, entry.Field, value);
        }
        else
        {
            // Experimenter (ONF pbb_uca, NSH) and masked fields: the codec has no writer for them; lay it out here.
            int start = writer.BytesWritten;
            writer.WriteUInt16((ushort)OfpActionType.SetField);
            writer.WriteUInt16(0);
            OxmJson.WriteTlv(ref writer, oxm);
            writer.PadTo8(start);
            writer.PatchUInt16(start + 2, writer.BytesWritten - start);
        }
    }

    private static void EncodeExperimenter(ref OpenFlowWriter writer, JsonBody body)
    {
        if (body.UInt16("type", (ushort)OfpActionType.Experimenter) != (ushort)OfpActionType.Experimenter)
        {
            throw new RyuJsonException(body.PathOf("type"), body.ClassName + " has type 65535");
        }

        uint experimenter = body.UInt32("experimenter");
        byte[] data = body.Bytes("data");
        if (body.ClassName == NxActionTable.UnknownClass)
        {
            ushort subtype = body.UInt16("subtype");
            if (experimenter != NxActionTable.NiciraExperimenter)
            {
                throw new RyuJsonException(body.PathOf("experimenter"), "an NXActionUnknown has experimenter 8992 (Nicira)");
            }

            byte[] withSubtype = new byte[2 + data.Length];
            BinaryPrimitives.WriteUInt16BigEndian(withSubtype, subtype);
            data.CopyTo(withSubtype, 2);
            data = withSubtype;
        }

        writer.WriteExperimenterAction(experimenter, data);
    }

    private static Dictionary<string, (OfpActionType, Body)> IndexByClass()
    {
        var index = new Dictionary<string, (OfpActionType, Body)>(StringComparer.Ordinal);
        foreach (var (type, className, body) in Standard)
        {
            index.Add(className, (type, body));
        }

        return index;
    }
}
