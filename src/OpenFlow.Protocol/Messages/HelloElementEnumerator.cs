using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// Steps through the elements of a hello by each element's own length, rounded up to 8. Throws
/// <see cref="Errors.OpenFlowFormatException"/> (<c>OFPBRC_BAD_LEN</c>) for an element header cut short, a length
/// below 4 or beyond the message, or a version bitmap whose body is not whole 32-bit words. The padding of the
/// last element may be missing.
/// </summary>
public ref struct HelloElementEnumerator
{
    private readonly ReadOnlySpan<byte> _elements;
    private readonly int _baseOffset;
    private int _next;
    private int _index;
    private HelloElementView _current;

    internal HelloElementEnumerator(ReadOnlySpan<byte> elements, int baseOffset)
    {
        _elements = elements;
        _baseOffset = baseOffset;
        _next = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The element at the current position.</summary>
    public readonly HelloElementView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly HelloElementEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next element.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        int remaining = _elements.Length - _next;
        if (remaining <= 0)
        {
            return false;
        }

        int offset = _baseOffset + _next;
        if (remaining < HelloElementView.HeaderSize)
        {
            MessageChecks.ThrowBadLength(OfpType.Hello, MessageChecks.Indexed("elements", _index, string.Empty), offset, "message ends inside a hello element header");
        }

        int length = BinaryPrimitives.ReadUInt16BigEndian(_elements.Slice(_next + 2));
        if (length < HelloElementView.HeaderSize || length > remaining)
        {
            MessageChecks.ThrowBadLength(OfpType.Hello, MessageChecks.Indexed("elements", _index, ".length"), offset + 2, "hello element length is below 4 or beyond the message");
        }

        var element = new HelloElementView(_elements.Slice(_next, length), offset);
        if (element.Type == OfpHelloElemType.VersionBitmap && (length - HelloElementView.HeaderSize) % 4 != 0)
        {
            MessageChecks.ThrowBadLength(OfpType.Hello, MessageChecks.Indexed("elements", _index, ".length"), offset + 2, "a version bitmap holds whole 32-bit bitmaps");
        }

        _current = element;
        _next += Math.Min(Padding.RoundUpTo8(length), remaining);
        _index++;
        return true;
    }
}
