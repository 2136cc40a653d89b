using System.Globalization;

namespace OpenFlow.Protocol.Primitives;

/// <summary>A transaction id (<c>uint32_t xid</c> of <c>ofp_header</c>): a reply carries the xid of its request.</summary>
/// <param name="Value">The xid as it appears on the wire.</param>
public readonly record struct Xid(uint Value)
{
    /// <summary>The xid in hexadecimal, as <c>ovs-ofctl</c> prints it.</summary>
    public override string ToString() => "0x" + Value.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>Converts a raw xid.</summary>
    public static implicit operator Xid(uint value) => new(value);
}
