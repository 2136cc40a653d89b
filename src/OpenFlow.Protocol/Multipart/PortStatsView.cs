using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One entry of an <c>OFPMP_PORT_STATS</c> reply (<c>struct ofp_port_stats</c>, 112 bytes), created by <see cref="PortStatsEnumerator"/>.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            port_no                            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         pad (4 bytes)                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |   rx_packets, tx_packets, rx_bytes, tx_bytes (64 bits each)   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  rx_dropped, tx_dropped, rx_errors, tx_errors (64 bits each)  |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |rx_frame_err, rx_over_err, rx_crc_err, collisions (64 bits each)|
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          duration_sec                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         duration_nsec                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct PortStatsView
{
    /// <summary>Size of <c>ofp_port_stats</c>.</summary>
    public const int Size = 112;

    private const int PortNoOffset = 0;
    private const int RxPacketsOffset = 8;
    private const int TxPacketsOffset = 16;
    private const int RxBytesOffset = 24;
    private const int TxBytesOffset = 32;
    private const int RxDroppedOffset = 40;
    private const int TxDroppedOffset = 48;
    private const int RxErrorsOffset = 56;
    private const int TxErrorsOffset = 64;
    private const int RxFrameErrOffset = 72;
    private const int RxOverErrOffset = 80;
    private const int RxCrcErrOffset = 88;
    private const int CollisionsOffset = 96;
    private const int DurationSecOffset = 104;
    private const int DurationNsecOffset = 108;

    private readonly ReadOnlySpan<byte> _entry;

    internal PortStatsView(ReadOnlySpan<byte> entry, int offset)
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

    /// <summary>Number of received packets.</summary>
    public ulong RxPackets => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(RxPacketsOffset));

    /// <summary>Number of transmitted packets.</summary>
    public ulong TxPackets => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(TxPacketsOffset));

    /// <summary>Number of received bytes.</summary>
    public ulong RxBytes => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(RxBytesOffset));

    /// <summary>Number of transmitted bytes.</summary>
    public ulong TxBytes => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(TxBytesOffset));

    /// <summary>Number of packets dropped by RX.</summary>
    public ulong RxDropped => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(RxDroppedOffset));

    /// <summary>Number of packets dropped by TX.</summary>
    public ulong TxDropped => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(TxDroppedOffset));

    /// <summary>Number of receive errors.</summary>
    public ulong RxErrors => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(RxErrorsOffset));

    /// <summary>Number of transmit errors.</summary>
    public ulong TxErrors => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(TxErrorsOffset));

    /// <summary>Number of frame alignment errors.</summary>
    public ulong RxFrameErr => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(RxFrameErrOffset));

    /// <summary>Number of packets with RX overrun.</summary>
    public ulong RxOverErr => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(RxOverErrOffset));

    /// <summary>Number of CRC errors.</summary>
    public ulong RxCrcErr => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(RxCrcErrOffset));

    /// <summary>Number of collisions.</summary>
    public ulong Collisions => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(CollisionsOffset));

    /// <summary>Time the port has been alive, in seconds.</summary>
    public uint DurationSec => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(DurationSecOffset));

    /// <summary>Time the port has been alive beyond <see cref="DurationSec"/>, in nanoseconds.</summary>
    public uint DurationNsec => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(DurationNsecOffset));
}
