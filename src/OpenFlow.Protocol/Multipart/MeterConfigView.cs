using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One entry of an <c>OFPMP_METER_CONFIG</c> reply (<c>struct ofp_meter_config</c>, 8 bytes and bands), created by <see cref="MeterConfigEnumerator"/>, which checks its length.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |             length            |             flags             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            meter_id                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                 bands (see MeterBandView) ...                 |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct MeterConfigView
{
    /// <summary>Size of <c>ofp_meter_config</c> without bands.</summary>
    public const int MinLength = 8;

    private const int FlagsOffset = 2;
    private const int MeterIdOffset = 4;

    private readonly ReadOnlySpan<byte> _entry;
    private readonly OfpType _messageType;

    internal MeterConfigView(ReadOnlySpan<byte> entry, OfpType messageType, int offset)
    {
        _entry = entry;
        _messageType = messageType;
        Offset = offset;
    }

    /// <summary>Offset of the structure from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The structure's bytes.</summary>
    public ReadOnlySpan<byte> Raw => _entry;

    /// <summary>The meter flags; unknown bits are kept.</summary>
    public OfpMeterFlags Flags => (OfpMeterFlags)BinaryPrimitives.ReadUInt16BigEndian(_entry.Slice(FlagsOffset));

    /// <summary>The meter.</summary>
    public MeterId MeterId => new(BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(MeterIdOffset)));

    /// <summary>The <c>length</c> field.</summary>
    public int Length => _entry.Length;

    /// <summary>The bands (each checked while enumerating).</summary>
    public MeterBandEnumerator Bands => new(_entry.Slice(MinLength), _messageType, Offset + MinLength);
}
