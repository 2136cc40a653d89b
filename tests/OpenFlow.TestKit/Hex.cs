using System;
using System.Globalization;
using System.Text;

namespace OpenFlow.TestKit;

/// <summary>Hex vectors for tests: whitespace, '#' comments to the end of a line, and ':' separators are ignored.</summary>
public static class Hex
{
    /// <summary>Parses an annotated hex vector such as <c>"04 0a 0094 # header"</c>.</summary>
    public static byte[] Parse(string text)
    {
        var digits = new StringBuilder(text.Length);
        bool comment = false;
        foreach (char c in text)
        {
            if (c == '#')
            {
                comment = true;
            }
            else if (c is '\n' or '\r')
            {
                comment = false;
            }
            else if (!comment && Uri.IsHexDigit(c))
            {
                digits.Append(c);
            }
            else if (!comment && !char.IsWhiteSpace(c) && c != ':')
            {
                throw new FormatException($"'{c}' is not a hex digit.");
            }
        }

        if (digits.Length % 2 != 0)
        {
            throw new FormatException("A hex vector has an even number of digits.");
        }

        return Convert.FromHexString(digits.ToString());
    }

    /// <summary>Lower-case hex with no separators.</summary>
    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes).ToLower(CultureInfo.InvariantCulture);
}
