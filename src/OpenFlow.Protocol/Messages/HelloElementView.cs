using System;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// One hello element (<c>struct ofp_hello_elem_header</c> and its body), created by <see cref="HelloElementEnumerator"/>.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |             type              |  length (header + body, no pad)|
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  body: for OFPHET_VERSIONBITMAP, uint32_t bitmaps[]; bit n of  |
/// |  bitmaps[n / 32] set = version n supported ...                 |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// Unknown element types are surfaced with their raw <see cref="Type"/> and <see cref="Body"/>.
/// </summary>
public readonly ref struct HelloElementView
{
    /// <summary>Size of <c>ofp_hello_elem_header</c>.</summary>
    public const int HeaderSize = 4;

    private const int LengthOffset = 2;

    private readonly ReadOnlySpan<byte> _element;

    internal HelloElementView(ReadOnlySpan<byte> element, int offset)
    {
        _element = element;
        Offset = offset;
    }

    /// <summary>The element type; a value outside <see cref="OfpHelloElemType"/> is an unknown element.</summary>
    public OfpHelloElemType Type => (OfpHelloElemType)BinaryPrimitives.ReadUInt16BigEndian(_element);

    /// <summary>The length field: header and body, padding excluded.</summary>
    public int Length => BinaryPrimitives.ReadUInt16BigEndian(_element.Slice(LengthOffset));

    /// <summary>Offset of the element from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The element without padding, header included.</summary>
    public ReadOnlySpan<byte> Raw => _element;

    /// <summary>The body: everything after the 4-byte element header, padding excluded.</summary>
    public ReadOnlySpan<byte> Body => _element.Slice(HeaderSize);

    /// <summary>How many 32-bit bitmaps a version bitmap element holds (0 for other types).</summary>
    public int BitmapCount => Type == OfpHelloElemType.VersionBitmap ? Body.Length / 4 : 0;

    /// <summary>One 32-bit bitmap of a version bitmap element.</summary>
    /// <param name="index">From 0 to <see cref="BitmapCount"/> - 1.</param>
    public uint GetBitmap(int index)
    {
        if ((uint)index >= (uint)BitmapCount)
        {
            Wire.ThrowHelper.ThrowArgumentOutOfRange(nameof(index), "There is no bitmap at this index.");
        }

        return BinaryPrimitives.ReadUInt32BigEndian(Body.Slice(index * 4));
    }

    /// <summary>Whether this is a version bitmap with the bit of <paramref name="version"/> set.</summary>
    /// <param name="version">A wire version (4 for OpenFlow 1.3).</param>
    public bool SupportsVersion(byte version)
    {
        int word = version >> 5;
        return word < BitmapCount && (GetBitmap(word) & (1u << (version & 31))) != 0;
    }
}
