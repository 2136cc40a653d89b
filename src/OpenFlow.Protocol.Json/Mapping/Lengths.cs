using System.Globalization;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// The rule for length keys (<c>len</c>, <c>length</c>) in a document being encoded: absent means computed; present
/// must equal what was computed, or may say more, in which case the structure is padded with zeros to that length
/// and the length field says so (the corpus has real messages whose structures carry such padding).
/// </summary>
internal static class Lengths
{
    /// <summary>
    /// Applies a given length to the structure written from <paramref name="start"/> up to now, whose 16-bit length
    /// field is at <paramref name="lengthField"/> and already holds the computed length.
    /// </summary>
    public static void Apply(ref OpenFlowWriter writer, int start, int lengthField, int? given, string path)
    {
        if (given is not int want)
        {
            return;
        }

        int computed = writer.BytesWritten - start;
        if (want == computed)
        {
            return;
        }

        if (want < computed)
        {
            throw new RyuJsonException(path, string.Format(CultureInfo.InvariantCulture, "says {0} bytes, but the structure takes {1}", want, computed));
        }

        writer.WriteZeros(want - computed);
        writer.PatchUInt16(lengthField, want);
    }

    /// <summary>Checks a given length that must equal the computed one exactly (such as <c>ofp_match.length</c>).</summary>
    public static void Expect(int? given, int computed, string path)
    {
        if (given is int want && want != computed)
        {
            throw new RyuJsonException(path, string.Format(CultureInfo.InvariantCulture, "says {0} bytes, but the structure takes {1}", want, computed));
        }
    }
}
