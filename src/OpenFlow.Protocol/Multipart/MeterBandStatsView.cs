using System;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One band counter of a meter statistics entry (<c>struct ofp_meter_band_stats</c>, 16 bytes), created by <see cref="MeterBandStatsEnumerator"/>.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                  packet_band_count (64 bits)                  |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                   byte_band_count (64 bits)                   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct MeterBandStatsView
{
    /// <summary>Size of <c>ofp_meter_band_stats</c>.</summary>
    public const int Size = 16;

    private const int PacketBandCountOffset = 0;
    private const int ByteBandCountOffset = 8;

    private readonly ReadOnlySpan<byte> _entry;

    internal MeterBandStatsView(ReadOnlySpan<byte> entry, int offset)
    {
        _entry = entry;
        Offset = offset;
    }

    /// <summary>Offset of the structure from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The structure's bytes.</summary>
    public ReadOnlySpan<byte> Raw => _entry;

    /// <summary>Number of packets in the band.</summary>
    public ulong PacketBandCount => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(PacketBandCountOffset));

    /// <summary>Number of bytes in the band.</summary>
    public ulong ByteBandCount => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(ByteBandCountOffset));
}
