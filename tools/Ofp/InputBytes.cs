using System;
using System.Globalization;
using System.IO;
using System.Text;
using OpenFlow.Protocol.Framing;

namespace OpenFlow.Tools.Ofp;

/// <summary>
/// What the <c>decode</c> and <c>pcap</c> verbs share: turning an input (hex text, stdin) into bytes, and reporting a
/// problem in it as one line <c>ofp: NAME: offset N: reason</c>, including why framing stopped.
/// </summary>
internal static class InputBytes
{
    /// <summary>Hex digits, with white space, <c>:</c> and <c>-</c> allowed between them.</summary>
    public static byte[] ParseHex(string text)
    {
        var digits = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (Uri.IsHexDigit(c))
            {
                digits.Append(c);
            }
            else if (!char.IsWhiteSpace(c) && c is not ':' and not '-')
            {
                throw new FormatException($"'{c}' is not a hex digit");
            }
        }

        if (digits.Length % 2 != 0)
        {
            throw new FormatException("odd number of hex digits");
        }

        return Convert.FromHexString(digits.ToString());
    }

    /// <summary>Everything left in <paramref name="input"/>.</summary>
    public static byte[] ReadAll(Stream input)
    {
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Reports one problem of the input <paramref name="name"/> at <paramref name="offset"/>.</summary>
    public static void Report(TextWriter error, string name, int offset, string reason) =>
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ofp: {name}: offset {offset}: {reason}"));

    /// <summary>Reports a header, at <paramref name="offset"/>, whose length is below the header's 8 bytes.</summary>
    public static void ReportFramingLost(TextWriter error, string name, int offset, OfpHeader header) =>
        Report(error, name, offset + OfpHeader.LengthOffset, $"length {header.Length} is below the 8-byte header; framing is lost");

    /// <summary>Reports an input that ends, <paramref name="left"/> bytes after <paramref name="offset"/>, inside a message.</summary>
    public static void ReportTruncated(TextWriter error, string name, int offset, OfpHeader header, long left) =>
        Report(error, name, offset, left < OfpHeader.Size
            ? $"{left} bytes left, less than a message header"
            : $"message truncated: the header says {header.Length} bytes, {left} are left");
}
