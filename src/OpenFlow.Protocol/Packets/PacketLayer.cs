namespace OpenFlow.Protocol.Packets;

/// <summary>The protocol layer a packet view or a <see cref="PacketError"/> refers to.</summary>
public enum PacketLayer : byte
{
    /// <summary>No layer (an empty <see cref="PacketError"/>).</summary>
    None = 0,

    /// <summary>The Ethernet II header (destination, source, EtherType).</summary>
    Ethernet = 1,

    /// <summary>An IEEE 802.1Q or 802.1ad VLAN tag.</summary>
    Vlan = 2,

    /// <summary>An ARP packet.</summary>
    Arp = 3,

    /// <summary>An IPv4 header.</summary>
    Ipv4 = 4,

    /// <summary>An IPv6 fixed header.</summary>
    Ipv6 = 5,

    /// <summary>A TCP header.</summary>
    Tcp = 6,

    /// <summary>A UDP header.</summary>
    Udp = 7,

    /// <summary>An ICMPv4 header.</summary>
    Icmp = 8,
}
