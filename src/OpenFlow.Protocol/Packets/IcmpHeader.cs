using System;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Packets;

/// <summary>An ICMPv4 header as a value, for building messages (see <see cref="IcmpView"/> for the layout).</summary>
/// <param name="Type">The message type.</param>
/// <param name="Code">The code.</param>
/// <param name="RestOfHeader">The four bytes after the checksum (echo: identifier in the high half, sequence number in the low).</param>
/// <param name="Checksum">The checksum, written as given (the frame builders compute it).</param>
public readonly record struct IcmpHeader(IcmpType Type, byte Code, uint RestOfHeader, ushort Checksum = 0)
{
    /// <summary>Size of the header in bytes.</summary>
    public const int Size = IcmpView.Size;

    /// <summary>The identifier of an echo (high half of <see cref="RestOfHeader"/>).</summary>
    public ushort Identifier => (ushort)(RestOfHeader >> 16);

    /// <summary>The sequence number of an echo (low half of <see cref="RestOfHeader"/>).</summary>
    public ushort SequenceNumber => (ushort)RestOfHeader;

    /// <summary>An echo request (type 8, code 0).</summary>
    /// <param name="identifier">The identifier.</param>
    /// <param name="sequenceNumber">The sequence number.</param>
    public static IcmpHeader EchoRequest(ushort identifier, ushort sequenceNumber) =>
        new(IcmpType.EchoRequest, 0, ((uint)identifier << 16) | sequenceNumber);

    /// <summary>An echo reply (type 0, code 0).</summary>
    /// <param name="identifier">The identifier of the request.</param>
    /// <param name="sequenceNumber">The sequence number of the request.</param>
    public static IcmpHeader EchoReply(ushort identifier, ushort sequenceNumber) =>
        new(IcmpType.EchoReply, 0, ((uint)identifier << 16) | sequenceNumber);

    /// <summary>Writes the 8-byte header.</summary>
    /// <param name="destination">At least <see cref="Size"/> bytes.</param>
    /// <returns>The bytes written, <see cref="Size"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too small.</exception>
    public int Write(Span<byte> destination)
    {
        PacketChecks.Space(destination, Size);
        destination[0] = (byte)Type;
        destination[1] = Code;
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(2), Checksum);
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(4), RestOfHeader);
        return Size;
    }
}
