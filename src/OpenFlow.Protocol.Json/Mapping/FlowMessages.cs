using System;
using System.Text.Json;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// Ryu classes of the flow pipeline messages: <c>OFPFlowMod</c>, <c>OFPPacketIn</c>, <c>OFPPacketOut</c>,
/// <c>OFPFlowRemoved</c>. Decoding reads through the codec's message views, encoding writes through its writer; absent
/// keys take the values Ryu's constructors default to. Keys are written in Ryu's (alphabetical) order.
/// </summary>
internal static class FlowMessages
{
    public static void Register()
    {
        MessageEntry flowMod = MessageTable.Get("OFPFlowMod");
        flowMod.Decode = DecodeFlowMod;
        flowMod.Encode = EncodeFlowMod;
        flowMod.DecodeTruncated = DecodeTruncatedFlowMod;

        MessageEntry packetIn = MessageTable.Get("OFPPacketIn");
        packetIn.Decode = DecodePacketIn;
        packetIn.Encode = EncodePacketIn;

        MessageEntry packetOut = MessageTable.Get("OFPPacketOut");
        packetOut.Decode = DecodePacketOut;
        packetOut.Encode = EncodePacketOut;

        MessageEntry flowRemoved = MessageTable.Get("OFPFlowRemoved");
        flowRemoved.Decode = DecodeFlowRemoved;
        flowRemoved.Encode = EncodeFlowRemoved;
    }

    private static void DecodeFlowMod(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        FlowModView flowMod = FlowModView.Read(message);
        FlowModFields fields = flowMod.Fields;
        WriteFlowModFieldsBeforeInstructions(json, in fields);
        InstructionJson.WriteList(json, "instructions", flowMod.Instructions);
        json.WritePropertyName("match");
        MatchJson.Write(json, flowMod.Match);
        WriteFlowModFieldsAfterMatch(json, in fields);
    }

    /// <summary>
    /// What Ryu decodes of a flow mod cut short: the fixed fields, the match fields that are whole, and, when the
    /// match is whole, the instructions that are whole.
    /// </summary>
    private static bool DecodeTruncatedFlowMod(Utf8JsonWriter json, ReadOnlySpan<byte> partial)
    {
        if (!FlowModView.TryReadFields(partial, out FlowModFields fields) || partial.Length < FlowModView.MatchOffset + MatchView.HeaderSize)
        {
            return false;
        }

        ReadOnlySpan<byte> match = partial.Slice(FlowModView.MatchOffset);
        int instructionsOffset = FlowModView.MatchOffset + Padding.RoundUpTo8((match[2] << 8) | match[3]);
        WriteFlowModFieldsBeforeInstructions(json, in fields);
        json.WriteStartArray("instructions");
        int position = instructionsOffset;
        while (position < partial.Length
            && InstructionView.TryRead(partial.Slice(position), OfpType.FlowMod, position, out InstructionView instruction, out _))
        {
            InstructionJson.Write(json, instruction);
            position += instruction.Length;
        }

        json.WriteEndArray();
        json.WritePropertyName("match");
        MatchJson.WritePartial(json, match);
        WriteFlowModFieldsAfterMatch(json, in fields);
        return true;
    }

    private static void WriteFlowModFieldsBeforeInstructions(Utf8JsonWriter json, in FlowModFields fields)
    {
        json.WriteNumber("buffer_id", fields.BufferId.Value);
        json.WriteNumber("command", (byte)fields.Command);
        json.WriteNumber("cookie", fields.Cookie.Value);
        json.WriteNumber("cookie_mask", fields.CookieMask.Value);
        json.WriteNumber("flags", (ushort)fields.Flags);
        json.WriteNumber("hard_timeout", fields.HardTimeout);
        json.WriteNumber("idle_timeout", fields.IdleTimeout);
    }

    private static void WriteFlowModFieldsAfterMatch(Utf8JsonWriter json, in FlowModFields fields)
    {
        json.WriteNumber("out_group", fields.OutGroup.Value);
        json.WriteNumber("out_port", fields.OutPort.Value);
        json.WriteNumber("priority", fields.Priority);
        json.WriteNumber("table_id", fields.TableId.Value);
    }

    private static void EncodeFlowMod(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        var fields = new FlowModFields
        {
            Cookie = body.UInt64("cookie", 0),
            CookieMask = body.UInt64("cookie_mask", 0),
            TableId = body.UInt8("table_id", 0),
            Command = (OfpFlowModCommand)body.UInt8("command", (byte)OfpFlowModCommand.Add),
            IdleTimeout = body.UInt16("idle_timeout", 0),
            HardTimeout = body.UInt16("hard_timeout", 0),
            Priority = body.UInt16("priority", FlowModSpec.DefaultPriority),
            BufferId = body.UInt32("buffer_id", BufferId.NoBuffer.Value),
            OutPort = body.UInt32("out_port", PortNo.Any.Value),
            OutGroup = body.UInt32("out_group", GroupId.Any.Value),
            Flags = (OfpFlowModFlags)body.UInt16("flags", 0),
        };
        LengthSlot slot = writer.BeginFlowMod(xid, in fields);
        MatchJson.Encode(ref writer, body.Required("match"), body.PathOf("match"));
        InstructionJson.EncodeList(ref writer, body, "instructions");
        body.EnsureAllRead();
        writer.EndMessage(slot);
    }

