using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Framing;

/// <summary>
/// The header every OpenFlow message starts with (<c>struct ofp_header</c>).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |     type      |            length             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly struct OfpHeader
{
    /// <summary>Size of the header in bytes; also the smallest legal message length.</summary>
    public const int Size = 8;

    /// <summary>Offset of the <c>version</c> byte.</summary>
    public const int VersionOffset = 0;

    /// <summary>Offset of the <c>type</c> byte.</summary>
    public const int TypeOffset = 1;

    /// <summary>Offset of the 16-bit <c>length</c> field (the whole message, header included).</summary>
    public const int LengthOffset = 2;

    /// <summary>Offset of the 32-bit <c>xid</c> field.</summary>
    public const int XidOffset = 4;

    /// <summary>Creates a header value.</summary>
    /// <param name="version">The wire version.</param>
    /// <param name="type">The message type.</param>
    /// <param name="length">The message length, header included.</param>
    /// <param name="xid">The transaction id.</param>
    public OfpHeader(byte version, OfpType type, ushort length, Xid xid)
    {
        Version = version;
        Type = type;
        Length = length;
        Xid = xid;
    }

    /// <summary>The wire version (<see cref="OfpVersion.Of13"/> for OpenFlow 1.3).</summary>
    public byte Version { get; }

    /// <summary>The message type.</summary>
    public OfpType Type { get; }

    /// <summary>The message length in bytes, header included.</summary>
    public ushort Length { get; }

    /// <summary>The transaction id.</summary>
    public Xid Xid { get; }

    /// <summary>Reads a header from the first 8 bytes of <paramref name="source"/>.</summary>
    /// <param name="source">The start of a message.</param>
    /// <param name="header">The header, when 8 bytes were there.</param>
    /// <returns>False when fewer than 8 bytes were given.</returns>
    public static bool TryRead(ReadOnlySpan<byte> source, out OfpHeader header)
    {
        if (source.Length < Size)
        {
            header = default;
            return false;
        }

        header = new OfpHeader(
            source[VersionOffset],
            (OfpType)source[TypeOffset],
            BinaryPrimitives.ReadUInt16BigEndian(source.Slice(LengthOffset)),
            new Xid(BinaryPrimitives.ReadUInt32BigEndian(source.Slice(XidOffset))));
        return true;
    }

    /// <summary>Writes the header into the first 8 bytes of <paramref name="destination"/>.</summary>
    /// <param name="destination">At least 8 bytes.</param>
    public void Write(Span<byte> destination)
    {
        destination[VersionOffset] = Version;
        destination[TypeOffset] = (byte)Type;
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(LengthOffset), Length);
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(XidOffset), Xid.Value);
    }

    /// <summary>The header as <c>OFPT_x v4 xid=0x.. len=..</c>.</summary>
    public override string ToString() => $"{Type} v{Version} xid={Xid} len={Length}";
}
