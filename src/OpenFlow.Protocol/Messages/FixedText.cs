using System;

namespace OpenFlow.Protocol.Messages;

/// <summary>The zero-terminated ASCII fields of OpenFlow (<c>char name[16]</c>, <c>char mfr_desc[256]</c>).</summary>
internal static class FixedText
{
    /// <summary>The bytes before the first zero (all of them when there is none).</summary>
    public static ReadOnlySpan<byte> TrimAtNul(ReadOnlySpan<byte> field)
    {
        int end = field.IndexOf((byte)0);
        return end < 0 ? field : field.Slice(0, end);
    }

    /// <summary>The text before the first zero; bytes above 0x7f become '?'. Allocates the string.</summary>
    public static string ToText(ReadOnlySpan<byte> field)
    {
        ReadOnlySpan<byte> text = TrimAtNul(field);
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        char[] chars = new char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            chars[i] = text[i] < 0x80 ? (char)text[i] : '?';
        }

        return new string(chars);
    }
}
