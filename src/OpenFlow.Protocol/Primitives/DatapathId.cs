using System.Globalization;

namespace OpenFlow.Protocol.Primitives;

/// <summary>A switch's datapath id (<c>uint64_t datapath_id</c>): 48 bits of MAC address and 16 implementer-defined bits.</summary>
/// <param name="Value">The datapath id as it appears on the wire.</param>
public readonly record struct DatapathId(ulong Value)
{
    /// <summary>The id as 16 hexadecimal digits, as <c>ovs-ofctl</c> prints it.</summary>
    public override string ToString() => Value.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>Converts a raw datapath id.</summary>
    public static implicit operator DatapathId(ulong value) => new(value);
}
