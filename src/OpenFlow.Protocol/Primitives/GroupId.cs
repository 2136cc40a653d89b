using System.Globalization;

namespace OpenFlow.Protocol.Primitives;

/// <summary>A group number (<c>uint32_t group_id</c>), with the reserved values of <c>enum ofp_group</c>.</summary>
/// <param name="Value">The group id as it appears on the wire.</param>
public readonly record struct GroupId(uint Value)
{
    /// <summary><c>OFPG_MAX</c> (0xffffff00): the last usable group number.</summary>
    public static GroupId Max => new(0xffffff00);

    /// <summary><c>OFPG_ALL</c> (0xfffffffc): all groups, in group deletes and stats.</summary>
    public static GroupId All => new(0xfffffffc);

    /// <summary><c>OFPG_ANY</c> (0xffffffff): wildcard group, "no group".</summary>
    public static GroupId Any => new(0xffffffff);

    /// <summary>The number, or <c>ALL</c>/<c>ANY</c>.</summary>
    public override string ToString() => Value switch
    {
        0xfffffffc => "ALL",
        0xffffffff => "ANY",
        _ => Value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Converts a raw group id.</summary>
    public static implicit operator GroupId(uint value) => new(value);
}
