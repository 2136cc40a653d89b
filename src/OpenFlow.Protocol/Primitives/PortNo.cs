using System.Globalization;

namespace OpenFlow.Protocol.Primitives;

/// <summary>An OpenFlow 1.3 port number (<c>uint32_t port_no</c>), with the spec's reserved ports (<c>enum ofp_port_no</c>).</summary>
/// <param name="Value">The 32-bit port number as it appears on the wire.</param>
public readonly record struct PortNo(uint Value)
{
    /// <summary><c>OFPP_MAX</c> (0xffffff00): the highest number of a physical or logical port.</summary>
    public static PortNo Max => new(0xffffff00);

    /// <summary><c>OFPP_IN_PORT</c>: send the packet back out of its input port.</summary>
    public static PortNo InPort => new(0xfffffff8);

    /// <summary><c>OFPP_TABLE</c>: submit the packet to the first flow table (PacketOut only).</summary>
    public static PortNo Table => new(0xfffffff9);

    /// <summary><c>OFPP_NORMAL</c>: forward using the switch's non-OpenFlow pipeline.</summary>
    public static PortNo Normal => new(0xfffffffa);

    /// <summary><c>OFPP_FLOOD</c>: flood along the minimum spanning tree, except the input port.</summary>
    public static PortNo Flood => new(0xfffffffb);

    /// <summary><c>OFPP_ALL</c>: all standard ports except the input port.</summary>
    public static PortNo All => new(0xfffffffc);

    /// <summary><c>OFPP_CONTROLLER</c>: send to the controller.</summary>
    public static PortNo Controller => new(0xfffffffd);

    /// <summary><c>OFPP_LOCAL</c>: the switch's local networking stack.</summary>
    public static PortNo Local => new(0xfffffffe);

    /// <summary><c>OFPP_ANY</c>: wildcard port in requests and deletes; "no port".</summary>
    public static PortNo Any => new(0xffffffff);

    /// <summary>Whether this is one of the reserved ports above <see cref="Max"/>.</summary>
    public bool IsReserved => Value > 0xffffff00;

    /// <summary>The number, or the spec's name for a reserved port (<c>CONTROLLER</c>, <c>ANY</c>, ...).</summary>
    public override string ToString() => Value switch
    {
        0xffffff00 => "MAX",
        0xfffffff8 => "IN_PORT",
        0xfffffff9 => "TABLE",
        0xfffffffa => "NORMAL",
        0xfffffffb => "FLOOD",
        0xfffffffc => "ALL",
        0xfffffffd => "CONTROLLER",
        0xfffffffe => "LOCAL",
        0xffffffff => "ANY",
        _ => Value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Converts a raw port number.</summary>
    public static implicit operator PortNo(uint value) => new(value);
}
