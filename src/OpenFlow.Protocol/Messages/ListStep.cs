using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// The step every length-prefixed list enumerator takes: read the entry's own 16-bit length, check it against the
/// entry's fixed part, the alignment and the bytes left, and throw <c>OFPBRC_BAD_LEN</c> naming the entry otherwise.
/// </summary>
internal static class ListStep
{
    /// <summary>
    /// Returns the length of the entry at <paramref name="next"/> in <paramref name="list"/>, whose 16-bit length field
    /// is <paramref name="lengthOffset"/> bytes into it. Throws for a length below <paramref name="minLength"/>, not a
    /// multiple of <paramref name="alignment"/> (1 for none), or beyond the list.
    /// </summary>
    public static int Length(
        ReadOnlySpan<byte> list,
        int next,
        int lengthOffset,
        int minLength,
        int alignment,
        OfpType messageType,
        string listName,
        string lengthName,
        int index,
        int baseOffset)
    {
        int remaining = list.Length - next;
        int offset = baseOffset + next;
        if (remaining < lengthOffset + 2)
        {
            MessageChecks.ThrowBadLength(messageType, MessageChecks.Indexed(listName, index, string.Empty), offset, "list ends inside an entry's fixed fields");
        }

        int length = BinaryPrimitives.ReadUInt16BigEndian(list.Slice(next + lengthOffset));
        if (length < minLength || length > remaining || (length % alignment) != 0)
        {
            MessageChecks.ThrowBadLength(
                messageType,
                MessageChecks.Indexed(listName, index, lengthName),
                offset + lengthOffset,
                length > remaining ? "entry length is beyond the end of the list" : "entry length is below the entry's fixed size or misaligned");
        }

        return length;
    }

    /// <summary>Throws unless <paramref name="list"/> has <paramref name="size"/> bytes at <paramref name="next"/> (fixed-size entries).</summary>
    public static void Fixed(ReadOnlySpan<byte> list, int next, int size, OfpType messageType, string listName, int index, int baseOffset)
    {
        if (list.Length - next < size)
        {
            MessageChecks.ThrowBadLength(messageType, MessageChecks.Indexed(listName, index, string.Empty), baseOffset + next, "list ends inside a fixed-size entry");
        }
    }
}
