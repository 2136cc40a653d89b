using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text.Json;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// One fixed-width unsigned field of a wire struct as a Ryu JSON key: its offset, width (1, 2, 4, 8 bytes) and the
/// value Ryu's constructor uses when the key is absent. A null key is padding (zeros).
/// </summary>
internal sealed record FixedField(string? Key, int Offset, int Width, ulong Default = 0)
{
    public static FixedField Pad(int offset, int width) => new(null, offset, width);

    public ulong Read(ReadOnlySpan<byte> source) => Width switch
    {
        1 => source[Offset],
        2 => BinaryPrimitives.ReadUInt16BigEndian(source.Slice(Offset)),
        4 => BinaryPrimitives.ReadUInt32BigEndian(source.Slice(Offset)),
        _ => BinaryPrimitives.ReadUInt64BigEndian(source.Slice(Offset)),
    };
}

/// <summary>Reads and writes a struct's fixed fields from a <see cref="FixedField"/> table (listed in wire order).</summary>
internal static class FixedFields
{
    /// <summary>The bytes the table covers (its last field's end).</summary>
    public static int End(IReadOnlyList<FixedField> fields) => fields[^1].Offset + fields[^1].Width;

    /// <summary>Writes the named fields as JSON numbers (the caller orders keys: this writes them as listed).</summary>
    public static void Write(Utf8JsonWriter json, ReadOnlySpan<byte> source, IReadOnlyList<FixedField> fields, string key)
    {
        foreach (FixedField field in fields)
        {
            if (field.Key == key)
            {
                json.WriteNumber(key, field.Read(source));
                return;
            }
        }

        throw new ArgumentException("No field " + key + " in the table.", nameof(key));
    }

    /// <summary>Writes every named field as a JSON number, in key order.</summary>
    public static void WriteAll(Utf8JsonWriter json, ReadOnlySpan<byte> source, IReadOnlyList<FixedField> fields)
    {
        var sorted = new List<FixedField>();
        foreach (FixedField field in fields)
        {
            if (field.Key is not null)
            {
                sorted.Add(field);
            }
        }

        sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (FixedField field in sorted)
        {
            json.WriteNumber(field.Key!, field.Read(source));
        }
    }

    /// <summary>Writes the fields in wire order from the JSON body (absent keys take their defaults, padding is zeros).</summary>
    public static void Encode(ref OpenFlowWriter writer, JsonBody body, IReadOnlyList<FixedField> fields, int structStart)
    {
        foreach (FixedField field in fields)
        {
            if (writer.BytesWritten - structStart != field.Offset)
            {
                throw new InvalidOperationException("A fixed-field table is not contiguous at offset " + field.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
            }

            if (field.Key is null)
            {
                writer.WriteZeros(field.Width);
                continue;
            }

            ulong max = field.Width == 8 ? ulong.MaxValue : (1UL << (field.Width * 8)) - 1;
            ulong value = body.TryGet(field.Key, out JsonElement element) ? JsonBody.ToUInt(element, body.PathOf(field.Key), max) : field.Default;
            switch (field.Width)
            {
                case 1: writer.WriteUInt8((byte)value); break;
                case 2: writer.WriteUInt16((ushort)value); break;
                case 4: writer.WriteUInt32((uint)value); break;
                default: writer.WriteUInt64(value); break;
            }
        }
    }

    /// <summary>Throws the codec's format error when <paramref name="source"/> is shorter than <paramref name="needed"/>.</summary>
    public static void Require(ReadOnlySpan<byte> source, int needed, OfpType type, string field, int offset)
    {
        if (source.Length < needed)
        {
            throw Format.Truncated(type, field, offset);
        }
    }
}
