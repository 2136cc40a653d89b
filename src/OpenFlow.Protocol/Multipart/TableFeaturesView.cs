using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One entry of an <c>OFPMP_TABLE_FEATURES</c> request or reply (<c>struct ofp_table_features</c>, 64 bytes and properties), created by <see cref="TableFeaturesEnumerator"/>, which checks its length.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |        length       |       table_id      |    pad (5 bytes)    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            ... pad                            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |              name (32 bytes, zero-terminated) ...             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                    metadata_match (64 bits)                   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                    metadata_write (64 bits)                   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                             config                            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          max_entries                          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |         properties (see TableFeaturePropertyView) ...         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct TableFeaturesView
{
    /// <summary>Size of <c>ofp_table_features</c> without properties.</summary>
    public const int MinLength = 64;

    private const int TableIdOffset = 2;
    private const int MetadataMatchOffset = 40;
    private const int MetadataWriteOffset = 48;
    private const int ConfigOffset = 56;
    private const int MaxEntriesOffset = 60;

    private readonly ReadOnlySpan<byte> _entry;
    private readonly OfpType _messageType;

    internal TableFeaturesView(ReadOnlySpan<byte> entry, OfpType messageType, int offset)
    {
        _entry = entry;
        _messageType = messageType;
        Offset = offset;
    }

    /// <summary>Offset of the structure from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The structure's bytes.</summary>
    public ReadOnlySpan<byte> Raw => _entry;

    /// <summary>The table.</summary>
    public TableId TableId => new(_entry[TableIdOffset]);

    /// <summary>Bits of metadata the table can match.</summary>
    public ulong MetadataMatch => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(MetadataMatchOffset));

    /// <summary>Bits of metadata the table can write.</summary>
    public ulong MetadataWrite => BinaryPrimitives.ReadUInt64BigEndian(_entry.Slice(MetadataWriteOffset));

    /// <summary>The table configuration bits; unknown bits are kept.</summary>
    public OfpTableConfig Config => (OfpTableConfig)BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(ConfigOffset));

    /// <summary>Maximum number of entries supported.</summary>
    public uint MaxEntries => BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(MaxEntriesOffset));

    /// <summary>Size of the <c>name</c> field (<c>OFP_MAX_TABLE_NAME_LEN</c>).</summary>
    public const int NameSize = 32;

    private const int NameOffset = 8;

    /// <summary>The <c>length</c> field.</summary>
    public int Length => _entry.Length;

    /// <summary>The name's bytes up to the terminating zero (all 32 when there is none). Allocates nothing.</summary>
    public ReadOnlySpan<byte> NameBytes => FixedText.TrimAtNul(_entry.Slice(NameOffset, NameSize));

    /// <summary>The properties (each checked while enumerating).</summary>
    public TableFeaturePropertyEnumerator Properties => new(_entry.Slice(MinLength), _messageType, Offset + MinLength);

    /// <summary>The name as a string; bytes above 0x7f become '?'. This allocates.</summary>
    public string GetName() => FixedText.ToText(_entry.Slice(NameOffset, NameSize));
}
