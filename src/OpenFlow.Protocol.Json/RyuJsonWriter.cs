using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Json.Mapping;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Json;

/// <summary>
/// Decodes OpenFlow 1.3 messages into Ryu's JSON form (<c>{"OFPFlowMod": {...}}</c>, the form of Ryu's and os-ken's
/// test data), through the codec's views: keys sorted as Ryu prints them, integers as numbers, addresses as
/// text, opaque bytes as base64. A message cut short gives <c>{"OFPTruncatedMessage": {...}}</c> with what could
/// be decoded, as Ryu does.
/// </summary>
/// <remarks>
/// Malformed messages throw <see cref="OpenFlowFormatException"/>; well-formed messages whose Ryu class is not
/// mapped yet throw <see cref="RyuJsonNotSupportedException"/>. This is a tool-side API: it allocates.
/// </remarks>
public static class RyuJsonWriter
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Decodes one message to a JSON document.</summary>
    /// <param name="message">One message, header first; fewer bytes than its header says makes a truncated-message document.</param>
    /// <param name="indented">Whether to indent the document.</param>
    /// <returns>The document.</returns>
    public static string ToJson(ReadOnlySpan<byte> message, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            Write(json, message);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes one message as a JSON value.</summary>
    /// <param name="json">Where the value goes.</param>
    /// <param name="message">One message, header first; fewer bytes than its header says makes a truncated-message document.</param>
    public static void Write(Utf8JsonWriter json, ReadOnlySpan<byte> message)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (message.Length < OfpHeader.Size)
        {
            throw Format.Truncated(message.Length > OfpHeader.TypeOffset ? (OfpType)message[OfpHeader.TypeOffset] : OfpType.Hello, "header", 0);
        }

        var type = (OfpType)message[OfpHeader.TypeOffset];
        int length = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(OfpHeader.LengthOffset));
        if (length < OfpHeader.Size)
        {
            throw Format.BadLength(type, "length", OfpHeader.LengthOffset, "a message is at least 8 bytes long");
        }

        if (length < message.Length)
        {
            throw Format.BadLength(type, "length", OfpHeader.LengthOffset, "the header says fewer bytes than were given (several messages? frame them first)");
        }

        MessageEntry entry = MessageTable.Find(message)
            ?? throw new OpenFlowFormatException(new OpenFlowFormatError(type, "type", OfpHeader.TypeOffset, "not an OpenFlow 1.3 message type", OfpErrorType.BadRequest, (ushort)OfpBadRequestCode.BadType));

        if (length > message.Length)
        {
            if (entry.DecodeTruncated is null)
            {
                throw Format.BadLength(type, "length", OfpHeader.LengthOffset, "the message is cut short and its class cannot be decoded in part");
            }

            json.WriteStartObject();
            json.WriteStartObject(RyuJson.TruncatedMessage);
            json.WriteStartObject(entry.ClassName);
            if (!entry.DecodeTruncated(json, message))
            {
                throw Format.BadLength(type, "length", OfpHeader.LengthOffset, "the message is cut short before its fixed fields end");
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            return;
        }

        MessageDecoder decode = entry.Decode ?? throw new RyuJsonNotSupportedException(entry.ClassName);
        json.WriteStartObject();
        json.WriteStartObject(entry.ClassName);
        decode(json, message);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The Ryu class name of a message, from its header (and multipart type).</summary>
    /// <param name="message">At least the header of one message.</param>
    /// <returns>The class name, or null for a type OpenFlow 1.3 lacks.</returns>
    public static string? ClassName(ReadOnlySpan<byte> message) =>
        message.Length < OfpHeader.Size ? null : MessageTable.Find(message)?.ClassName;
}
