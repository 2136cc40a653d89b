using System;
using System.Buffers.Binary;
using System.Text.Json;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// Ryu classes of the flow pipeline messages: <c>OFPFlowMod</c>, <c>OFPPacketIn</c>, <c>OFPPacketOut</c>,
/// <c>OFPFlowRemoved</c>. Fixed fields come from one layout table per message (with Ryu's constructor defaults for
/// encoding); match, instructions and actions go through the codec's <see cref="MatchView"/>,
/// <see cref="InstructionListView"/>, <see cref="ActionListView"/> and their writers.
/// </summary>
internal static class FlowMessages
{
    private const uint NoBuffer = 0xffffffff;
    private const uint Any = 0xffffffff;

    /// <summary><c>ofp_flow_mod</c> up to its match.</summary>
    private static readonly FixedField[] FlowMod =
    [
        new("cookie", 8, 8), new("cookie_mask", 16, 8), new("table_id", 24, 1), new("command", 25, 1),
        new("idle_timeout", 26, 2), new("hard_timeout", 28, 2), new("priority", 30, 2, 0x8000),
        new("buffer_id", 32, 4, NoBuffer), new("out_port", 36, 4, Any), new("out_group", 40, 4, Any),
        new("flags", 44, 2), FixedField.Pad(46, 2),
    ];

    /// <summary><c>ofp_packet_in</c> up to its match.</summary>
    private static readonly FixedField[] PacketIn =
    [
        new("buffer_id", 8, 4), new("total_len", 12, 2), new("reason", 14, 1), new("table_id", 15, 1), new("cookie", 16, 8),
    ];

    /// <summary><c>ofp_packet_out</c> up to its actions (<c>actions_len</c> is computed, see the encoder).</summary>
    private static readonly FixedField[] PacketOut =
    [
        new("buffer_id", 8, 4, NoBuffer), new("in_port", 12, 4), new("actions_len", 16, 2), FixedField.Pad(18, 6),
    ];

    /// <summary><c>ofp_flow_removed</c> up to its match.</summary>
    private static readonly FixedField[] FlowRemoved =
    [
        new("cookie", 8, 8), new("priority", 16, 2), new("reason", 18, 1), new("table_id", 19, 1),
        new("duration_sec", 20, 4), new("duration_nsec", 24, 4), new("idle_timeout", 28, 2), new("hard_timeout", 30, 2),
        new("packet_count", 32, 8), new("byte_count", 40, 8),
    ];

    private const int FlowModMatchOffset = 48;
    private const int PacketInMatchOffset = 24;
    private const int PacketOutActionsOffset = 24;
    private const int FlowRemovedMatchOffset = 48;
    private const int PacketInDataPad = 2;

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
        FixedFields.Require(message, FlowModMatchOffset, OfpType.FlowMod, "match", FlowModMatchOffset);
        MatchView match = MatchView.Read(message.Slice(FlowModMatchOffset), OfpType.FlowMod, FlowModMatchOffset);
        int instructionsOffset = FlowModMatchOffset + match.PaddedLength;
        var instructions = new InstructionListView(message.Slice(instructionsOffset), OfpType.FlowMod, instructionsOffset);
        foreach (string key in new[] { "buffer_id", "command", "cookie", "cookie_mask", "flags", "hard_timeout", "idle_timeout" })
        {
            FixedFields.Write(json, message, FlowMod, key);
        }

