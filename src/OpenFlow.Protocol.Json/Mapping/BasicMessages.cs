using System;
using System.Text.Json;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>Ryu classes of the symmetric and handshake messages: header-only ones, hello, echo, error, experimenter, features, config.</summary>
internal static class BasicMessages
{
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
                LengthSlot slot = writer.BeginMessage(type, xid);
                writer.EndMessage(slot);
            };
        }
    }

    private static void DecodeHeaderOnly(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        if (message.Length != OfpHeader.Size)
        {
            throw Format.BadLength((OfpType)message[OfpHeader.TypeOffset], "length", OfpHeader.LengthOffset, "this message is a header only");
        }
    }
}
