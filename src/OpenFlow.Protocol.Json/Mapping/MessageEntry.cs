using System;
using System.Text.Json;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>Writes the body fields of one message's Ryu class (the caller writes the class object around them).</summary>
/// <param name="json">Where the JSON goes, positioned inside the class body object.</param>
/// <param name="message">The whole message, header included, its length already checked against the header.</param>
internal delegate void MessageDecoder(Utf8JsonWriter json, ReadOnlySpan<byte> message);

/// <summary>Writes one whole message (header included) from the body of its Ryu class.</summary>
/// <param name="writer">Where the bytes go.</param>
/// <param name="body">The class body; every key the encoder understands must be read from it.</param>
/// <param name="xid">The transaction id.</param>
internal delegate void MessageEncoder(ref OpenFlowWriter writer, JsonBody body, Xid xid);

/// <summary>
/// Decodes what can be decoded of a message cut short (Ryu's <c>OFPTruncatedMessage</c>); returns false when this
/// message cannot even be partly decoded.
/// </summary>
internal delegate bool TruncatedDecoder(Utf8JsonWriter json, ReadOnlySpan<byte> partial);

/// <summary>
/// One Ryu message class: its wire type (and multipart type), and the decoder and encoder when the codec models
/// it. A class without them is known but not supported yet, and is reported as such.
/// </summary>
internal sealed class MessageEntry
{
    public MessageEntry(string className, OfpType type, int multipartType = -1)
    {
        ClassName = className;
        Type = type;
        MultipartType = multipartType;
    }

    public string ClassName { get; }

    public OfpType Type { get; }

    /// <summary>The <c>OFPMP_*</c> type for multipart messages, else -1.</summary>
    public int MultipartType { get; }

    public MessageDecoder? Decode { get; set; }

    public MessageEncoder? Encode { get; set; }

    public TruncatedDecoder? DecodeTruncated { get; set; }
}
