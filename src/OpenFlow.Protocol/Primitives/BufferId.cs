using System.Globalization;

namespace OpenFlow.Protocol.Primitives;

/// <summary>A packet buffer on the switch (<c>uint32_t buffer_id</c>); <see cref="NoBuffer"/> means the packet travels in the message.</summary>
/// <param name="Value">The buffer id as it appears on the wire.</param>
public readonly record struct BufferId(uint Value)
{
    /// <summary><c>OFP_NO_BUFFER</c> (0xffffffff): no buffered packet.</summary>
    public static BufferId NoBuffer => new(0xffffffff);

    /// <summary>Whether this names a packet buffered on the switch.</summary>
    public bool IsBuffered => Value != 0xffffffff;

    /// <summary>The number, or <c>NO_BUFFER</c>.</summary>
    public override string ToString() => Value == 0xffffffff ? "NO_BUFFER" : Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Converts a raw buffer id.</summary>
    public static implicit operator BufferId(uint value) => new(value);
}
