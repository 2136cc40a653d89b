using System;
using System.Globalization;

namespace OpenFlow.Protocol.Match;

/// <summary>What is wrong with one OXM TLV, found by <see cref="OxmTlv.Check"/>.</summary>
internal enum OxmProblem
{
    None = 0,
    HeaderTruncated,
    PayloadBeyondEnd,
    BadPayloadLength,
}

/// <summary>Length checks shared by matches and set-field actions.</summary>
internal static class OxmTlv
{
    /// <summary>Offset of the 8-bit <c>oxm_length</c> inside the TLV.</summary>
    public const int LengthFieldOffset = 3;

    /// <summary>Checks the TLV at the start of <paramref name="rest"/> (which runs to the end of its list).</summary>
    public static OxmProblem Check(ReadOnlySpan<byte> rest, out int tlvLength)
    {
        tlvLength = 0;
        if (rest.Length < OxmHeader.Size)
        {
            return OxmProblem.HeaderTruncated;
        }

        OxmHeader header = OxmHeader.Read(rest);
        int payload = header.PayloadLength;
        tlvLength = OxmHeader.Size + payload;
        if (tlvLength > rest.Length)
        {
            return OxmProblem.PayloadBeyondEnd;
        }

        switch (header.Class)
        {
            case OxmClass.OpenFlowBasic when OxmFieldInfo.IsDefined((OxmField)header.FieldCode):
                int expected = OxmFieldInfo.GetValueLength((OxmField)header.FieldCode) * (header.HasMask ? 2 : 1);
                return payload == expected ? OxmProblem.None : OxmProblem.BadPayloadLength;
            case OxmClass.Experimenter:
                return payload < 4 || (header.HasMask && ((payload - 4) & 1) != 0) ? OxmProblem.BadPayloadLength : OxmProblem.None;
            default:
                return header.HasMask && (payload & 1) != 0 ? OxmProblem.BadPayloadLength : OxmProblem.None;
        }
    }

    /// <summary>The reason text of a problem.</summary>
    public static string Reason(OxmProblem problem) => problem switch
    {
        OxmProblem.HeaderTruncated => "ends inside the 4-byte OXM header",
        OxmProblem.PayloadBeyondEnd => "OXM payload extends beyond the end of its list",
        _ => "OXM payload length does not fit the field (value size, twice with a mask; experimenter id of 4 bytes)",
    };

    /// <summary>Field name of a problem: <c>prefix[i]</c> for a cut header, <c>prefix[i].length</c> otherwise.</summary>
    public static string FieldName(string prefix, int index, OxmProblem problem) =>
        string.Concat(prefix, "[", index.ToString(CultureInfo.InvariantCulture), problem == OxmProblem.HeaderTruncated ? "]" : "].length");

    /// <summary>Offset inside the TLV where a problem is reported.</summary>
    public static int ProblemOffset(OxmProblem problem) => problem == OxmProblem.HeaderTruncated ? 0 : LengthFieldOffset;
}
