using System;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// A zero-copy view of an ICMPv4 header (RFC 792) and its data.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |     Type      |     Code      |          Checksum             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |   rest of header (echo: Identifier | Sequence Number)         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |     data ...
/// </code>
/// </summary>
public readonly ref struct IcmpView
{
    /// <summary>Size of the header in bytes.</summary>
    public const int Size = 8;

    private const int TypeOffset = 0;
    private const int CodeOffset = 1;
    private const int ChecksumOffset = 2;
    private const int RestOffset = 4;
    private const int IdentifierOffset = 4;
    private const int SequenceOffset = 6;

    private readonly ReadOnlySpan<byte> _data;

    private IcmpView(ReadOnlySpan<byte> data) => _data = data;

    /// <summary>Creates a view when <paramref name="source"/> holds the 8-byte header.</summary>
    /// <param name="source">The ICMP message: header and data.</param>
    /// <param name="view">The view, when the header is whole.</param>
    /// <param name="error">Why not (<see cref="PacketErrorReason.Truncated"/>), otherwise default.</param>
    public static bool TryRead(ReadOnlySpan<byte> source, out IcmpView view, out PacketError error)
    {
        if (source.Length < Size)
        {
            view = default;
            error = new PacketError(PacketLayer.Icmp, PacketErrorReason.Truncated, Size, source.Length, 0);
            return false;
        }

        view = new IcmpView(source);
        error = default;
        return true;
    }

    /// <summary>The message type.</summary>
    public IcmpType Type => (IcmpType)_data[TypeOffset];

    /// <summary>The code.</summary>
    public byte Code => _data[CodeOffset];

    /// <summary>The checksum as on the wire.</summary>
    public ushort Checksum => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(ChecksumOffset));

    /// <summary>The four bytes after the checksum, whose meaning depends on the type.</summary>
    public uint RestOfHeader => BinaryPrimitives.ReadUInt32BigEndian(_data.Slice(RestOffset));

    /// <summary>The identifier of an echo request or reply (high half of <see cref="RestOfHeader"/>).</summary>
    public ushort Identifier => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(IdentifierOffset));

    /// <summary>The sequence number of an echo request or reply (low half of <see cref="RestOfHeader"/>).</summary>
    public ushort SequenceNumber => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(SequenceOffset));

    /// <summary>Whether this is an echo request (type 8, code 0).</summary>
    public bool IsEchoRequest => Type == IcmpType.EchoRequest && Code == 0;

    /// <summary>The 8 header bytes.</summary>
    public ReadOnlySpan<byte> Header => _data.Slice(0, Size);

    /// <summary>The data after the header (as much as the view was given).</summary>
    public ReadOnlySpan<byte> Payload => _data.Slice(Size);

    /// <summary>Copies the header fields into an owned value.</summary>
    public IcmpHeader ToHeader() => new(Type, Code, RestOfHeader, Checksum);
}
