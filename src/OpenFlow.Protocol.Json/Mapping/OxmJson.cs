using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// One OXM TLV in Ryu's form, <c>{"OXMTlv": {"field": "eth_dst", "mask": null, "value": "f2:0b:a4:7d:f8:ea"}}</c>,
/// in both directions. Works on the TLV's bytes (framing already checked by the codec's views) so that the same
/// code serves match fields, set-field actions and, later, NXM fields inside Nicira actions.
/// </summary>
internal static class OxmJson
{
    public const string ClassName = "OXMTlv";
    public const int HeaderSize = 4;

    /// <summary>Writes <c>{"OXMTlv": {...}}</c> for one whole TLV.</summary>
    public static void Write(Utf8JsonWriter json, ReadOnlySpan<byte> tlv)
    {
        Describe(tlv, out OxmEntry entry, out ReadOnlySpan<byte> value, out ReadOnlySpan<byte> mask, out bool hasMask);
        json.WriteStartObject();
        json.WriteStartObject(ClassName);
        json.WriteString("field", entry.Name);
        json.WritePropertyName("mask");
        if (hasMask)
        {
            WriteValue(json, entry, mask);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WritePropertyName("value");
        WriteValue(json, entry, value);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Ryu's name of the field of a TLV (for text output).</summary>
    public static string FieldName(ReadOnlySpan<byte> tlv)
    {
        Describe(tlv, out OxmEntry entry, out _, out _, out _);
        return entry.Name;
    }

    /// <summary>Splits a TLV into its table entry, value and mask, as os-ken's <c>oxm_parse</c> does.</summary>
    public static void Describe(ReadOnlySpan<byte> tlv, out OxmEntry entry, out ReadOnlySpan<byte> value, out ReadOnlySpan<byte> mask, out bool hasMask)
    {
        uint header = BinaryPrimitives.ReadUInt32BigEndian(tlv);
        ushort oxmClass = (ushort)(header >> 16);
        byte field = (byte)((header >> 9) & 0x7f);
        hasMask = (header & 0x100) != 0;
        int length = (int)(header & 0xff);
        ReadOnlySpan<byte> payload = tlv.Slice(HeaderSize, length);
        uint experimenter = 0;
        ushort expType = 0;
        if (oxmClass == OxmTable.ExperimenterClass)
        {
            experimenter = BinaryPrimitives.ReadUInt32BigEndian(payload);
            if (experimenter == OxmTable.OnfExperimenter && field == 0 && payload.Length >= 6)
            {
                expType = BinaryPrimitives.ReadUInt16BigEndian(payload.Slice(4));
            }
        }

        OxmEntry? known = OxmTable.Find(oxmClass, field, experimenter, expType);
        if (known is null)
        {
            if (oxmClass == OxmTable.ExperimenterClass)
            {
                throw new RyuJsonNotSupportedException(string.Format(CultureInfo.InvariantCulture, "experimenter OXM 0x{0:x8}/{1}", experimenter, field));
            }

            known = OxmTable.Unknown(oxmClass, field);
        }

        entry = known;
        payload = payload.Slice(entry.ExtraHeaderSize);
        int valueLength = hasMask ? payload.Length / 2 : payload.Length;
        value = payload.Slice(0, valueLength);
        mask = hasMask ? payload.Slice(valueLength, valueLength) : default;
    }

    public static void WriteValue(Utf8JsonWriter json, OxmEntry entry, ReadOnlySpan<byte> bytes)
    {
        if (entry.Kind != OxmValueKind.Opaque && bytes.Length != entry.Size)
        {
            // os-ken raises here; print the bytes rather than fail, so that a dump still shows the message.
            json.WriteBase64StringValue(bytes);
            return;
        }

        switch (entry.Kind)
        {
            case OxmValueKind.Mac:
                json.WriteStringValue(MacAddress.Read(bytes).ToString());
                break;
            case OxmValueKind.Ipv4:
                json.WriteStringValue(Ipv4Address.Read(bytes).ToString());
                break;
            case OxmValueKind.Ipv6:
                json.WriteStringValue(Ipv6Address.Read(bytes).ToString());
                break;
            case OxmValueKind.Opaque:
                json.WriteBase64StringValue(bytes);
                break;
            default:
                WriteInteger(json, bytes);
                break;
        }
    }

    /// <summary>Writes a big-endian unsigned integer of any width up to 16 bytes as a JSON number.</summary>
    public static void WriteInteger(Utf8JsonWriter json, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= 8)
        {
            ulong v = 0;
            foreach (byte b in bytes)
            {
                v = (v << 8) | b;
            }

            json.WriteNumberValue(v);
            return;
        }

        UInt128 wide = 0;
        foreach (byte b in bytes)
        {
            wide = (wide << 8) | b;
        }

        json.WriteRawValue(wide.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Encodes <c>{"OXMTlv": {...}}</c> as one TLV.</summary>
    public static void Encode(ref OpenFlowWriter writer, JsonElement element, string path) => WriteTlv(ref writer, Parse(element, path));

    /// <summary>Reads <c>{"OXMTlv": {...}}</c> into its table entry, value bytes and mask bytes (null when unmasked).</summary>
    public static (OxmEntry Entry, byte[] Value, byte[]? Mask) Parse(JsonElement element, string path)
    {
        JsonBody body = JsonBody.Unwrap(element, path, ClassName);
        string name = body.Text("field");
        OxmEntry entry = OxmTable.Find(name) ?? throw new RyuJsonException(body.PathOf("field"), "unknown OXM field \"" + name + "\"");
        byte[] value = ParseValue(entry, body.Required("value"), body.PathOf("value"));
        byte[]? mask = body.TryGet("mask", out JsonElement maskElement) ? ParseValue(entry, maskElement, body.PathOf("mask")) : null;
        body.EnsureAllRead();
        if (mask is not null && mask.Length != value.Length)
        {
            throw new RyuJsonException(body.PathOf("mask"), "the mask has " + mask.Length.ToString(CultureInfo.InvariantCulture) + " bytes, the value " + value.Length.ToString(CultureInfo.InvariantCulture));
        }

        if (entry.ExtraHeaderSize + value.Length + (mask?.Length ?? 0) > 0xff)
        {
            throw new RyuJsonException(body.PathOf("value"), "the value is too long for an OXM TLV");
        }

        return (entry, value, mask);
    }

    /// <summary>Writes one TLV: header, experimenter id (and ONF exp_type), value, mask.</summary>
    public static void WriteTlv(ref OpenFlowWriter writer, (OxmEntry Entry, byte[] Value, byte[]? Mask) oxm)
    {
        var (entry, value, mask) = oxm;
        int length = entry.ExtraHeaderSize + value.Length + (mask?.Length ?? 0);
        writer.WriteUInt32(((uint)entry.OxmClass << 16) | ((uint)entry.Field << 9) | (mask is null ? 0u : 0x100u) | (uint)length);
        if (entry.OxmClass == OxmTable.ExperimenterClass)
        {
            writer.WriteUInt32(entry.Experimenter);
            if (entry.ExpType is ushort expType)
            {
                writer.WriteUInt16(expType);
            }
        }

        writer.WriteBytes(value);
        if (mask is not null)
        {
            writer.WriteBytes(mask);
        }
    }

    public static byte[] ParseValue(OxmEntry entry, JsonElement element, string path)
    {
        switch (entry.Kind)
        {
            case OxmValueKind.Mac:
                return MacAddress.TryParse(Text(element, path).AsSpan(), out MacAddress mac) ? Bytes(mac) : throw new RyuJsonException(path, "not a MAC address");
            case OxmValueKind.Ipv4:
                return Ipv4Address.TryParse(Text(element, path).AsSpan(), out Ipv4Address v4) ? Bytes(v4) : throw new RyuJsonException(path, "not an IPv4 address");
            case OxmValueKind.Ipv6:
                return Ipv6Address.TryParse(Text(element, path), out Ipv6Address v6) ? Bytes(v6) : throw new RyuJsonException(path, "not an IPv6 address");
            case OxmValueKind.Opaque:
                try
                {
                    return Convert.FromBase64String(Text(element, path));
                }
                catch (FormatException e)
                {
                    throw new RyuJsonException(path, "not valid base64", e);
                }

            default:
                return Integer(element, path, entry.Size);
        }
    }

    private static byte[] Integer(JsonElement element, string path, int size)
    {
        if (element.ValueKind != JsonValueKind.Number || !UInt128.TryParse(element.GetRawText(), NumberStyles.None, CultureInfo.InvariantCulture, out UInt128 number))
        {
            throw new RyuJsonException(path, "expected a non-negative integer, not " + JsonBody.Kind(element));
        }

        if (size < 16 && number >> (size * 8) != 0)
        {
            throw new RyuJsonException(path, element.GetRawText() + " does not fit " + size.ToString(CultureInfo.InvariantCulture) + " bytes");
        }

        byte[] bytes = new byte[size];
        for (int i = size - 1; i >= 0; i--)
        {
            bytes[i] = (byte)number;
            number >>= 8;
        }

        return bytes;
    }

    private static string Text(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw new RyuJsonException(path, "expected a string, not " + JsonBody.Kind(element));

    private static byte[] Bytes(MacAddress mac)
    {
        byte[] b = new byte[MacAddress.Size];
        mac.Write(b);
        return b;
    }

    private static byte[] Bytes(Ipv4Address address)
    {
        byte[] b = new byte[Ipv4Address.Size];
        address.Write(b);
        return b;
    }

    private static byte[] Bytes(Ipv6Address address)
    {
        byte[] b = new byte[Ipv6Address.Size];
        address.Write(b);
        return b;
    }
}
