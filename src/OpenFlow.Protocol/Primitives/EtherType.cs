using System.Globalization;

namespace OpenFlow.Protocol.Primitives;

/// <summary>An Ethernet type (<c>eth_type</c>), with the values OpenFlow matches on.</summary>
/// <param name="Value">The 16-bit EtherType.</param>
public readonly record struct EtherType(ushort Value)
{
    /// <summary>IPv4 (0x0800).</summary>
    public static EtherType Ipv4 => new(0x0800);

    /// <summary>ARP (0x0806).</summary>
    public static EtherType Arp => new(0x0806);

    /// <summary>802.1Q VLAN tag (0x8100).</summary>
    public static EtherType Vlan => new(0x8100);

    /// <summary>802.1ad service VLAN tag (0x88a8).</summary>
    public static EtherType QinQ => new(0x88a8);

    /// <summary>IPv6 (0x86dd).</summary>
    public static EtherType Ipv6 => new(0x86dd);

    /// <summary>MPLS unicast (0x8847).</summary>
    public static EtherType Mpls => new(0x8847);

    /// <summary>MPLS multicast (0x8848).</summary>
    public static EtherType MplsMulticast => new(0x8848);

    /// <summary>802.1ah PBB I-TAG (0x88e7).</summary>
    public static EtherType Pbb => new(0x88e7);

    /// <summary>LLDP (0x88cc).</summary>
    public static EtherType Lldp => new(0x88cc);

    /// <summary>The type as <c>0x0800</c>.</summary>
    public override string ToString() => "0x" + Value.ToString("x4", CultureInfo.InvariantCulture);

    /// <summary>Converts a raw EtherType.</summary>
    public static implicit operator EtherType(ushort value) => new(value);
}
