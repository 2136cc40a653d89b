using System;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// The layers of one frame, as found by <see cref="PacketSlicer"/>: an Ethernet header, up to two VLAN tags, a network
/// layer (ARP, IPv4, IPv6) and a transport layer (TCP, UDP, ICMPv4), each as a zero-copy view, plus the payload after the
/// last header read. A view that is absent is <c>default</c>: check <see cref="HasEthernet"/>, <see cref="VlanCount"/>,
/// <see cref="NetworkLayer"/> and <see cref="TransportLayer"/> before reading it.
/// </summary>
public ref struct SlicedPacket
{
    internal EthernetView EthernetField;
    internal VlanView OuterVlanField;
    internal VlanView InnerVlanField;
    internal ArpView ArpField;
    internal Ipv4View Ipv4Field;
    internal Ipv6View Ipv6Field;
    internal TcpView TcpField;
    internal UdpView UdpField;
    internal IcmpView IcmpField;
    internal ReadOnlySpan<byte> PayloadField;
    internal bool HasEthernetField;
    internal int VlanCountField;
    internal EtherType EtherTypeField;
    internal PacketLayer NetworkLayerField;
    internal PacketLayer TransportLayerField;
    internal IpProtocol IpProtocolField;
    internal int NetworkOffsetField;
    internal int TransportOffsetField;
    internal int PayloadOffsetField;
    internal bool IsIpPayloadTruncatedField;
    internal bool IsFragmentField;
    internal PacketError StopField;

    /// <summary>Whether the Ethernet header was read (false only when lax slicing stopped in it).</summary>
    public readonly bool HasEthernet => HasEthernetField;

    /// <summary>The Ethernet header.</summary>
    public readonly EthernetView Ethernet => EthernetField;

    /// <summary>How many VLAN tags were read: 0, 1 or 2.</summary>
    public readonly int VlanCount => VlanCountField;

    /// <summary>The first (outer) VLAN tag, when <see cref="VlanCount"/> is at least 1.</summary>
    public readonly VlanView OuterVlan => OuterVlanField;

    /// <summary>The second (inner) VLAN tag, when <see cref="VlanCount"/> is 2.</summary>
    public readonly VlanView InnerVlan => InnerVlanField;

    /// <summary>The EtherType of the network layer: after the VLAN tags (the TPID when a third tag follows).</summary>
    public readonly EtherType EtherType => EtherTypeField;

    /// <summary>Which network view is present: <see cref="PacketLayer.Arp"/>, <see cref="PacketLayer.Ipv4"/>, <see cref="PacketLayer.Ipv6"/> or <see cref="PacketLayer.None"/>.</summary>
    public readonly PacketLayer NetworkLayer => NetworkLayerField;

    /// <summary>The ARP packet, when <see cref="NetworkLayer"/> is <see cref="PacketLayer.Arp"/>.</summary>
    public readonly ArpView Arp => ArpField;

    /// <summary>The IPv4 header, when <see cref="NetworkLayer"/> is <see cref="PacketLayer.Ipv4"/>.</summary>
    public readonly Ipv4View Ipv4 => Ipv4Field;

    /// <summary>The IPv6 header, when <see cref="NetworkLayer"/> is <see cref="PacketLayer.Ipv6"/>.</summary>
    public readonly Ipv6View Ipv6 => Ipv6Field;

    /// <summary>The transport protocol: IPv4 protocol, or the IPv6 next header after any extension headers skipped. Zero without IP.</summary>
    public readonly IpProtocol IpProtocol => IpProtocolField;

    /// <summary>Which transport view is present: <see cref="PacketLayer.Tcp"/>, <see cref="PacketLayer.Udp"/>, <see cref="PacketLayer.Icmp"/> or <see cref="PacketLayer.None"/>.</summary>
    public readonly PacketLayer TransportLayer => TransportLayerField;

    /// <summary>The TCP header, when <see cref="TransportLayer"/> is <see cref="PacketLayer.Tcp"/>.</summary>
    public readonly TcpView Tcp => TcpField;

    /// <summary>The UDP header, when <see cref="TransportLayer"/> is <see cref="PacketLayer.Udp"/>.</summary>
    public readonly UdpView Udp => UdpField;

    /// <summary>The ICMPv4 header, when <see cref="TransportLayer"/> is <see cref="PacketLayer.Icmp"/>.</summary>
    public readonly IcmpView Icmp => IcmpField;

    /// <summary>Offset of the network header from the start of the frame (after Ethernet and VLAN tags); 0 without Ethernet.</summary>
    public readonly int NetworkOffset => NetworkOffsetField;

    /// <summary>Offset of the transport header from the start of the frame; 0 when no transport view is present.</summary>
    public readonly int TransportOffset => TransportOffsetField;

    /// <summary>
    /// The bytes after the last header read: the transport payload, or the IP payload (unknown protocol, non-first fragment,
    /// or lax slicing stopped in the transport header), or what follows the link layer. IP payloads end at the IP length,
    /// so Ethernet padding is not part of them.
    /// </summary>
    public readonly ReadOnlySpan<byte> Payload => PayloadField;

    /// <summary>Offset of <see cref="Payload"/> from the start of the frame.</summary>
    public readonly int PayloadOffset => PayloadOffsetField;

    /// <summary>Whether the IPv4 total length or IPv6 payload length says more than the bytes held (lax slicing only).</summary>
    public readonly bool IsIpPayloadTruncated => IsIpPayloadTruncatedField;

    /// <summary>Whether the IP packet is a fragment (IPv4 MF or offset, or an IPv6 fragment header).</summary>
    public readonly bool IsFragment => IsFragmentField;

    /// <summary>Where and why lax slicing stopped before reading every layer it recognised; default (no error) when it did not stop.</summary>
    public readonly PacketError Stop => StopField;

    /// <summary>Whether lax slicing stopped early (<see cref="Stop"/> holds the reason).</summary>
    public readonly bool IsStopped => StopField.IsError;
}
