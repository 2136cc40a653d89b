using System;
using System.Buffers.Binary;
using System.Text.Json;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// <c>ofp_match</c> as Ryu's <c>{"OFPMatch": {"length": 14, "oxm_fields": [...], "type": 1}}</c>: <c>length</c> is the
/// unpadded length from the wire, the fields keep their wire order.
/// </summary>
internal static class MatchJson
{
    public const string ClassName = "OFPMatch";

    public static void Write(Utf8JsonWriter json, MatchView match)
    {
        json.WriteStartObject();
        json.WriteStartObject(ClassName);
        json.WriteNumber("length", match.Length);
        json.WriteStartArray("oxm_fields");
        foreach (OxmView oxm in match)
        {
            OxmJson.Write(json, oxm.Bytes);
        }

        json.WriteEndArray();
        json.WriteNumber("type", match.Type);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes what Ryu decodes of a match cut short: the wire length and type, and the fields that are whole
    /// within <paramref name="available"/>. Returns false when not even the match header is there.
    /// </summary>
    public static bool WritePartial(Utf8JsonWriter json, ReadOnlySpan<byte> available)
    {
        if (available.Length < MatchView.HeaderSize)
        {
            return false;
        }

        int length = BinaryPrimitives.ReadUInt16BigEndian(available.Slice(2));
        json.WriteStartObject();
        json.WriteStartObject(ClassName);
        json.WriteNumber("length", length);
        json.WriteStartArray("oxm_fields");
        ReadOnlySpan<byte> rest = available.Slice(MatchView.HeaderSize, Math.Min(available.Length, Math.Max(length, MatchView.HeaderSize)) - MatchView.HeaderSize);
        while (rest.Length >= OxmJson.HeaderSize && OxmJson.HeaderSize + rest[3] <= rest.Length)
        {
            int tlvLength = OxmJson.HeaderSize + rest[3];
            OxmJson.Write(json, rest.Slice(0, tlvLength));
            rest = rest.Slice(tlvLength);
        }

        json.WriteEndArray();
        json.WriteNumber("type", BinaryPrimitives.ReadUInt16BigEndian(available));
        json.WriteEndObject();
        json.WriteEndObject();
        return true;
    }

    /// <summary>Encodes <c>{"OFPMatch": {...}}</c>, padded to 8 bytes; a given <c>length</c> must be the unpadded length.</summary>
    public static void Encode(ref OpenFlowWriter writer, JsonElement element, string path)
    {
        JsonBody body = JsonBody.Unwrap(element, path, ClassName);
        ushort type = body.UInt16("type", MatchView.TypeOxm);
        int? givenLength = body.OptionalLength("length");
        int start = writer.BytesWritten;
        writer.WriteUInt16(type);
        writer.WriteUInt16(0);
        foreach (var (oxm, oxmPath) in body.List("oxm_fields"))
        {
            OxmJson.Encode(ref writer, oxm, oxmPath);
        }

        body.EnsureAllRead();
        int length = writer.BytesWritten - start;
        Lengths.Expect(givenLength, length, body.PathOf("length"));
        writer.PatchUInt16(start + 2, length);
        writer.PadTo8(start);
    }
}
