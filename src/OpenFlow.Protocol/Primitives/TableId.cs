using System.Globalization;

namespace OpenFlow.Protocol.Primitives;

/// <summary>A flow table number (<c>uint8_t table_id</c>), with the reserved values of <c>enum ofp_table</c>.</summary>
/// <param name="Value">The table number as it appears on the wire.</param>
public readonly record struct TableId(byte Value)
{
    /// <summary><c>OFPTT_MAX</c> (0xfe): the last usable table number.</summary>
    public static TableId Max => new(0xfe);

    /// <summary><c>OFPTT_ALL</c> (0xff): wildcard table in deletes and requests.</summary>
    public static TableId All => new(0xff);

    /// <summary>The number, or <c>ALL</c>.</summary>
    public override string ToString() => Value == 0xff ? "ALL" : Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Converts a raw table number.</summary>
    public static implicit operator TableId(byte value) => new(value);
}
