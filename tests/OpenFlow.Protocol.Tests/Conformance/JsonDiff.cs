using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenFlow.Protocol.Tests.Conformance;

/// <summary>
/// Semantic JSON comparison for golden tests: object keys in any order, numbers by value (64-bit and wider
/// included), everything else exact. Reports the JSON path of the first difference.
/// </summary>
internal static class JsonDiff
{
    /// <summary>The path and description of the first difference, or null when the documents are equal.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        using JsonDocument e = JsonDocument.Parse(expected);
        using JsonDocument a = JsonDocument.Parse(actual);
        return FirstDifference(e.RootElement, a.RootElement, "$");
    }

    public static string? FirstDifference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind
            && !(IsBool(expected) && IsBool(actual)))
        {
            return $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
            {
                var actualKeys = actual.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                foreach (JsonProperty property in expected.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (!actual.TryGetProperty(property.Name, out JsonElement other))
                    {
                        return $"{path}.{property.Name}: missing (expected {Show(property.Value)})";
                    }

                    actualKeys.Remove(property.Name);
                    if (FirstDifference(property.Value, other, path + "." + property.Name) is { } difference)
                    {
                        return difference;
                    }
                }

                return actualKeys.Count == 0 ? null : $"{path}.{actualKeys.OrderBy(k => k, StringComparer.Ordinal).First()}: unexpected key";
            }

            case JsonValueKind.Array:
            {
                int expectedCount = expected.GetArrayLength();
                int actualCount = actual.GetArrayLength();
                for (int i = 0; i < Math.Min(expectedCount, actualCount); i++)
                {
                    if (FirstDifference(expected[i], actual[i], $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return expectedCount == actualCount ? null : $"{path}: expected {expectedCount} elements, got {actualCount}";
            }

            case JsonValueKind.Number:
                return SameNumber(expected.GetRawText(), actual.GetRawText()) ? null : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}";
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
            default:
                return expected.ValueKind == actual.ValueKind ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }
    }

    /// <summary>A copy of a document with every computed length key removed from class bodies (not inside OXM TLVs).</summary>
    public static string RemoveLengths(string json)
    {
        JsonNode root = JsonNode.Parse(json)!;
        Strip(root, className: null);
        return root.ToJsonString();
    }

    /// <summary>The keys that hold lengths computed from the structure itself.</summary>
    public static readonly IReadOnlySet<string> LengthKeys = new HashSet<string>(StringComparer.Ordinal) { "len", "length", "actions_len" };

    private static void Strip(JsonNode? node, string? className)
    {
        switch (node)
        {
            case JsonObject obj:
                bool isClassWrapper = obj.Count == 1 && char.IsUpper(obj.First().Key[0]);
                if (isClassWrapper)
                {
                    var (name, body) = obj.First();
                    Strip(body, name);
                    return;
                }

                if (className is not null && className != "OXMTlv")
                {
                    foreach (string key in obj.Select(p => p.Key).Where(LengthKeys.Contains).ToList())
                    {
                        obj.Remove(key);
                    }
                }

                foreach (var (_, value) in obj.ToList())
                {
                    Strip(value, null);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    Strip(item, null);
                }

                break;
        }
    }

    private static bool IsBool(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static bool SameNumber(string a, string b)
    {
        if (decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal x)
            && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal y))
        {
            return x == y;
        }

        return double.Parse(a, CultureInfo.InvariantCulture) == double.Parse(b, CultureInfo.InvariantCulture);
    }

    private static string Show(JsonElement e)
    {
        string text = e.GetRawText();
        return text.Length > 80 ? text[..77] + "..." : text;
    }
}
