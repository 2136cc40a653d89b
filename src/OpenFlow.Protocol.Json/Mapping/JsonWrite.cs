using System;
using System.Text;
using System.Text.Json;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>Small helpers for writing Ryu's value forms.</summary>
internal static class JsonWrite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>A fixed text field as Ryu prints it: the bytes up to the trailing NULs, decoded as UTF-8.</summary>
    public static void Text(Utf8JsonWriter json, string key, ReadOnlySpan<byte> bytes)
    {
        int end = bytes.Length;
        while (end > 0 && bytes[end - 1] == 0)
        {
            end--;
        }

        json.WriteString(key, Utf8.GetString(bytes.Slice(0, end)));
    }

    /// <summary>A text value as the bytes of a fixed field (UTF-8, cut to the field).</summary>
    public static byte[] FixedBytes(string text, int size)
    {
        byte[] field = new byte[size];
        byte[] bytes = Utf8.GetBytes(text);
        bytes.AsSpan(0, Math.Min(bytes.Length, size)).CopyTo(field);
        return field;
    }
}
