using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// Slices an Ethernet frame in one pass: link, VLAN (up to two tags, TPIDs 0x8100, 0x88a8, 0x9100), network (ARP, IPv4,
/// IPv6 with its hop-by-hop, routing, fragment and destination options headers skipped), transport (TCP, UDP, ICMPv4).
/// Unknown EtherTypes and protocols end the slicing without error; their bytes are <see cref="SlicedPacket.Payload"/>.
/// Allocation-free; bad packets are reported as data, never as exceptions.
/// </summary>
public static class PacketSlicer
{
    private const ushort TpidQinQ9100 = 0x9100;
    private const int MaxVlanTags = 2;
    private const int Ipv6ExtensionMinLength = 8;

    /// <summary>
    /// Slices a whole frame, strictly: every recognised header must be whole and consistent, and the IP length fields must
    /// not claim more bytes than are present.
    /// </summary>
    /// <param name="frame">The frame, from the destination MAC.</param>
    /// <param name="packet">The layers found, when the frame is sound.</param>
    /// <param name="error">The first problem (layer, reason, lengths, offset from the frame start), otherwise default.</param>
    /// <returns>False when a recognised layer is cut short or malformed.</returns>
    public static bool TrySlice(ReadOnlySpan<byte> frame, out SlicedPacket packet, out PacketError error)
    {
        packet = default;
        error = Slice(frame, lax: false, ref packet);
        if (error.IsError)
        {
            packet = default;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Slices a frame that may be cut short (PacketIn data cut at <c>miss_send_len</c>). An IP length field beyond the
    /// bytes held is accepted (<see cref="SlicedPacket.IsIpPayloadTruncated"/>) and the transport header is still read when
    /// it is whole. At the first header cut short or malformed, slicing stops: the views read so far stay, and
    /// <see cref="SlicedPacket.Stop"/> records the layer, reason, lengths and offset.
    /// </summary>
    /// <param name="frame">The frame, from the destination MAC.</param>
    /// <returns>The layers found.</returns>
    public static SlicedPacket SliceLax(ReadOnlySpan<byte> frame)
    {
        SlicedPacket packet = default;
        packet.StopField = Slice(frame, lax: true, ref packet);
        return packet;
    }

    private static PacketError Slice(ReadOnlySpan<byte> frame, bool lax, ref SlicedPacket p)
    {
        p.PayloadField = frame;
        if (!EthernetView.TryRead(frame, out p.EthernetField, out PacketError error))
        {
            return error;
        }

        p.HasEthernetField = true;
        ushort type = p.EthernetField.EtherType.Value;
        int offset = EthernetView.Size;
        ReadOnlySpan<byte> rest = p.EthernetField.Payload;
        SetPayload(ref p, rest, offset);
        while (IsVlanTpid(type) && p.VlanCountField < MaxVlanTags)
        {
            if (!VlanView.TryRead(rest, out VlanView vlan, out error))
            {
                return error.Shift(offset);
            }

            if (p.VlanCountField == 0)
            {
                p.OuterVlanField = vlan;
            }
            else
            {
                p.InnerVlanField = vlan;
            }

            p.VlanCountField++;
            type = vlan.EtherType.Value;
            rest = vlan.Payload;
            offset += VlanView.Size;
            SetPayload(ref p, rest, offset);
        }

        p.EtherTypeField = new EtherType(type);
        p.NetworkOffsetField = offset;

        ReadOnlySpan<byte> ipPayload;
        int transportOffset;
        byte protocol;
        if (type == EtherType.Arp.Value)
        {
            if (!ArpView.TryRead(rest, out p.ArpField, out error))
            {
                return error.Shift(offset);
            }

            p.NetworkLayerField = PacketLayer.Arp;
            SetPayload(ref p, rest.Slice(ArpView.Size), offset + ArpView.Size);
            return default;
        }
        else if (type == EtherType.Ipv4.Value)
        {
            if (!Ipv4View.TryRead(rest, out Ipv4View ip, out error))
            {
                return error.Shift(offset);
            }

            if (ip.IsPayloadTruncated && !lax)
            {
                return new PacketError(PacketLayer.Ipv4, PacketErrorReason.PayloadTruncated, ip.TotalLength, rest.Length, offset);
            }

            p.Ipv4Field = ip;
            p.NetworkLayerField = PacketLayer.Ipv4;
            p.IsIpPayloadTruncatedField = ip.IsPayloadTruncated;
            p.IsFragmentField = ip.IsFragment;
            protocol = ip.Protocol.Value;
            p.IpProtocolField = new IpProtocol(protocol);
            ipPayload = ip.Payload;
            transportOffset = offset + ip.HeaderLength;
            SetPayload(ref p, ipPayload, transportOffset);
            if (ip.FragmentOffset != 0)
            {
                return default;
            }
        }
        else if (type == EtherType.Ipv6.Value)
        {
            if (!Ipv6View.TryRead(rest, out Ipv6View ip, out error))
            {
                return error.Shift(offset);
            }

            if (ip.IsPayloadTruncated && !lax)
            {
                return new PacketError(PacketLayer.Ipv6, PacketErrorReason.PayloadTruncated, Ipv6View.Size + ip.PayloadLength, rest.Length, offset);
            }

            p.Ipv6Field = ip;
            p.NetworkLayerField = PacketLayer.Ipv6;
            p.IsIpPayloadTruncatedField = ip.IsPayloadTruncated;
            protocol = ip.NextHeader.Value;
            ipPayload = ip.Payload;
            transportOffset = offset + Ipv6View.Size;
            SetPayload(ref p, ipPayload, transportOffset);

            bool laterFragment = false;
            while (IsIpv6Extension(protocol))
            {
                int extensionLength = ipPayload.Length < 2 ? Ipv6ExtensionMinLength
                    : protocol == (byte)Ipv6Extension.Fragment ? Ipv6ExtensionMinLength : (ipPayload[1] + 1) * 8;
                if (ipPayload.Length < extensionLength)
                {
                    p.IpProtocolField = new IpProtocol(protocol);
                    return new PacketError(PacketLayer.Ipv6, PacketErrorReason.Truncated, extensionLength, ipPayload.Length, transportOffset);
                }

                if (protocol == (byte)Ipv6Extension.Fragment)
                {
                    p.IsFragmentField = true;
                    laterFragment |= (BinaryPrimitives.ReadUInt16BigEndian(ipPayload.Slice(2)) & 0xfff8) != 0;
                }

                protocol = ipPayload[0];
                ipPayload = ipPayload.Slice(extensionLength);
                transportOffset += extensionLength;
                SetPayload(ref p, ipPayload, transportOffset);
            }

            p.IpProtocolField = new IpProtocol(protocol);
            if (laterFragment)
            {
                return default;
            }
        }
        else
        {
            return default;
        }

        if (protocol == IpProtocol.Tcp.Value)
        {
            if (!TcpView.TryRead(ipPayload, out p.TcpField, out error))
            {
                return error.Shift(transportOffset);
            }

            p.TransportLayerField = PacketLayer.Tcp;
            p.TransportOffsetField = transportOffset;
            SetPayload(ref p, p.TcpField.Payload, transportOffset + p.TcpField.HeaderLength);
        }
        else if (protocol == IpProtocol.Udp.Value)
        {
            if (!UdpView.TryRead(ipPayload, out p.UdpField, out error))
            {
                return error.Shift(transportOffset);
            }

            p.TransportLayerField = PacketLayer.Udp;
            p.TransportOffsetField = transportOffset;
            SetPayload(ref p, p.UdpField.Payload, transportOffset + UdpView.Size);
        }
        else if (protocol == IpProtocol.Icmp.Value && p.NetworkLayerField == PacketLayer.Ipv4)
        {
            if (!IcmpView.TryRead(ipPayload, out p.IcmpField, out error))
            {
                return error.Shift(transportOffset);
            }

            p.TransportLayerField = PacketLayer.Icmp;
            p.TransportOffsetField = transportOffset;
            SetPayload(ref p, p.IcmpField.Payload, transportOffset + IcmpView.Size);
        }

        return default;
    }

    private static void SetPayload(ref SlicedPacket p, ReadOnlySpan<byte> payload, int offset)
    {
        p.PayloadField = payload;
        p.PayloadOffsetField = offset;
    }

    private static bool IsVlanTpid(ushort type) => type == EtherType.Vlan.Value || type == EtherType.QinQ.Value || type == TpidQinQ9100;

    private static bool IsIpv6Extension(byte nextHeader) =>
        nextHeader is (byte)Ipv6Extension.HopByHop or (byte)Ipv6Extension.Routing or (byte)Ipv6Extension.Fragment or (byte)Ipv6Extension.DestinationOptions;

    /// <summary>The IPv6 extension headers the slicer skips.</summary>
    private enum Ipv6Extension : byte
    {
        HopByHop = 0,
        Routing = 43,
        Fragment = 44,
        DestinationOptions = 60,
    }
}
