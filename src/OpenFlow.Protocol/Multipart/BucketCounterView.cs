using System;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One bucket counter of a group statistics entry (<c>struct ofp_bucket_counter</c>, 16 bytes), created by <see cref="BucketCounterEnumerator"/>.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                     packet_count (64 bits)                    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                      byte_count (64 bits)                     |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct BucketCounterView
{
    /// <summary>Size of <c>ofp_bucket_counter</c>.</summary>
    public const int Size = 16;

    private const int PacketCountOffset = 0;
    private const int ByteCountOffset = 8;

    private readonly ReadOnlySpan<byte> _entry;

    internal BucketCounterView(ReadOnlySpan<byte> entry, int offset)
    {
        _entry = entry;
        Offset = offset;
    }

    /// <summary>Offset of the structure from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The structure's bytes.</summary>
    public ReadOnlySpan<byte> Raw => _entry;

    /// <summary>Number of packets processed by the bucket.</summary>
    public ulong PacketCount => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(PacketCountOffset));

    /// <summary>Number of bytes processed by the bucket.</summary>
    public ulong ByteCount => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(ByteCountOffset));
}
