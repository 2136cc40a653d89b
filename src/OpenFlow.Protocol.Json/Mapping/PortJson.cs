using System;
using System.Text.Json;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary><c>ofp_port</c> as Ryu's <c>{"OFPPort": {...}}</c> (name as UTF-8 text, hw_addr as MAC text).</summary>
internal static class PortJson
{
    public const string ClassName = "OFPPort";

    public static void Write(Utf8JsonWriter json, PortView port)
    {
        json.WriteStartObject();
        json.WriteStartObject(ClassName);
        json.WriteNumber("advertised", (uint)port.Advertised);
        json.WriteNumber("config", (uint)port.Config);
        json.WriteNumber("curr", (uint)port.Curr);
        json.WriteNumber("curr_speed", port.CurrSpeed);
        json.WriteString("hw_addr", port.HwAddr.ToString());
        json.WriteNumber("max_speed", port.MaxSpeed);
        JsonWrite.Text(json, "name", port.NameBytes);
        json.WriteNumber("peer", (uint)port.Peer);
        json.WriteNumber("port_no", port.PortNo.Value);
        json.WriteNumber("state", (uint)port.State);
        json.WriteNumber("supported", (uint)port.Supported);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// The 64 wire bytes of <c>{"OFPPort": {...}}</c>. Built here rather than through <c>PortSpec</c>, whose name is
    /// ASCII-only, while Ryu's names are UTF-8 (the corpus has a Japanese one).
    /// </summary>
    public static byte[] Encode(JsonElement element, string path)
    {
        JsonBody body = JsonBody.Unwrap(element, path, ClassName);
        byte[] port = new byte[PortView.Size];
        var writer = new OpenFlowWriter(port);
        writer.WriteUInt32(body.UInt32("port_no"));
        writer.WriteZeros(4);
        string hw = body.Text("hw_addr");
        writer.WriteMac(MacAddress.TryParse(hw.AsSpan(), out MacAddress mac) ? mac : throw new RyuJsonException(body.PathOf("hw_addr"), "not a MAC address"));
        writer.WriteZeros(2);
        writer.WriteBytes(JsonWrite.FixedBytes(body.Text("name"), PortView.NameSize));
        writer.WriteUInt32(body.UInt32("config"));
        writer.WriteUInt32(body.UInt32("state"));
        writer.WriteUInt32(body.UInt32("curr"));
        writer.WriteUInt32(body.UInt32("advertised"));
        writer.WriteUInt32(body.UInt32("supported"));
        writer.WriteUInt32(body.UInt32("peer"));
        writer.WriteUInt32(body.UInt32("curr_speed"));
        writer.WriteUInt32(body.UInt32("max_speed"));
        body.EnsureAllRead();
        return port;
    }

    /// <summary>The view over bytes from <see cref="Encode"/>, to hand to the codec's port writers.</summary>
    public static PortView View(byte[] port) =>
        PortView.TryRead(port, OfpType.PortStatus, 0, out PortView view, out _) ? view : throw new InvalidOperationException("An encoded port did not read back.");
}
