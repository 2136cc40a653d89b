using System;
using System.Collections.Generic;
using System.Text.Json;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// Ryu classes of the symmetric and handshake messages: header-only ones, hello, echo, error, experimenter,
/// features, switch config, port status.
/// </summary>
internal static class BasicMessages
{
    private const string VersionBitmapClass = "OFPHelloElemVersionBitmap";

    public static void Register()
    {
        foreach (string name in new[] { "OFPFeaturesRequest", "OFPGetConfigRequest", "OFPBarrierRequest", "OFPBarrierReply", "OFPGetAsyncRequest" })
        {
            MessageEntry entry = MessageTable.Get(name);
            entry.Decode = DecodeHeaderOnly;
            OfpType type = entry.Type;
            entry.Encode = (ref OpenFlowWriter writer, JsonBody body, Xid xid) =>
            {
                body.EnsureAllRead();
                writer.WriteHeaderOnlyMessage(type, xid);
            };
        }

        Set("OFPHello", DecodeHello, EncodeHello);
        Set("OFPErrorMsg", DecodeError, EncodeError);
        Set("OFPEchoRequest", DecodeEcho, (ref OpenFlowWriter w, JsonBody b, Xid x) => w.WriteEchoRequest(x, Done(b, b.Bytes("data"))));
        Set("OFPEchoReply", DecodeEcho, (ref OpenFlowWriter w, JsonBody b, Xid x) => w.WriteEchoReply(x, Done(b, b.Bytes("data"))));
        Set("OFPExperimenter", DecodeExperimenter, EncodeExperimenter);
        Set("OFPSwitchFeatures", DecodeFeatures, EncodeFeatures);
        Set("OFPGetConfigReply", DecodeSwitchConfig, (ref OpenFlowWriter w, JsonBody b, Xid x) => EncodeSwitchConfig(ref w, b, x, OfpType.GetConfigReply));
        Set("OFPSetConfig", DecodeSwitchConfig, (ref OpenFlowWriter w, JsonBody b, Xid x) => EncodeSwitchConfig(ref w, b, x, OfpType.SetConfig));
        Set("OFPPortStatus", DecodePortStatus, EncodePortStatus);
    }

    private static void Set(string className, MessageDecoder decode, MessageEncoder encode)
    {
        MessageEntry entry = MessageTable.Get(className);
        entry.Decode = decode;
        entry.Encode = encode;
    }

    private static T Done<T>(JsonBody body, T value)
    {
        body.EnsureAllRead();
        return value;
    }

    private static void DecodeHeaderOnly(Utf8JsonWriter json, ReadOnlySpan<byte> message) => HeaderOnlyView.Read(message);

