using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// One flow spec of an <c>NXAST_LEARN</c> action to write: what it adds to the learned flow (a match, a load, an
/// output), from a field of the packet or an immediate value of up to 128 bits. Build it with the factories.
/// </summary>
public readonly record struct NxFlowSpec
{
    private NxFlowSpec(NxFlowSpecDestination destination, bool isImmediate, int nBits, NxmFieldRef source, ulong immediateHigh, ulong immediateLow, NxmFieldRef destinationField)
    {
        Destination = destination;
        IsImmediate = isImmediate;
        NBits = nBits;
        Source = source;
        ImmediateHigh = immediateHigh;
        ImmediateLow = immediateLow;
        DestinationField = destinationField;
    }

    /// <summary>What the spec adds.</summary>
    public NxFlowSpecDestination Destination { get; }

    /// <summary>Whether the source is <see cref="ImmediateHigh"/>:<see cref="ImmediateLow"/> rather than <see cref="Source"/>.</summary>
    public bool IsImmediate { get; }

    /// <summary>How many bits.</summary>
    public int NBits { get; }

    /// <summary>The source field (when not immediate).</summary>
    public NxmFieldRef Source { get; }

    /// <summary>Bits 127..64 of the immediate value.</summary>
    public ulong ImmediateHigh { get; }

    /// <summary>Bits 63..0 of the immediate value.</summary>
    public ulong ImmediateLow { get; }

    /// <summary>The destination field (match and load).</summary>
    public NxmFieldRef DestinationField { get; }

    /// <summary>Match <paramref name="destination"/> against the packet's <paramref name="source"/> (<c>NXM_OF_VLAN_TCI[0..11]</c>, <c>NXM_OF_ETH_DST[]=NXM_OF_ETH_SRC[]</c>).</summary>
    /// <param name="destination">The field of the learned flow's match.</param>
    /// <param name="source">The field of the packet, as many bits.</param>
    public static NxFlowSpec Match(NxmFieldRef destination, NxmFieldRef source) => Field(NxFlowSpecDestination.Match, destination, source);

    /// <summary>Match <paramref name="destination"/> against a constant (<c>NXM_OF_ETH_TYPE[]=0x800</c>).</summary>
    /// <param name="destination">The field of the learned flow's match; its bit count sizes the value.</param>
    /// <param name="value">The value (low 64 bits).</param>
    /// <param name="valueHigh">Bits 127..64 of the value.</param>
    public static NxFlowSpec MatchValue(NxmFieldRef destination, ulong value, ulong valueHigh = 0) => new(NxFlowSpecDestination.Match, true, destination.NBits, default, valueHigh, value, destination);

    /// <summary>Load the packet's <paramref name="source"/> into <paramref name="destination"/> in the learned flow's actions.</summary>
    /// <param name="destination">The field loaded.</param>
    /// <param name="source">The field of the packet, as many bits.</param>
    public static NxFlowSpec Load(NxmFieldRef destination, NxmFieldRef source) => Field(NxFlowSpecDestination.Load, destination, source);

    /// <summary>Load a constant into <paramref name="destination"/> in the learned flow's actions.</summary>
    /// <param name="destination">The field loaded; its bit count sizes the value.</param>
    /// <param name="value">The value (low 64 bits).</param>
    /// <param name="valueHigh">Bits 127..64.</param>
    public static NxFlowSpec LoadValue(NxmFieldRef destination, ulong value, ulong valueHigh = 0) => new(NxFlowSpecDestination.Load, true, destination.NBits, default, valueHigh, value, destination);

    /// <summary>Output to the port held in the packet's <paramref name="source"/> (<c>output:NXM_OF_IN_PORT[]</c>).</summary>
    /// <param name="source">The field holding the port.</param>
    public static NxFlowSpec Output(NxmFieldRef source) => new(NxFlowSpecDestination.Output, false, source.NBits, source, 0, 0, default);

    private static NxFlowSpec Field(NxFlowSpecDestination kind, NxmFieldRef destination, NxmFieldRef source)
    {
        if (source.NBits != destination.NBits)
        {
            ThrowHelper.ThrowArgument("A flow spec copies as many bits as it matches or loads: source and destination widths differ.", nameof(source));
        }

        return new NxFlowSpec(kind, false, source.NBits, source, 0, 0, destination);
    }
}
