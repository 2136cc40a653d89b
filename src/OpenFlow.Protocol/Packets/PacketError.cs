using System.Globalization;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// What is wrong with a packet, and where: the layer, the reason, the lengths involved and the offset of the layer
/// from the start of the packet. Returned by the views' <c>TryRead</c>, by <see cref="PacketSlicer.TrySlice"/>, and
/// recorded by <see cref="PacketSlicer.SliceLax"/> as the place it stopped (<see cref="SlicedPacket.Stop"/>). Allocates nothing.
/// </summary>
public readonly struct PacketError
{
    /// <summary>Creates an error description.</summary>
    /// <param name="layer">The layer being read.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="requiredLength">The length needed (meaning depends on <paramref name="reason"/>).</param>
    /// <param name="actualLength">The length found (meaning depends on <paramref name="reason"/>).</param>
    /// <param name="offset">Offset of the layer's first byte from the start of the packet.</param>
    public PacketError(PacketLayer layer, PacketErrorReason reason, int requiredLength, int actualLength, int offset)
    {
        Layer = layer;
        Reason = reason;
        RequiredLength = requiredLength;
        ActualLength = actualLength;
        Offset = offset;
    }

    /// <summary>The layer being read.</summary>
    public PacketLayer Layer { get; }

    /// <summary>What is wrong; <see cref="PacketErrorReason.None"/> for no error.</summary>
    public PacketErrorReason Reason { get; }

    /// <summary>The length needed, counted from the start of the layer (see <see cref="PacketErrorReason"/> for each reason).</summary>
    public int RequiredLength { get; }

    /// <summary>The length found, counted from the start of the layer (see <see cref="PacketErrorReason"/> for each reason).</summary>
    public int ActualLength { get; }

    /// <summary>Offset of the layer's first byte from the start of the packet (zero when a view was read on its own).</summary>
    public int Offset { get; }

    /// <summary>Whether this describes an error (<see cref="Reason"/> is not <see cref="PacketErrorReason.None"/>).</summary>
    public bool IsError => Reason != PacketErrorReason.None;

    /// <summary>The same error, moved by <paramref name="delta"/> bytes (for a view read inside a larger packet).</summary>
    internal PacketError Shift(int delta) => new(Layer, Reason, RequiredLength, ActualLength, Offset + delta);

    /// <summary>A one-line description: layer, reason, lengths, offset.</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: {1} (required {2}, actual {3}) at offset {4}", Layer, Reason, RequiredLength, ActualLength, Offset);
}