    private static void DecodeHello(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        HelloView hello = HelloView.Read(message);
        json.WriteStartArray("elements");
        foreach (HelloElementView element in hello)
        {
            // Ryu lists version bitmaps only and skips other element types.
            if (element.Type != OfpHelloElemType.VersionBitmap)
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteStartObject(VersionBitmapClass);
            json.WriteNumber("length", element.Length);
            json.WriteNumber("type", (ushort)element.Type);
            json.WriteStartArray("versions");
            for (int word = 0; word < element.BitmapCount; word++)
            {
                uint bits = element.GetBitmap(word);
                for (int bit = 0; bit < 32; bit++)
                {
                    if ((bits & (1u << bit)) != 0)
                    {
                        json.WriteNumberValue((word * 32) + bit);
                    }
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void EncodeHello(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        LengthSlot slot = writer.BeginHello(xid);
        foreach (var (element, path) in body.List("elements"))
        {
            JsonBody bitmap = JsonBody.Unwrap(element, path);
            if (bitmap.ClassName != VersionBitmapClass)
            {
                throw new RyuJsonException(bitmap.Path, "a hello element is an " + VersionBitmapClass + ", not " + bitmap.ClassName);
            }

            var versions = new List<byte>();
            foreach (var (version, versionPath) in bitmap.List("versions"))
            {
                versions.Add((byte)JsonBody.ToUInt(version, versionPath, byte.MaxValue));
            }

            if (versions.Count == 0)
            {
                throw new RyuJsonException(bitmap.PathOf("versions"), "a version bitmap offers at least one version");
            }

            ushort type = bitmap.UInt16("type", (ushort)OfpHelloElemType.VersionBitmap);
            if (type != (ushort)OfpHelloElemType.VersionBitmap)
            {
                throw new RyuJsonException(bitmap.PathOf("type"), "a version bitmap has type 1");
            }

            int? length = bitmap.OptionalLength("length");
            bitmap.EnsureAllRead();
            writer.WriteVersionBitmapElement(versions.ToArray());
            int highest = 0;
            foreach (byte v in versions)
            {
                highest = Math.Max(highest, v);
            }

            Lengths.Expect(length, HelloElementView.HeaderSize + (4 * ((highest >> 5) + 1)), bitmap.PathOf("length"));
        }

        body.EnsureAllRead();
        writer.EndMessage(slot);
    }

    private static void DecodeError(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        ErrorView error = ErrorView.Read(message);
        if (error.IsExperimenter)
        {
            // Ryu keeps "code" (None) next to the experimenter fields.
            json.WriteNull("code");
            json.WriteBase64String("data", error.Data);
            json.WriteNumber("exp_type", error.ExpType);
            json.WriteNumber("experimenter", error.Experimenter);
        }
        else
        {
            json.WriteNumber("code", error.Code);
            json.WriteBase64String("data", error.Data);
        }

        json.WriteNumber("type", (ushort)error.Type);
    }

    private static void EncodeError(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        ushort type = body.UInt16("type");
        byte[] data = body.Bytes("data");
        if (type == (ushort)OfpErrorType.Experimenter)
        {
            if (body.Has("code"))
            {
                throw new RyuJsonException(body.PathOf("code"), "an experimenter error has exp_type and experimenter, and code null");
            }

            body.Ignore("code");
            ushort expType = body.UInt16("exp_type");
            uint experimenter = body.UInt32("experimenter");
            body.EnsureAllRead();
            writer.WriteExperimenterError(xid, expType, experimenter, data);
            return;
        }

        ushort code = body.UInt16("code");
        body.EnsureAllRead();
        writer.WriteError(xid, (OfpErrorType)type, code, data);
    }

    private static void DecodeEcho(Utf8JsonWriter json, ReadOnlySpan<byte> message) =>
        json.WriteBase64String("data", EchoView.Read(message).Data);

    private static void DecodeExperimenter(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        ExperimenterView view = ExperimenterView.Read(message);
        json.WriteBase64String("data", view.Data);
        json.WriteNumber("exp_type", view.ExpType);
        json.WriteNumber("experimenter", view.Experimenter);
    }

    private static void EncodeExperimenter(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        uint experimenter = body.UInt32("experimenter");
        uint expType = body.UInt32("exp_type");
        byte[] data = body.Bytes("data");
        body.EnsureAllRead();
        writer.WriteExperimenter(xid, experimenter, expType, data);
    }

    private static void DecodeFeatures(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        FeaturesReplyView view = FeaturesReplyView.Read(message);
        json.WriteNumber("auxiliary_id", view.AuxiliaryId);
        json.WriteNumber("capabilities", (uint)view.Capabilities);
        json.WriteNumber("datapath_id", view.DatapathId.Value);
        json.WriteNumber("n_buffers", view.NBuffers);
        json.WriteNumber("n_tables", view.NTables);
    }

    private static void EncodeFeatures(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        var datapathId = new DatapathId(body.UInt64("datapath_id"));
        uint nBuffers = body.UInt32("n_buffers");
        byte nTables = body.UInt8("n_tables");
        byte auxiliaryId = body.UInt8("auxiliary_id");
        var capabilities = (OfpCapabilities)body.UInt32("capabilities");
        body.EnsureAllRead();
        writer.WriteFeaturesReply(xid, datapathId, nBuffers, nTables, auxiliaryId, capabilities);
    }

    private static void DecodeSwitchConfig(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        SwitchConfigView view = SwitchConfigView.Read(message);
        json.WriteNumber("flags", (ushort)view.Flags);
        json.WriteNumber("miss_send_len", view.MissSendLen);
    }

    private static void EncodeSwitchConfig(ref OpenFlowWriter writer, JsonBody body, Xid xid, OfpType type)
    {
        var flags = (OfpConfigFlags)body.UInt16("flags");
        ushort missSendLen = body.UInt16("miss_send_len");
        body.EnsureAllRead();
        if (type == OfpType.SetConfig)
        {
            writer.WriteSetConfig(xid, flags, missSendLen);
        }
        else
        {
            writer.WriteGetConfigReply(xid, flags, missSendLen);
        }
    }

    private static void DecodePortStatus(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        PortStatusView view = PortStatusView.Read(message);
        json.WritePropertyName("desc");
        PortJson.Write(json, view.Desc);
        json.WriteNumber("reason", (byte)view.Reason);
    }

    private static void EncodePortStatus(ref OpenFlowWriter writer, JsonBody body, Xid xid)
    {
        byte[] port = PortJson.Encode(body.Required("desc"), body.PathOf("desc"));
        var reason = (OfpPortReason)body.UInt8("reason");
        body.EnsureAllRead();
        writer.WritePortStatus(xid, reason, PortJson.View(port));
    }
}