    private static void DecodePacketIn(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        PacketInView packetIn = PacketInView.Read(message);
        ReadOnlySpan<byte> data = packetIn.Data;

        // Ryu drops bytes beyond total_len (padding some switches add for alignment).
        if (packetIn.TotalLen < data.Length)
        {
            data = data.Slice(0, packetIn.TotalLen);
        }

        json.WriteNumber("buffer_id", packetIn.BufferId.Value);
        json.WriteNumber("cookie", packetIn.Cookie.Value);
        json.WriteBase64String("data", data);
        json.WritePropertyName("match");
        MatchJson.Write(json, packetIn.Match);
        json.WriteNumber("reason", (byte)packetIn.Reason);
        json.WriteNumber("table_id", packetIn.TableId.Value);
        json.WriteNumber("total_len", packetIn.TotalLen);
    }

    private static void EncodePacketIn(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        LengthSlot slot = writer.BeginPacketIn(
            xid,
            body.UInt32("buffer_id", 0),
            body.UInt16("total_len", 0),
            (OfpPacketInReason)body.UInt8("reason", 0),
            body.UInt8("table_id", 0),
            body.UInt64("cookie", 0));
        MatchJson.Encode(ref writer, body.Required("match"), body.PathOf("match"));
        writer.EndPacketIn(slot, body.Bytes("data"));
        body.EnsureAllRead();
    }

    private static void DecodePacketOut(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        PacketOutView packetOut = PacketOutView.Read(message);
        ActionJson.WriteList(json, "actions", packetOut.Actions);
        json.WriteNumber("actions_len", packetOut.ActionsLen);
        json.WriteNumber("buffer_id", packetOut.BufferId.Value);
        json.WriteBase64String("data", packetOut.Data);
        json.WriteNumber("in_port", packetOut.InPort.Value);
    }

    private static void EncodePacketOut(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        int? actionsLength = body.OptionalLength("actions_len");
        LengthSlot slot = writer.BeginPacketOut(xid, body.UInt32("buffer_id", BufferId.NoBuffer.Value), body.UInt32("in_port", 0));
        int actionsStart = writer.BytesWritten;
        ActionJson.EncodeList(ref writer, body, "actions");
        Lengths.Expect(actionsLength, writer.BytesWritten - actionsStart, body.PathOf("actions_len"));
        writer.EndPacketOut(slot, body.Bytes("data"));
        body.EnsureAllRead();
    }

    private static void DecodeFlowRemoved(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        FlowRemovedView flowRemoved = FlowRemovedView.Read(message);
        json.WriteNumber("byte_count", flowRemoved.ByteCount);
        json.WriteNumber("cookie", flowRemoved.Cookie.Value);
        json.WriteNumber("duration_nsec", flowRemoved.DurationNsec);
        json.WriteNumber("duration_sec", flowRemoved.DurationSec);
        json.WriteNumber("hard_timeout", flowRemoved.HardTimeout);
        json.WriteNumber("idle_timeout", flowRemoved.IdleTimeout);
        json.WritePropertyName("match");
        MatchJson.Write(json, flowRemoved.Match);
        json.WriteNumber("packet_count", flowRemoved.PacketCount);
        json.WriteNumber("priority", flowRemoved.Priority);
        json.WriteNumber("reason", (byte)flowRemoved.Reason);
        json.WriteNumber("table_id", flowRemoved.TableId.Value);
    }

    private static void EncodeFlowRemoved(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        var fields = new FlowRemovedFields
        {
            Cookie = body.UInt64("cookie", 0),
            Priority = body.UInt16("priority", 0),
            Reason = (OfpFlowRemovedReason)body.UInt8("reason", 0),
            TableId = body.UInt8("table_id", 0),
            DurationSec = body.UInt32("duration_sec", 0),
            DurationNsec = body.UInt32("duration_nsec", 0),
            IdleTimeout = body.UInt16("idle_timeout", 0),
            HardTimeout = body.UInt16("hard_timeout", 0),
            PacketCount = body.UInt64("packet_count", 0),
            ByteCount = body.UInt64("byte_count", 0),
        };
        LengthSlot slot = writer.BeginFlowRemoved(xid, in fields);
        MatchJson.Encode(ref writer, body.Required("match"), body.PathOf("match"));
        body.EnsureAllRead();
        writer.EndMessage(slot);
    }
}
