using System;
using System.Globalization;
using System.Text.Json;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// Instructions as Ryu's classes: <c>OFPInstructionGotoTable</c>, <c>OFPInstructionWriteMetadata</c>,
/// <c>OFPInstructionActions</c> (write, apply and clear, told apart by <c>type</c>), <c>OFPInstructionMeter</c>.
/// </summary>
internal static class InstructionJson
{
    private const string GotoTable = "OFPInstructionGotoTable";
    private const string WriteMetadata = "OFPInstructionWriteMetadata";
    private const string Actions = "OFPInstructionActions";
    private const string Meter = "OFPInstructionMeter";

    public static void WriteList(Utf8JsonWriter json, string key, InstructionListView instructions)
    {
        json.WriteStartArray(key);
        foreach (InstructionView instruction in instructions)
        {
            Write(json, instruction);
        }

        json.WriteEndArray();
    }

    public static void Write(Utf8JsonWriter json, InstructionView instruction)
    {
        json.WriteStartObject();
        switch (instruction.Type)
        {
            case OfpInstructionType.GotoTable:
                json.WriteStartObject(GotoTable);
                json.WriteNumber("len", instruction.Length);
                json.WriteNumber("table_id", instruction.TableId.Value);
                break;
            case OfpInstructionType.WriteMetadata:
                json.WriteStartObject(WriteMetadata);
                json.WriteNumber("len", instruction.Length);
                json.WriteNumber("metadata", instruction.Metadata);
                json.WriteNumber("metadata_mask", instruction.MetadataMask);
                break;
            case OfpInstructionType.WriteActions or OfpInstructionType.ApplyActions:
                json.WriteStartObject(Actions);
                ActionJson.WriteList(json, "actions", instruction.Actions);
                json.WriteNumber("len", instruction.Length);
                break;
            case OfpInstructionType.ClearActions:
                json.WriteStartObject(Actions);
                json.WriteStartArray("actions");
                json.WriteEndArray();
                json.WriteNumber("len", instruction.Length);
                break;
            case OfpInstructionType.Meter:
                json.WriteStartObject(Meter);
                json.WriteNumber("len", instruction.Length);
                json.WriteNumber("meter_id", instruction.MeterId.Value);
                break;
            default:
                throw new RyuJsonNotSupportedException("OFPInstruction type " + ((ushort)instruction.Type).ToString(CultureInfo.InvariantCulture));
        }

        json.WriteNumber("type", (ushort)instruction.Type);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void EncodeList(ref OpenFlowWriter writer, JsonBody parent, string key)
    {
        foreach (var (instruction, path) in parent.List(key))
        {
            Encode(ref writer, instruction, path);
        }
    }

    public static void Encode(ref OpenFlowWriter writer, JsonElement element, string path)
    {
        JsonBody body = JsonBody.Unwrap(element, path);
        int start = writer.BytesWritten;
        int? len = body.OptionalLength("len");
        switch (body.ClassName)
        {
            case GotoTable:
                ExpectType(body, OfpInstructionType.GotoTable);
                writer.WriteGotoTableInstruction(new TableId(body.UInt8("table_id")));
                break;
            case WriteMetadata:
                ExpectType(body, OfpInstructionType.WriteMetadata);
                writer.WriteWriteMetadataInstruction(body.UInt64("metadata"), body.UInt64("metadata_mask"));
                break;
            case Meter:
                ExpectType(body, OfpInstructionType.Meter);
                writer.WriteMeterInstruction(new MeterId(body.UInt32("meter_id")));
                break;
            case Actions:
                EncodeActions(ref writer, body);
                break;
            default:
                throw new RyuJsonException(body.Path, "\"" + body.ClassName + "\" is not a Ryu instruction class");
        }

        body.EnsureAllRead();
        Lengths.Apply(ref writer, start, start + 2, len, body.PathOf("len"));
    }

    private static void EncodeActions(ref OpenFlowWriter writer, JsonBody body)
    {
        var type = (OfpInstructionType)body.UInt16("type");
        switch (type)
        {
            case OfpInstructionType.ClearActions:
                if (body.List("actions").Count != 0)
                {
                    throw new RyuJsonException(body.PathOf("actions"), "a clear-actions instruction has no actions");
                }

                writer.WriteClearActionsInstruction();
                break;
            case OfpInstructionType.WriteActions or OfpInstructionType.ApplyActions:
                LengthSlot slot = type == OfpInstructionType.WriteActions ? writer.BeginWriteActionsInstruction() : writer.BeginApplyActionsInstruction();
                ActionJson.EncodeList(ref writer, body, "actions");
                writer.EndActionsInstruction(slot);
                break;
            default:
                throw new RyuJsonException(body.PathOf("type"), "an OFPInstructionActions has type 3 (write), 4 (apply) or 5 (clear)");
        }
    }

    private static void ExpectType(JsonBody body, OfpInstructionType type)
    {
        if (body.UInt16("type", (ushort)type) != (ushort)type)
        {
            throw new RyuJsonException(body.PathOf("type"), body.ClassName + " has type " + ((ushort)type).ToString(CultureInfo.InvariantCulture));
        }
    }
}
