using System;
using OpenFlow.Protocol.Match;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// One flow spec of an <c>NXAST_LEARN</c> action (Open vSwitch <c>nicira-ext.h</c>):
/// <code>
/// +---+---+-----+--------------------+
/// | 0 |src| dst | n_bits (10 bits)   |  header (16 bits; bit 10 and 14-15 zero)
/// +---+---+-----+--------------------+
/// | src: field header (4/8) + ofs (2), or immediate value (n_bits rounded up to 16, big-endian) |
/// | dst: field header (4/8) + ofs (2) for match and load; nothing for output                  |
/// +--------------------------------------------------------------------------------------------+
/// </code>
/// Created by <see cref="NxFlowSpecEnumerator"/>, which has checked the lengths.
/// </summary>
public readonly ref struct NxFlowSpecView
{
    private readonly ReadOnlySpan<byte> _spec;
    private readonly int _sourceSize;

    internal NxFlowSpecView(ReadOnlySpan<byte> spec, int sourceSize, int offset)
    {
        _spec = spec;
        _sourceSize = sourceSize;
        Offset = offset;
    }

    /// <summary>Byte offset of the spec from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>Length of the spec in bytes.</summary>
    public int Length => _spec.Length;

    /// <summary>The spec as on the wire.</summary>
    public ReadOnlySpan<byte> Bytes => _spec;

    /// <summary>The 16-bit header.</summary>
    public ushort Header => NxAction.U16(_spec, 0);

    /// <summary>How many bits the spec matches, loads or outputs.</summary>
    public int NBits => Header & NxFlowSpecEnumerator.NBitsMask;

    /// <summary>Whether the source is an immediate value (<see cref="Immediate"/>) rather than a field (<see cref="Source"/>).</summary>
    public bool IsImmediate => (Header & NxFlowSpecEnumerator.SourceImmediate) != 0;

    /// <summary>What the spec adds to the learned flow.</summary>
    public NxFlowSpecDestination Destination => (NxFlowSpecDestination)((Header >> 11) & 3);

    /// <summary>The source field and bits (when not <see cref="IsImmediate"/>).</summary>
    public NxmFieldRef Source => IsImmediate ? default : ReadRef(2);

    /// <summary>The immediate value, big-endian, n_bits rounded up to 16 (when <see cref="IsImmediate"/>).</summary>
    public ReadOnlySpan<byte> Immediate => IsImmediate ? _spec.Slice(2, _sourceSize) : default;

    /// <summary>The immediate value as a number (its last 8 bytes when longer).</summary>
    public ulong ImmediateAsUInt64 => OxmView.ReadNumber(Immediate);

    /// <summary>The destination field and bits (match and load specs).</summary>
    public NxmFieldRef DestinationField => Destination == NxFlowSpecDestination.Output ? default : ReadRef(2 + _sourceSize);

    private NxmFieldRef ReadRef(int at)
    {
        int size = NxAction.ReadHeader(_spec, at, out OxmHeader header, out uint experimenter);
        return new NxmFieldRef(header, NxAction.U16(_spec, at + size), NBits, experimenter);
    }
}
