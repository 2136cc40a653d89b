using System;
using System.Text.Json;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// Ryu classes of the multipart requests and replies (<c>OFP*StatsRequest</c>, <c>OFP*StatsReply</c>): each has
/// <c>flags</c> and <c>type</c> next to its body; a reply's <c>body</c> is one class object or a list of them,
/// depending on the type.
/// </summary>
internal static class MultipartMessages
{
    public static void Register()
    {
        Request("OFPDescStatsRequest", OfpMultipartType.Desc);
        Request("OFPPortDescStatsRequest", OfpMultipartType.PortDesc);
        Reply("OFPDescStatsReply", OfpMultipartType.Desc, WriteDescBody, EncodeDescBody);
        Reply("OFPPortDescStatsReply", OfpMultipartType.PortDesc, WritePortDescBody, EncodePortDescBody);
        FlowStatsMessages.Register();
    }

    /// <summary>Writes the body of a reply from its <see cref="MultipartReplyView"/>.</summary>
    internal delegate void ReplyBodyDecoder(Utf8JsonWriter json, MultipartReplyView reply);

    /// <summary>Writes the body of a reply after its multipart header.</summary>
    internal delegate void ReplyBodyEncoder(ref OpenFlowWriter writer, JsonBody body);

    /// <summary>A request with an empty body.</summary>
    internal static void Request(string className, OfpMultipartType type)
    {
        MessageEntry entry = MessageTable.Get(className);
        entry.Decode = (json, message) =>
        {
            MultipartRequestView view = MultipartRequestView.Read(message);
            if (!view.TryCheckEmptyBody(out var error))
            {
                throw error.ToException();
            }

            json.WriteNumber("flags", (ushort)view.Flags);
            json.WriteNumber("type", (ushort)view.Type);
        };
        entry.Encode = (ref OpenFlowWriter writer, JsonBody body, Xid xid) =>
        {
            var flags = (OfpMultipartRequestFlags)body.UInt16("flags", 0);
            CheckType(body, type);
            body.EnsureAllRead();
            writer.EndMessage(writer.BeginMultipartRequest(xid, type, flags));
        };
    }

    internal static void Reply(string className, OfpMultipartType type, ReplyBodyDecoder decodeBody, ReplyBodyEncoder encodeBody)
    {
        MessageEntry entry = MessageTable.Get(className);
        entry.Decode = (json, message) =>
        {
            MultipartReplyView view = MultipartReplyView.Read(message);
            json.WritePropertyName("body");
            decodeBody(json, view);
            json.WriteNumber("flags", (ushort)view.Flags);
            json.WriteNumber("type", (ushort)view.Type);
        };
        entry.Encode = (ref OpenFlowWriter writer, JsonBody body, Xid xid) =>
        {
            var flags = (OfpMultipartReplyFlags)body.UInt16("flags", 0);
            CheckType(body, type);
            LengthSlot slot = writer.BeginMultipartReply(xid, type, flags);
            encodeBody(ref writer, body);
            body.EnsureAllRead();
            writer.EndMessage(slot);
        };
    }

    internal static void CheckType(JsonBody body, OfpMultipartType type)
    {
        if (body.UInt16("type", (ushort)type) != (ushort)type)
        {
            throw new RyuJsonException(body.PathOf("type"), body.ClassName + " has multipart type " + ((ushort)type).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void WriteDescBody(Utf8JsonWriter json, MultipartReplyView reply)
    {
        DescView desc = reply.ReadDesc();
        json.WriteStartObject();
        json.WriteStartObject("OFPDescStats");
        JsonWrite.Text(json, "dp_desc", desc.DpDescBytes);
        JsonWrite.Text(json, "hw_desc", desc.HwDescBytes);
        JsonWrite.Text(json, "mfr_desc", desc.MfrDescBytes);
        JsonWrite.Text(json, "serial_num", desc.SerialNumBytes);
        JsonWrite.Text(json, "sw_desc", desc.SwDescBytes);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void EncodeDescBody(ref OpenFlowWriter writer, JsonBody body)
    {
        JsonBody desc = body.Object("body", "OFPDescStats");
        writer.WriteBytes(JsonWrite.FixedBytes(desc.Text("mfr_desc"), DescView.DescStrLen));
        writer.WriteBytes(JsonWrite.FixedBytes(desc.Text("hw_desc"), DescView.DescStrLen));
        writer.WriteBytes(JsonWrite.FixedBytes(desc.Text("sw_desc"), DescView.DescStrLen));
        writer.WriteBytes(JsonWrite.FixedBytes(desc.Text("serial_num"), DescView.SerialNumLen));
        writer.WriteBytes(JsonWrite.FixedBytes(desc.Text("dp_desc"), DescView.DescStrLen));
        desc.EnsureAllRead();
    }

    private static void WritePortDescBody(Utf8JsonWriter json, MultipartReplyView reply)
    {
        json.WriteStartArray();
        foreach (PortView port in reply.GetPorts())
        {
            PortJson.Write(json, port);
        }

        json.WriteEndArray();
    }

    private static void EncodePortDescBody(ref OpenFlowWriter writer, JsonBody body)
    {
        foreach (var (port, path) in body.List("body"))
        {
            writer.WritePort(PortJson.View(PortJson.Encode(port, path)));
        }
    }
}
