using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// An IPv4 header as a value, for building packets (see <see cref="Ipv4View"/> for the layout). Options are carried as
/// their length (<see cref="OptionsLength"/>); their bytes are passed to <see cref="Write(Span{byte}, ReadOnlySpan{byte})"/>.
/// <c>new Ipv4Header()</c> starts with a time to live of 64.
/// </summary>
public readonly record struct Ipv4Header
{
    /// <summary>Size of a header without options.</summary>
    public const int MinLength = Ipv4View.MinLength;

    /// <summary>Creates a header with a time to live of 64 and all other fields zero.</summary>
    public Ipv4Header() => TimeToLive = 64;

    /// <summary>The differentiated services code point, 0..63.</summary>
    public byte Dscp { get; init; }

    /// <summary>The ECN bits, 0..3.</summary>
    public byte Ecn { get; init; }

    /// <summary>The total length: header and payload in bytes.</summary>
    public ushort TotalLength { get; init; }

    /// <summary>The identification field.</summary>
    public ushort Identification { get; init; }

    /// <summary>The flag bits.</summary>
    public Ipv4Flags Flags { get; init; }

    /// <summary>The fragment offset in 8-byte units, 0..8191.</summary>
    public ushort FragmentOffset { get; init; }

    /// <summary>The time to live.</summary>
    public byte TimeToLive { get; init; }

    /// <summary>The protocol of the payload.</summary>
    public IpProtocol Protocol { get; init; }

    /// <summary>The header checksum, written as given (see <see cref="Checksums.WriteIpv4HeaderChecksum"/> to compute it in place).</summary>
    public ushort HeaderChecksum { get; init; }

    /// <summary>The source address.</summary>
    public Ipv4Address Source { get; init; }

    /// <summary>The destination address.</summary>
    public Ipv4Address Destination { get; init; }

    /// <summary>The length of the options in bytes: a multiple of 4, at most 40.</summary>
    public int OptionsLength { get; init; }

    /// <summary>The header length in bytes, options included.</summary>
    public int Length => MinLength + OptionsLength;

    /// <summary>Writes a header without options.</summary>
    /// <param name="destination">At least 20 bytes.</param>
    /// <returns>The bytes written, 20.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too small, or <see cref="OptionsLength"/> is not zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A field does not fit its bits.</exception>
    public int Write(Span<byte> destination) => Write(destination, default);

    /// <summary>Writes the header followed by its options.</summary>
    /// <param name="destination">At least <see cref="Length"/> bytes.</param>
    /// <param name="options">The options, exactly <see cref="OptionsLength"/> bytes.</param>
    /// <returns>The bytes written, <see cref="Length"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too small, or <paramref name="options"/> is not <see cref="OptionsLength"/> long.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A field does not fit its bits, or <see cref="OptionsLength"/> is not a multiple of 4 up to 40.</exception>
    public int Write(Span<byte> destination, ReadOnlySpan<byte> options)
    {
        PacketChecks.Options(options, OptionsLength, Ipv4View.MaxLength - MinLength);
        PacketChecks.Range(Dscp, 63, nameof(Dscp));
        PacketChecks.Range(Ecn, 3, nameof(Ecn));
        PacketChecks.Range((uint)Flags, 7, nameof(Flags));
        PacketChecks.Range(FragmentOffset, 0x1fff, nameof(FragmentOffset));
        int length = Length;
        PacketChecks.Space(destination, length);
        destination[0] = (byte)(0x40 | (length / 4));
        destination[1] = (byte)((Dscp << 2) | Ecn);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(2), TotalLength);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(4), Identification);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(6), (ushort)(((int)Flags << 13) | FragmentOffset));
        destination[8] = TimeToLive;
        destination[9] = Protocol.Value;
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(10), HeaderChecksum);
        Source.Write(destination.Slice(12));
        Destination.Write(destination.Slice(16));
        options.CopyTo(destination.Slice(MinLength));
        return length;
    }

    /// <summary>The header checksum these fields (and <paramref name="options"/>) would carry; allocation-free.</summary>
    /// <param name="options">The options, exactly <see cref="OptionsLength"/> bytes.</param>
    /// <exception cref="ArgumentException">As for <see cref="Write(Span{byte}, ReadOnlySpan{byte})"/>.</exception>
    public ushort ComputeChecksum(ReadOnlySpan<byte> options = default)
    {
        Span<byte> header = stackalloc byte[Ipv4View.MaxLength];
        int length = Write(header, options);
        return Checksums.Ipv4HeaderChecksum(header.Slice(0, length));
    }
}
