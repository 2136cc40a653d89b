using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One entry of an <c>OFPMP_TABLE</c> reply (<c>struct ofp_table_stats</c>, 24 bytes), created by <see cref="TableStatsEnumerator"/>.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |            table_id           |         pad (3 bytes)         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          active_count                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                     lookup_count (64 bits)                    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                    matched_count (64 bits)                    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct TableStatsView
{
    /// <summary>Size of <c>ofp_table_stats</c>.</summary>
    public const int Size = 24;

    private const int TableIdOffset = 0;
    private const int ActiveCountOffset = 4;
    private const int LookupCountOffset = 8;
    private const int MatchedCountOffset = 16;

    private readonly ReadOnlySpan<byte> _entry;

    internal TableStatsView(ReadOnlySpan<byte> entry, int offset)
    {
        _entry = entry;
        Offset = offset;
    }

    /// <summary>Offset of the structure from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The structure's bytes.</summary>
    public ReadOnlySpan<byte> Raw => _entry;

    /// <summary>The table.</summary>
    public TableId TableId => new(_entry[TableIdOffset]);

    /// <summary>Number of active entries.</summary>
    public uint ActiveCount => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(ActiveCountOffset));

    /// <summary>Number of packets looked up in the table.</summary>
    public ulong LookupCount => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(LookupCountOffset));

    /// <summary>Number of packets that hit the table.</summary>
    public ulong MatchedCount => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(MatchedCountOffset));
}