        InstructionJson.WriteList(json, "instructions", instructions);
        json.WritePropertyName("match");
        MatchJson.Write(json, match);
        foreach (string key in new[] { "out_group", "out_port", "priority", "table_id" })
        {
            FixedFields.Write(json, message, FlowMod, key);
        }
    }

    /// <summary>
    /// What Ryu decodes of a flow-mod cut short: the fixed fields, the match fields that are whole, and, when the
    /// match is whole, the instructions that are whole.
    /// </summary>
    private static bool DecodeTruncatedFlowMod(Utf8JsonWriter json, ReadOnlySpan<byte> partial)
    {
        if (partial.Length < FlowModMatchOffset + MatchView.HeaderSize)
        {
            return false;
        }

        int matchLength = BinaryPrimitives.ReadUInt16BigEndian(partial.Slice(FlowModMatchOffset + 2));
        int instructionsOffset = FlowModMatchOffset + Padding.RoundUpTo8(matchLength);
        foreach (string key in new[] { "buffer_id", "command", "cookie", "cookie_mask", "flags", "hard_timeout", "idle_timeout" })
        {
            FixedFields.Write(json, partial, FlowMod, key);
        }

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
        MatchJson.WritePartial(json, partial.Slice(FlowModMatchOffset));
        foreach (string key in new[] { "out_group", "out_port", "priority", "table_id" })
        {
            FixedFields.Write(json, partial, FlowMod, key);
        }

        return true;
    }

    private static void EncodeFlowMod(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        LengthSlot slot = writer.BeginMessage(OfpType.FlowMod, xid);
        FixedFields.Encode(ref writer, body, FlowMod, slot.Start);
        MatchJson.Encode(ref writer, body.Required("match"), body.PathOf("match"));
        InstructionJson.EncodeList(ref writer, body, "instructions");
        body.EnsureAllRead();
        writer.EndMessage(slot);
    }

    private static void DecodePacketIn(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        FixedFields.Require(message, PacketInMatchOffset, OfpType.PacketIn, "match", PacketInMatchOffset);
        MatchView match = MatchView.Read(message.Slice(PacketInMatchOffset), OfpType.PacketIn, PacketInMatchOffset);
        int dataOffset = PacketInMatchOffset + match.PaddedLength + PacketInDataPad;
        FixedFields.Require(message, dataOffset, OfpType.PacketIn, "pad", dataOffset - PacketInDataPad);
        ReadOnlySpan<byte> data = message.Slice(dataOffset);
        int totalLength = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(12));

        // Ryu drops bytes beyond total_len (padding some switches add for alignment).
        if (totalLength < data.Length)
        {
            data = data.Slice(0, totalLength);
        }

        FixedFields.Write(json, message, PacketIn, "buffer_id");
        FixedFields.Write(json, message, PacketIn, "cookie");
        json.WriteBase64String("data", data);
        json.WritePropertyName("match");
        MatchJson.Write(json, match);
        FixedFields.Write(json, message, PacketIn, "reason");
        FixedFields.Write(json, message, PacketIn, "table_id");
        FixedFields.Write(json, message, PacketIn, "total_len");
    }

    private static void EncodePacketIn(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        LengthSlot slot = writer.BeginMessage(OfpType.PacketIn, xid);
        FixedFields.Encode(ref writer, body, PacketIn, slot.Start);
        MatchJson.Encode(ref writer, body.Required("match"), body.PathOf("match"));
        writer.WriteZeros(PacketInDataPad);
        writer.WriteBytes(body.Bytes("data"));
        body.EnsureAllRead();
        writer.EndMessage(slot);
    }

    private static void DecodePacketOut(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        FixedFields.Require(message, PacketOutActionsOffset, OfpType.PacketOut, "actions_len", 16);
        int actionsLength = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(16));
        if (PacketOutActionsOffset + actionsLength > message.Length)
        {
            throw Format.BadLength(OfpType.PacketOut, "actions_len", 16, "the actions extend beyond the message");
        }

        var actions = new ActionListView(message.Slice(PacketOutActionsOffset, actionsLength), OfpType.PacketOut, PacketOutActionsOffset);
        ActionJson.WriteList(json, "actions", actions);
        FixedFields.Write(json, message, PacketOut, "actions_len");
        FixedFields.Write(json, message, PacketOut, "buffer_id");
        json.WriteBase64String("data", message.Slice(PacketOutActionsOffset + actionsLength));
        FixedFields.Write(json, message, PacketOut, "in_port");
    }

    private static void EncodePacketOut(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        LengthSlot slot = writer.BeginMessage(OfpType.PacketOut, xid);
        int? actionsLength = body.OptionalLength("actions_len");
        FixedFields.Encode(ref writer, body, PacketOut, slot.Start);
        int actionsStart = writer.BytesWritten;
        ActionJson.EncodeList(ref writer, body, "actions");
        int computed = writer.BytesWritten - actionsStart;
        Lengths.Expect(actionsLength, computed, body.PathOf("actions_len"));
        writer.PatchUInt16(slot.Start + 16, computed);
        writer.WriteBytes(body.Bytes("data"));
        body.EnsureAllRead();
        writer.EndMessage(slot);
    }

    private static void DecodeFlowRemoved(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        FixedFields.Require(message, FlowRemovedMatchOffset, OfpType.FlowRemoved, "match", FlowRemovedMatchOffset);
        MatchView match = MatchView.Read(message.Slice(FlowRemovedMatchOffset), OfpType.FlowRemoved, FlowRemovedMatchOffset);
        if (FlowRemovedMatchOffset + match.PaddedLength != message.Length)
        {
            throw Format.BadLength(OfpType.FlowRemoved, "length", OfpHeader.LengthOffset, "a flow-removed message ends with its match");
        }

        foreach (string key in new[] { "byte_count", "cookie", "duration_nsec", "duration_sec", "hard_timeout", "idle_timeout" })
        {
            FixedFields.Write(json, message, FlowRemoved, key);
        }

        json.WritePropertyName("match");
        MatchJson.Write(json, match);
        foreach (string key in new[] { "packet_count", "priority", "reason", "table_id" })
        {
            FixedFields.Write(json, message, FlowRemoved, key);
        }
    }

    private static void EncodeFlowRemoved(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        LengthSlot slot = writer.BeginMessage(OfpType.FlowRemoved, xid);
        FixedFields.Encode(ref writer, body, FlowRemoved, slot.Start);
        MatchJson.Encode(ref writer, body.Required("match"), body.PathOf("match"));
        body.EnsureAllRead();
        writer.EndMessage(slot);
    }
}
