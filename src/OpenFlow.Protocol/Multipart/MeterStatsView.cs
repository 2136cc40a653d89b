using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One entry of an <c>OFPMP_METER</c> reply (<c>struct ofp_meter_stats</c>, 40 bytes and band counters), created by <see cref="MeterStatsEnumerator"/>, which checks its length.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            meter_id                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |              len              |       pad (6 bytes) ...       |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            ... pad                            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           flow_count                          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                   packet_in_count (64 bits)                   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                    byte_in_count (64 bits)                    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          duration_sec                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         duration_nsec                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |      band_stats (ofp_meter_band_stats, 16 bytes each) ...     |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct MeterStatsView
{
    /// <summary>Size of <c>ofp_meter_stats</c> without band counters.</summary>
    public const int MinLength = 40;

    private const int MeterIdOffset = 0;
    private const int FlowCountOffset = 12;
    private const int PacketInCountOffset = 16;
    private const int ByteInCountOffset = 24;
    private const int DurationSecOffset = 32;
    private const int DurationNsecOffset = 36;

    private readonly ReadOnlySpan<byte> _entry;
    private readonly OfpType _messageType;

    internal MeterStatsView(ReadOnlySpan<byte> entry, OfpType messageType, int offset)
    {
        _entry = entry;
        _messageType = messageType;
        Offset = offset;
    }

    /// <summary>Offset of the structure from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The structure's bytes.</summary>
    public ReadOnlySpan<byte> Raw => _entry;

    /// <summary>The meter.</summary>
    public MeterId MeterId => new(BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(MeterIdOffset)));

    /// <summary>Number of flows bound to the meter.</summary>
    public uint FlowCount => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(FlowCountOffset));

    /// <summary>Number of packets in input.</summary>
    public ulong PacketInCount => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(PacketInCountOffset));

    /// <summary>Number of bytes in input.</summary>
    public ulong ByteInCount => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(ByteInCountOffset));

    /// <summary>Time the meter has been alive, in seconds.</summary>
    public uint DurationSec => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(DurationSecOffset));

    /// <summary>Time the meter has been alive beyond <see cref="DurationSec"/>, in nanoseconds.</summary>
    public uint DurationNsec => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(DurationNsecOffset));

    /// <summary>The <c>len</c> field.</summary>
    public int Length => _entry.Length;

    /// <summary>The band counters, one per band (checked while enumerating).</summary>
    public MeterBandStatsEnumerator BandStats => new(_entry.Slice(MinLength), _messageType, Offset + MinLength);
}
