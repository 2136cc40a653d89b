using System.Globalization;

namespace OpenFlow.Protocol.Primitives;

/// <summary>An IP protocol number (<c>ip_proto</c>), with the values OpenFlow matches on.</summary>
/// <param name="Value">The 8-bit protocol number.</param>
public readonly record struct IpProtocol(byte Value)
{
    /// <summary>ICMP (1).</summary>
    public static IpProtocol Icmp => new(1);

    /// <summary>TCP (6).</summary>
    public static IpProtocol Tcp => new(6);

    /// <summary>UDP (17).</summary>
    public static IpProtocol Udp => new(17);

    /// <summary>SCTP (132).</summary>
    public static IpProtocol Sctp => new(132);

    /// <summary>ICMPv6 (58).</summary>
    public static IpProtocol Icmpv6 => new(58);

    /// <summary>The protocol number.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Converts a raw protocol number.</summary>
    public static implicit operator IpProtocol(byte value) => new(value);
}
