using System;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// A TCP header as a value, for building segments (see <see cref="TcpView"/> for the layout). Options are carried as
/// their length (<see cref="OptionsLength"/>); their bytes are passed to <see cref="Write(Span{byte}, ReadOnlySpan{byte})"/>.
/// The reserved bits are written as zero; the data offset follows from <see cref="OptionsLength"/>.
/// </summary>
public readonly record struct TcpHeader
{
    /// <summary>Size of a header without options.</summary>
    public const int MinLength = TcpView.MinLength;

    /// <summary>The source port.</summary>
    public ushort SourcePort { get; init; }

    /// <summary>The destination port.</summary>
    public ushort DestinationPort { get; init; }

    /// <summary>The sequence number.</summary>
    public uint SequenceNumber { get; init; }

    /// <summary>The acknowledgment number.</summary>
    public uint AcknowledgmentNumber { get; init; }

    /// <summary>The control bits.</summary>
    public TcpFlags Flags { get; init; }

    /// <summary>The window size.</summary>
    public ushort Window { get; init; }

    /// <summary>The checksum, written as given (the frame builders compute it).</summary>
    public ushort Checksum { get; init; }

    /// <summary>The urgent pointer.</summary>
    public ushort UrgentPointer { get; init; }

    /// <summary>The length of the options in bytes: a multiple of 4, at most 40.</summary>
    public int OptionsLength { get; init; }

    /// <summary>The header length in bytes, options included.</summary>
    public int Length => MinLength + OptionsLength;

    /// <summary>Writes a header without options.</summary>
    /// <param name="destination">At least 20 bytes.</param>
    /// <returns>The bytes written, 20.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too small, or <see cref="OptionsLength"/> is not zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Flags"/> has bits beyond the nine control bits.</exception>
    public int Write(Span<byte> destination) => Write(destination, default);

    /// <summary>Writes the header followed by its options.</summary>
    /// <param name="destination">At least <see cref="Length"/> bytes.</param>
    /// <param name="options">The options, exactly <see cref="OptionsLength"/> bytes.</param>
    /// <returns>The bytes written, <see cref="Length"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too small, or <paramref name="options"/> is not <see cref="OptionsLength"/> long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Flags"/> has bits beyond the nine control bits, or <see cref="OptionsLength"/> is not a multiple of 4 up to 40.</exception>
    public int Write(Span<byte> destination, ReadOnlySpan<byte> options)
    {
        PacketChecks.Options(options, OptionsLength, TcpView.MaxLength - MinLength);
        PacketChecks.Range((uint)Flags, 0x01ff, nameof(Flags));
        int length = Length;
        PacketChecks.Space(destination, length);
        BinaryPrimitives.WriteUInt16BigEndian(destination, SourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(2), DestinationPort);
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(4), SequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(8), AcknowledgmentNumber);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(12), (ushort)(((length / 4) << 12) | (int)Flags));
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(14), Window);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(16), Checksum);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(18), UrgentPointer);
        options.CopyTo(destination.Slice(MinLength));
        return length;
    }
}
