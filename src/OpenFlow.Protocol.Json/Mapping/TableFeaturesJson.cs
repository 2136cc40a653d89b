using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// <c>ofp_table_features</c> as Ryu's <c>OFPTableFeaturesStats</c>, with its properties
/// (<c>OFPTableFeaturePropInstructions</c>, <c>...NextTables</c>, <c>...Actions</c>, <c>...Oxm</c>,
/// <c>...Experimenter</c>, <c>...Unknown</c>).
/// </summary>
internal static class TableFeaturesJson
{
    public const string ClassName = "OFPTableFeaturesStats";
    private const string InstructionsClass = "OFPTableFeaturePropInstructions";
    private const string NextTablesClass = "OFPTableFeaturePropNextTables";
    private const string ActionsClass = "OFPTableFeaturePropActions";
    private const string OxmClassName = "OFPTableFeaturePropOxm";
    private const string ExperimenterClass = "OFPTableFeaturePropExperimenter";
    private const string UnknownClass = "OFPTableFeaturePropUnknown";

    public static void WriteList(Utf8JsonWriter json, TableFeaturesEnumerator tables)
    {
        json.WriteStartArray();
        foreach (TableFeaturesView table in tables)
        {
            json.WriteStartObject();
            json.WriteStartObject(ClassName);
            json.WriteNumber("config", (uint)table.Config);
            json.WriteNumber("length", table.Length);
            json.WriteNumber("max_entries", table.MaxEntries);
            json.WriteNumber("metadata_match", table.MetadataMatch);
            json.WriteNumber("metadata_write", table.MetadataWrite);
            JsonWrite.Text(json, "name", table.NameBytes);
            json.WriteStartArray("properties");
            foreach (TableFeaturePropertyView property in table.Properties)
            {
                WriteProperty(json, property);
            }

            json.WriteEndArray();
            json.WriteNumber("table_id", table.TableId.Value);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteProperty(Utf8JsonWriter json, TableFeaturePropertyView property)
    {
        json.WriteStartObject();
        TableFeaturePropKind kind = property.Kind;
        if (kind == TableFeaturePropKind.Experimenter && (property.ExperimenterData.Length & 3) != 0)
        {
            kind = TableFeaturePropKind.Unknown;
        }

        switch (kind)
        {
            case TableFeaturePropKind.InstructionIds:
            case TableFeaturePropKind.ActionIds:
                bool instructions = kind == TableFeaturePropKind.InstructionIds;
                json.WriteStartObject(instructions ? InstructionsClass : ActionsClass);
                json.WriteStartArray(instructions ? "instruction_ids" : "action_ids");
                foreach (TableFeatureIdView id in property.Ids)
                {
                    json.WriteStartObject();
                    json.WriteStartObject(instructions ? "OFPInstructionId" : "OFPActionId");
                    json.WriteNumber("len", id.Length);
                    json.WriteNumber("type", id.Type);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("length", property.Length);
                break;
            case TableFeaturePropKind.TableIds:
                json.WriteStartObject(NextTablesClass);
                json.WriteNumber("length", property.Length);
                json.WriteStartArray("table_ids");
                foreach (byte table in property.TableIds)
                {
                    json.WriteNumberValue(table);
                }

                json.WriteEndArray();
                break;
            case TableFeaturePropKind.OxmIds:
                json.WriteStartObject(OxmClassName);
                json.WriteNumber("length", property.Length);
                json.WriteStartArray("oxm_ids");
                foreach (OxmIdView id in property.OxmIds)
                {
                    OxmHeader header = id.Header;
                    bool experimenter = header.Class == OxmClass.Experimenter;
                    json.WriteStartObject();
                    json.WriteStartObject(experimenter ? "OFPExperimenterOxmId" : "OFPOxmId");
                    if (experimenter)
                    {
                        json.WriteNumber("exp_id", id.Experimenter);
                    }

                    json.WriteNumber("hasmask", header.HasMask ? 1 : 0);
                    json.WriteNumber("length", header.PayloadLength);
                    json.WriteString("type", OxmName(header, id.Experimenter));
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                break;
            case TableFeaturePropKind.Experimenter:
                json.WriteStartObject(ExperimenterClass);
                json.WriteStartArray("data");
                ReadOnlySpan<byte> data = property.ExperimenterData;
                for (int i = 0; i < data.Length; i += 4)
                {
                    json.WriteNumberValue(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(data.Slice(i)));
                }

                json.WriteEndArray();
                json.WriteNumber("exp_type", property.ExpType);
                json.WriteNumber("experimenter", property.Experimenter);
                json.WriteNumber("length", property.Length);
                break;
            default:
                json.WriteStartObject(UnknownClass);
                json.WriteBase64String("data", property.Body);
                json.WriteNumber("length", property.Length);
                break;
        }

        json.WriteNumber("type", (ushort)property.Type);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string OxmName(OxmHeader header, uint experimenter)
    {
        OxmEntry? entry = OxmTable.Find((ushort)header.Class, header.FieldCode, experimenter, 0);
        return entry?.Name ?? "field_" + ((((uint)header.Class) << 7) | header.FieldCode).ToString(CultureInfo.InvariantCulture);
    }

    public static void EncodeList(ref OpenFlowWriter writer, JsonBody parent)
    {
        foreach (var (element, path) in parent.List("body"))
        {
            JsonBody table = JsonBody.Unwrap(element, path, ClassName);
            int? length = table.OptionalLength("length");
            byte[] name = table.TryGet("name", out JsonElement n)
                ? TrimZeros(JsonWrite.FixedBytes(n.ValueKind == JsonValueKind.String ? n.GetString()! : throw new RyuJsonException(table.PathOf("name"), "expected a string"), TableFeaturesView.NameSize))
                : Array.Empty<byte>();
            LengthSlot slot = writer.BeginTableFeatures(
                new TableId(table.UInt8("table_id")),
                name,
                table.UInt64("metadata_match"),
                table.UInt64("metadata_write"),
                (OfpTableConfig)table.UInt32("config"),
                table.UInt32("max_entries"));
            foreach (var (propertyElement, propertyPath) in table.List("properties"))
            {
                EncodeProperty(ref writer, JsonBody.Unwrap(propertyElement, propertyPath));
            }

            table.EnsureAllRead();
            writer.EndTableFeatures(slot);
            Lengths.Apply(ref writer, slot.Start, slot.LengthOffset, length, table.PathOf("length"));
        }
    }

    private static byte[] TrimZeros(byte[] field)
    {
        int end = field.Length;
        while (end > 0 && field[end - 1] == 0)
        {
            end--;
        }

        return field.AsSpan(0, end).ToArray();
    }

    private static void EncodeProperty(ref OpenFlowWriter writer, JsonBody property)
    {
        int? length = property.OptionalLength("length");
        var type = (OfpTableFeaturePropType)property.UInt16("type");
        TableFeaturePropKind expected = property.ClassName switch
        {
            InstructionsClass => TableFeaturePropKind.InstructionIds,
            NextTablesClass => TableFeaturePropKind.TableIds,
            ActionsClass => TableFeaturePropKind.ActionIds,
            OxmClassName => TableFeaturePropKind.OxmIds,
            ExperimenterClass => TableFeaturePropKind.Experimenter,
            UnknownClass => TableFeaturePropKind.Unknown,
            _ => throw new RyuJsonException(property.Path, "\"" + property.ClassName + "\" is not a Ryu table feature property class"),
        };
        if (expected != TableFeaturePropKind.Unknown && TableFeaturePropertyView.KindOf(type) != expected)
        {
            throw new RyuJsonException(property.PathOf("type"), property.ClassName + " does not have property type " + ((ushort)type).ToString(CultureInfo.InvariantCulture));
        }

        var body = new List<byte>();
        switch (expected)
        {
            case TableFeaturePropKind.InstructionIds:
            case TableFeaturePropKind.ActionIds:
                string listKey = expected == TableFeaturePropKind.InstructionIds ? "instruction_ids" : "action_ids";
                string idClass = expected == TableFeaturePropKind.InstructionIds ? "OFPInstructionId" : "OFPActionId";
                foreach (var (idElement, idPath) in property.List(listKey))
                {
                    JsonBody id = JsonBody.Unwrap(idElement, idPath, idClass);
                    ushort idType = id.UInt16("type");
                    int idLength = id.OptionalLength("len") ?? TableFeatureIdView.HeaderSize;
                    if (idLength < TableFeatureIdView.HeaderSize)
                    {
                        throw new RyuJsonException(id.PathOf("len"), "an id is at least 4 bytes");
                    }

                    id.EnsureAllRead();
                    body.Add((byte)(idType >> 8));
                    body.Add((byte)idType);
                    body.Add((byte)(idLength >> 8));
                    body.Add((byte)idLength);
                    for (int i = TableFeatureIdView.HeaderSize; i < idLength; i++)
                    {
                        body.Add(0);
                    }
                }

                break;
            case TableFeaturePropKind.TableIds:
                foreach (var (idElement, idPath) in property.List("table_ids"))
                {
                    body.Add((byte)JsonBody.ToUInt(idElement, idPath, byte.MaxValue));
                }

                break;
            case TableFeaturePropKind.OxmIds:
                foreach (var (idElement, idPath) in property.List("oxm_ids"))
                {
                    EncodeOxmId(JsonBody.Unwrap(idElement, idPath), body);
                }

                break;
            case TableFeaturePropKind.Experimenter:
                AddUInt32(body, property.UInt32("experimenter"));
                AddUInt32(body, property.UInt32("exp_type"));
                foreach (var (word, wordPath) in property.List("data"))
                {
                    AddUInt32(body, (uint)JsonBody.ToUInt(word, wordPath, uint.MaxValue));
                }

                break;
            default:
                body.AddRange(property.Bytes("data"));
                break;
        }

        property.EnsureAllRead();
        writer.WriteTableFeatureProperty(type, body.ToArray());
        if (length is int want)
        {
            int computed = TableFeaturePropertyView.HeaderSize + body.Count;
            Lengths.Expect(want, computed, property.PathOf("length"));
        }
    }

    private static void EncodeOxmId(JsonBody id, List<byte> body)
    {
        bool experimenter = id.ClassName == "OFPExperimenterOxmId";
        if (!experimenter && id.ClassName != "OFPOxmId")
        {
            throw new RyuJsonException(id.Path, "expected an OFPOxmId, not " + id.ClassName);
        }

        string name = id.Text("type");
        OxmEntry entry = OxmTable.Find(name) ?? throw new RyuJsonException(id.PathOf("type"), "\"" + name + "\" is not a Ryu OXM field name");
        uint hasMask = 0;
        if (id.TryGet("hasmask", out JsonElement mask))
        {
            hasMask = mask.ValueKind switch
            {
                JsonValueKind.True => 1,
                JsonValueKind.False => 0,
                _ => (uint)JsonBody.ToUInt(mask, id.PathOf("hasmask"), 1),
            };
        }

        uint length = (uint)(id.OptionalLength("length") ?? 0);
        if (length > byte.MaxValue)
        {
            throw new RyuJsonException(id.PathOf("length"), "an OXM length is at most 255");
        }

        uint expId = experimenter ? id.UInt32("exp_id") : entry.Experimenter;
        id.EnsureAllRead();
        AddUInt32(body, ((uint)entry.OxmClass << 16) | ((uint)entry.Field << 9) | (hasMask << 8) | length);
        if (entry.OxmClass == OxmTable.ExperimenterClass)
        {
            AddUInt32(body, expId);
        }
    }

    private static void AddUInt32(List<byte> body, uint value)
    {
        body.Add((byte)(value >> 24));
        body.Add((byte)(value >> 16));
        body.Add((byte)(value >> 8));
        body.Add((byte)value);
    }
}
