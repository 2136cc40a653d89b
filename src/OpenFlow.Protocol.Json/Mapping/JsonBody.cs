using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// The body of one Ryu class object (<c>{"OFPActionOutput": {BODY}}</c>) being encoded: typed getters that name the
/// JSON path in every error, and a record of the keys read, so that a key nobody reads (a typo, a field of
/// another class) is reported instead of silently dropped.
/// </summary>
internal sealed class JsonBody
{
    private readonly JsonElement _element;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public JsonBody(string className, JsonElement element, string path)
    {
        ClassName = className;
        Path = path;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new RyuJsonException(path, "the body of " + className + " must be an object, not " + Kind(element));
        }

        _element = element;
    }

    public string ClassName { get; }

    /// <summary>The path of the body object (<c>$.OFPFlowMod</c>).</summary>
    public string Path { get; }

    /// <summary>Unwraps a one-key class object, which must be of class <paramref name="className"/>.</summary>
    public static JsonBody Unwrap(JsonElement element, string path, string className)
    {
        JsonBody body = Unwrap(element, path);
        if (body.ClassName != className)
        {
            throw new RyuJsonException(body.Path, "expected an " + className + ", not " + body.ClassName);
        }

        return body;
    }

    /// <summary>Unwraps a one-key class object into its class name and body.</summary>
    public static JsonBody Unwrap(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new RyuJsonException(path, "expected a class object such as {\"OFPActionOutput\": {...}}, not " + Kind(element));
        }

        string? name = null;
        JsonElement body = default;
        int count = 0;
        foreach (JsonProperty property in element.EnumerateObject())
        {
            name = property.Name;
            body = property.Value;
            count++;
        }

        if (count != 1 || name is null)
        {
            throw new RyuJsonException(path, "a class object has exactly one key, the class name; this one has " + count.ToString(CultureInfo.InvariantCulture));
        }

        return new JsonBody(name, body, path + "." + name);
    }

    public string PathOf(string key) => Path + "." + key;

    public bool Has(string key) => _element.TryGetProperty(key, out JsonElement value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>Marks a key as read without reading it (keys a class accepts and ignores).</summary>
    public void Ignore(string key) => _read.Add(key);

    public JsonElement Required(string key)
    {
        _read.Add(key);
        if (!_element.TryGetProperty(key, out JsonElement value))
        {
            throw new RyuJsonException(PathOf(key), ClassName + " needs \"" + key + "\"");
        }

        return value;
    }

    public bool TryGet(string key, out JsonElement value)
    {
        _read.Add(key);
        return _element.TryGetProperty(key, out value) && value.ValueKind != JsonValueKind.Null;
    }

    public ulong UInt(string key, ulong max)
    {
        JsonElement value = Required(key);
        return ToUInt(value, PathOf(key), max);
    }

    public ulong UInt(string key, ulong max, ulong defaultValue) => TryGet(key, out JsonElement v) ? ToUInt(v, PathOf(key), max) : defaultValue;

    public byte UInt8(string key) => (byte)UInt(key, byte.MaxValue);

    public ushort UInt16(string key) => (ushort)UInt(key, ushort.MaxValue);

    public uint UInt32(string key) => (uint)UInt(key, uint.MaxValue);

    public ulong UInt64(string key) => UInt(key, ulong.MaxValue);

    public byte UInt8(string key, byte defaultValue) => TryGet(key, out JsonElement v) ? (byte)ToUInt(v, PathOf(key), byte.MaxValue) : defaultValue;

    public ulong UInt64(string key, ulong defaultValue) => TryGet(key, out JsonElement v) ? ToUInt(v, PathOf(key), ulong.MaxValue) : defaultValue;

    public ushort UInt16(string key, ushort defaultValue) => TryGet(key, out JsonElement v) ? (ushort)ToUInt(v, PathOf(key), ushort.MaxValue) : defaultValue;

    public uint UInt32(string key, uint defaultValue) => TryGet(key, out JsonElement v) ? (uint)ToUInt(v, PathOf(key), uint.MaxValue) : defaultValue;

    /// <summary>An optional length field: null when absent or null.</summary>
    public int? OptionalLength(string key) => TryGet(key, out JsonElement v) ? (int)ToUInt(v, PathOf(key), ushort.MaxValue) : null;

    public string Text(string key)
    {
        JsonElement value = Required(key);
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new RyuJsonException(PathOf(key), "expected a string, not " + Kind(value));
        }

        return value.GetString()!;
    }

    /// <summary>Opaque bytes, base64 in Ryu's form; an absent key or null is no bytes.</summary>
    public byte[] Bytes(string key)
    {
        if (!TryGet(key, out JsonElement value))
        {
            return Array.Empty<byte>();
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new RyuJsonException(PathOf(key), "expected base64 bytes, not " + Kind(value));
        }

        try
        {
            return Convert.FromBase64String(value.GetString()!);
        }
        catch (FormatException e)
        {
            throw new RyuJsonException(PathOf(key), "not valid base64: " + e.Message, e);
        }
    }

    public JsonBody Object(string key) => Unwrap(Required(key), PathOf(key));

    /// <summary>The class object under <paramref name="key"/>, which must be of class <paramref name="className"/>.</summary>
    public JsonBody Object(string key, string className) => Unwrap(Required(key), PathOf(key), className);

    /// <summary>The elements of a list of class objects; an absent key or null is an empty list.</summary>
    public List<(JsonElement Element, string Path)> List(string key)
    {
        var items = new List<(JsonElement, string)>();
        if (!TryGet(key, out JsonElement value))
        {
            return items;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new RyuJsonException(PathOf(key), "expected a list, not " + Kind(value));
        }

        int i = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            items.Add((item, PathOf(key) + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
            i++;
        }

        return items;
    }

    /// <summary>Throws for the first key that no reader asked for.</summary>
    public void EnsureAllRead()
    {
        foreach (JsonProperty property in _element.EnumerateObject())
        {
            if (!_read.Contains(property.Name))
            {
                throw new RyuJsonException(PathOf(property.Name), ClassName + " has no field \"" + property.Name + "\"");
            }
        }
    }

    public static ulong ToUInt(JsonElement value, string path, ulong max)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            throw new RyuJsonException(path, "expected a number, not " + Kind(value));
        }

        if (!value.TryGetUInt64(out ulong number))
        {
            throw new RyuJsonException(path, "expected a non-negative integer, not " + value.GetRawText());
        }

        if (number > max)
        {
            throw new RyuJsonException(path, value.GetRawText() + " does not fit the field (at most " + max.ToString(CultureInfo.InvariantCulture) + ")");
        }

        return number;
    }

    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
