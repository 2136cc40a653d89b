using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One entry of an <c>OFPMP_QUEUE</c> reply (<c>struct ofp_queue_stats</c>, 40 bytes), created by <see cref="QueueStatsEnumerator"/>.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            port_no                            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            queue_id                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                       tx_bytes (64 bits)                      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                      tx_packets (64 bits)                     |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                      tx_errors (64 bits)                      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          duration_sec                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         duration_nsec                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct QueueStatsView
{
    /// <summary>Size of <c>ofp_queue_stats</c>.</summary>
    public const int Size = 40;

    private const int PortNoOffset = 0;
    private const int QueueIdOffset = 4;
    private const int TxBytesOffset = 8;
    private const int TxPacketsOffset = 16;
    private const int TxErrorsOffset = 24;
    private const int DurationSecOffset = 32;
    private const int DurationNsecOffset = 36;

    private readonly ReadOnlySpan<byte> _entry;

    internal QueueStatsView(ReadOnlySpan<byte> entry, int offset)
    {
        _entry = entry;
        Offset = offset;
    }

    /// <summary>Offset of the structure from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The structure's bytes.</summary>
    public ReadOnlySpan<byte> Raw => _entry;

    /// <summary>The port.</summary>
    public PortNo PortNo => new(BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(PortNoOffset)));

    /// <summary>The queue.</summary>
    public uint QueueId => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(QueueIdOffset));

    /// <summary>Number of transmitted bytes.</summary>
    public ulong TxBytes => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(TxBytesOffset));

    /// <summary>Number of transmitted packets.</summary>
    public ulong TxPackets => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(TxPacketsOffset));

    /// <summary>Number of packets dropped due to overrun.</summary>
    public ulong TxErrors => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(TxErrorsOffset));

    /// <summary>Time the queue has been alive, in seconds.</summary>
    public uint DurationSec => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(DurationSecOffset));

    /// <summary>Time the queue has been alive beyond <see cref="DurationSec"/>, in nanoseconds.</summary>
    public uint DurationNsec => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(DurationNsecOffset));
}
