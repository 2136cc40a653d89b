using System;
using System.Text.Json;
using OpenFlow.Protocol.Json.Mapping;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json;

/// <summary>
/// Encodes a message in Ryu's JSON form into wire bytes through <see cref="OpenFlowWriter"/>. Every
/// <c>len</c>/<c>length</c> key may be left out (it is computed); a given one must equal the computed length or say
/// more (then the structure is padded with zeros to it). The header's <c>xid</c> may be given as a key of the
/// message body; it defaults to 0.
/// </summary>
/// <remarks>
/// A document that cannot be encoded throws <see cref="RyuJsonException"/> naming its JSON path; a class that is
/// not mapped yet throws <see cref="RyuJsonNotSupportedException"/>. This is a tool-side API: it allocates.
/// </remarks>
public static class RyuJsonReader
{
    private const int MaxMessage = ushort.MaxValue;

    /// <summary>Encodes one JSON document.</summary>
    /// <param name="json">The document text.</param>
    /// <returns>The message bytes.</returns>
    public static byte[] Encode(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new RyuJsonException("$", "not JSON: " + e.Message, e);
        }

        using (document)
        {
            return Encode(document.RootElement);
        }
    }

    /// <summary>Encodes one parsed JSON document.</summary>
    /// <param name="document">The document, <c>{"OFPClassName": {...}}</c>.</param>
    /// <returns>The message bytes.</returns>
    public static byte[] Encode(JsonElement document)
    {
        JsonBody body = JsonBody.Unwrap(document, "$");
        if (body.ClassName == RyuJson.TruncatedMessage)
        {
            throw new RyuJsonException(body.Path, "a truncated message cannot be encoded");
        }

        MessageEntry entry = MessageTable.Find(body.ClassName)
            ?? throw new RyuJsonException(body.Path, "\"" + body.ClassName + "\" is not a Ryu OpenFlow 1.3 message class");
        MessageEncoder encode = entry.Encode ?? throw new RyuJsonNotSupportedException(entry.ClassName);
        var xid = new Xid(body.UInt32("xid", 0));

        byte[] buffer = new byte[MaxMessage + 1];
        var writer = new OpenFlowWriter(buffer);
        try
        {
            encode(ref writer, body, xid);
        }
        catch (InvalidOperationException e)
        {
            throw new RyuJsonException(body.Path, e.Message, e);
        }
        catch (ArgumentException e)
        {
            throw new RyuJsonException(body.Path, e.Message, e);
        }

        if (writer.Overflowed || writer.BytesWritten > MaxMessage)
        {
            throw new RyuJsonException(body.Path, "the message is longer than 65,535 bytes");
        }

        return writer.Written.ToArray();
    }
}
