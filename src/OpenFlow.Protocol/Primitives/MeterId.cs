using System.Globalization;

namespace OpenFlow.Protocol.Primitives;

/// <summary>A meter number (<c>uint32_t meter_id</c>), with the reserved values of <c>enum ofp_meter</c>.</summary>
/// <param name="Value">The meter id as it appears on the wire.</param>
public readonly record struct MeterId(uint Value)
{
    /// <summary><c>OFPM_MAX</c> (0xffff0000): the last usable meter number.</summary>
    public static MeterId Max => new(0xffff0000);

    /// <summary><c>OFPM_SLOWPATH</c> (0xfffffffd): the meter for the slow datapath.</summary>
    public static MeterId SlowPath => new(0xfffffffd);

    /// <summary><c>OFPM_CONTROLLER</c> (0xfffffffe): the meter for the controller connection.</summary>
    public static MeterId Controller => new(0xfffffffe);

    /// <summary><c>OFPM_ALL</c> (0xffffffff): all meters, in stats requests and deletes.</summary>
    public static MeterId All => new(0xffffffff);

    /// <summary>The number, or the reserved name.</summary>
    public override string ToString() => Value switch
    {
        0xfffffffd => "SLOWPATH",
        0xfffffffe => "CONTROLLER",
        0xffffffff => "ALL",
        _ => Value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Converts a raw meter id.</summary>
    public static implicit operator MeterId(uint value) => new(value);
}
