using System;
using System.Collections.Generic;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Json;
using OpenFlow.TestKit;

namespace OpenFlow.Protocol.Tests.Conformance;

/// <summary>The four directions checked for each corpus file.</summary>
internal enum Direction
{
    BytesToJson,
    JsonToBytes,
    LengthsRemoved,
    RoundTrip,
}

/// <summary>How one direction fared for one file.</summary>
internal enum Verdict
{
    Pass,

    /// <summary>The file needs a class the mapping does not model yet (a skip with the reason).</summary>
    NotSupported,

    Fail,
}

/// <summary>Runs one direction of the golden loop over one corpus file, with a one-line reason when it does not pass.</summary>
internal static class CorpusCase
{
    public static (Verdict Verdict, string Reason) Run(string name, Direction direction)
    {
        try
        {
            byte[] bytes = Corpus.ReadPacket(name);
            string expectedJson = Corpus.ReadJson(name);
            switch (direction)
            {
                case Direction.BytesToJson:
                    return Diff(RyuJsonWriter.ToJson(bytes), expectedJson);
                case Direction.JsonToBytes:
                    return Compare(bytes, RyuJsonReader.Encode(expectedJson));
                case Direction.LengthsRemoved:
                    return Compare(bytes, RyuJsonReader.Encode(JsonDiff.RemoveLengths(expectedJson)));
                default:
                    return Compare(bytes, RyuJsonReader.Encode(RyuJsonWriter.ToJson(bytes)));
            }
        }
        catch (RyuJsonNotSupportedException e)
        {
            return (Verdict.NotSupported, e.Message);
        }
        catch (Exception e) when (e is OpenFlowFormatException or RyuJsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            return (Verdict.Fail, e.GetType().Name + ": " + e.Message);
        }
    }

    public static (Verdict, string) Diff(string actualJson, string expectedJson) =>
        JsonDiff.FirstDifference(expectedJson, actualJson) is { } difference
            ? (Verdict.Fail, "first difference at " + difference + "\nactual: " + actualJson)
            : (Verdict.Pass, "");

    public static (Verdict, string) Compare(byte[] expected, byte[] actual)
    {
        int n = Math.Min(expected.Length, actual.Length);
        for (int i = 0; i < n; i++)
        {
            if (expected[i] != actual[i])
            {
                return (Verdict.Fail, $"first differing byte at offset {i}: expected 0x{expected[i]:x2}, got 0x{actual[i]:x2}\nexpected: {Hex.Format(expected)}\nactual:   {Hex.Format(actual)}");
            }
        }

        return expected.Length == actual.Length
            ? (Verdict.Pass, "")
            : (Verdict.Fail, $"expected {expected.Length} bytes, got {actual.Length} (equal up to offset {n})\nexpected: {Hex.Format(expected)}\nactual:   {Hex.Format(actual)}");
    }

    /// <summary>Theory data: every corpus file, or one placeholder that skips (fails under CI) when the corpus is absent.</summary>
    public static IEnumerable<string> Names()
    {
        IReadOnlyList<string> names = Corpus.PacketNames();
        return names.Count == 0 ? ["(corpus missing)"] : names;
    }
}
