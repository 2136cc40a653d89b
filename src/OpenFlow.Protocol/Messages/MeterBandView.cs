using System;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// One meter band (<c>struct ofp_meter_band_header</c> and its type's fields), in a meter mod or a meter configuration
/// reply; created by <see cref="MeterBandEnumerator"/>, which checks its length. Unknown types are surfaced with
/// their <see cref="Type"/> and <see cref="Raw"/> bytes.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |              type             |              len              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              rate                             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           burst_size                          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// | DROP: pad (4) | DSCP_REMARK: prec_level, pad (3) | EXPERIMENTER: experimenter |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  experimenter data (EXPERIMENTER only, to the end of len) ... |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct MeterBandView
{
    /// <summary>Size of a drop, DSCP remark or data-less experimenter band.</summary>
    public const int Size = 16;

    private const int RateOffset = 4;
    private const int BurstSizeOffset = 8;
    private const int PrecLevelOffset = 12;
    private const int ExperimenterOffset = 12;

    private readonly ReadOnlySpan<byte> _band;

    internal MeterBandView(ReadOnlySpan<byte> band, int offset)
    {
        _band = band;
        Offset = offset;
    }

    /// <summary>Offset of the band from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The band's bytes (<see cref="Length"/> of them).</summary>
    public ReadOnlySpan<byte> Raw => _band;

    /// <summary>The band type; a value outside <see cref="OfpMeterBandType"/> is surfaced as it is.</summary>
    public OfpMeterBandType Type => (OfpMeterBandType)BinaryPrimitives.ReadUInt16BigEndian(_band);

    /// <summary>The <c>len</c> field.</summary>
    public int Length => _band.Length;

    /// <summary>The rate at which the band applies (kb/s or packets/s, per the meter's flags).</summary>
    public uint Rate => BinaryPrimitives.ReadUInt32BigEndian(_band.Slice(RateOffset));

    /// <summary>The burst size.</summary>
    public uint BurstSize => BinaryPrimitives.ReadUInt32BigEndian(_band.Slice(BurstSizeOffset));

    /// <summary>The number of drop-precedence levels to add (<see cref="OfpMeterBandType.DscpRemark"/> only, else 0).</summary>
    public byte PrecLevel => Type == OfpMeterBandType.DscpRemark ? _band[PrecLevelOffset] : (byte)0;

    /// <summary>The experimenter id (<see cref="OfpMeterBandType.Experimenter"/> only, else 0).</summary>
    public uint Experimenter => Type == OfpMeterBandType.Experimenter ? BinaryPrimitives.ReadUInt32BigEndian(_band.Slice(ExperimenterOffset)) : 0;

    /// <summary>The experimenter-defined data after the 16-byte band (<see cref="OfpMeterBandType.Experimenter"/>; empty for other types).</summary>
    public ReadOnlySpan<byte> ExperimenterData => Type == OfpMeterBandType.Experimenter ? _band.Slice(Size) : default;
}
