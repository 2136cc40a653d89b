using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// Builds packets for PacketOut: IP packets with their lengths and checksums filled in (write the link header first with
/// <see cref="EthernetHeader.Write"/> and, for a tagged frame, <see cref="VlanTag.Write"/>), and whole answer frames for a
/// received frame: an ARP reply, a TCP RST, an ICMP echo reply. Answers keep the received frame's VLAN tags. Frames are
/// not padded to the Ethernet minimum of 60 bytes (the switch pads). Allocation-free.
/// </summary>
/// <remarks>
/// A destination too small throws <see cref="ArgumentException"/> (a destination as long as the received frame and at
/// least 78 bytes always suffices for the answers). A received frame that does not call for the answer makes the
/// <c>TryWrite...</c> methods return false.
/// </remarks>
public static class PacketBuilder
{
    private const int MacPairSize = 12;
    private const int TcpChecksumOffset = 16;
    private const int UdpChecksumOffset = 6;
    private const int IcmpChecksumOffset = 2;

    /// <summary>Writes an IPv4 packet carrying a TCP segment: sets the total length, protocol, IHL, both checksums.</summary>
    /// <param name="destination">Where the IPv4 packet goes (after the link header).</param>
    /// <param name="ip">The IPv4 header; <see cref="Ipv4Header.TotalLength"/>, <see cref="Ipv4Header.Protocol"/>, <see cref="Ipv4Header.HeaderChecksum"/> are replaced; no options.</param>
    /// <param name="tcp">The TCP header; <see cref="TcpHeader.Checksum"/> and <see cref="TcpHeader.OptionsLength"/> are replaced.</param>
    /// <param name="tcpOptions">The TCP options (a multiple of 4 bytes, at most 40).</param>
    /// <param name="payload">The TCP data.</param>
    /// <returns>The bytes written.</returns>
    /// <exception cref="ArgumentException">The destination is too small, the packet exceeds 65535 bytes, or a header field does not fit.</exception>
    public static int WriteIpv4Tcp(Span<byte> destination, in Ipv4Header ip, in TcpHeader tcp, ReadOnlySpan<byte> tcpOptions, ReadOnlySpan<byte> payload)
    {
        int segmentLength = TcpView.MinLength + tcpOptions.Length + payload.Length;
        int ipLength = WriteIpv4(destination, ip, IpProtocol.Tcp, segmentLength);
        Span<byte> segment = destination.Slice(ipLength, segmentLength);
        WriteTcp(segment, tcp, tcpOptions, payload);
        BinaryPrimitives.WriteUInt16BigEndian(segment.Slice(TcpChecksumOffset), Checksums.TcpChecksum(ip.Source, ip.Destination, segment));
        return ipLength + segmentLength;
    }

    /// <summary>Writes an IPv4 packet carrying a UDP datagram: sets the IP and UDP lengths and both checksums.</summary>
    /// <param name="destination">Where the IPv4 packet goes.</param>
    /// <param name="ip">The IPv4 header; total length, protocol and checksum are replaced; no options.</param>
    /// <param name="udp">The UDP header; length and checksum are replaced.</param>
    /// <param name="payload">The UDP data.</param>
    /// <returns>The bytes written.</returns>
    /// <exception cref="ArgumentException">The destination is too small or the packet exceeds 65535 bytes.</exception>
    public static int WriteIpv4Udp(Span<byte> destination, in Ipv4Header ip, in UdpHeader udp, ReadOnlySpan<byte> payload)
    {
        int datagramLength = UdpView.Size + payload.Length;
        int ipLength = WriteIpv4(destination, ip, IpProtocol.Udp, datagramLength);
        Span<byte> datagram = destination.Slice(ipLength, datagramLength);
        WriteUdp(datagram, udp, payload);
        BinaryPrimitives.WriteUInt16BigEndian(datagram.Slice(UdpChecksumOffset), Checksums.UdpChecksum(ip.Source, ip.Destination, datagram));
        return ipLength + datagramLength;
    }

    /// <summary>Writes an IPv4 packet carrying an ICMP message: sets the IP lengths and both checksums.</summary>
    /// <param name="destination">Where the IPv4 packet goes.</param>
    /// <param name="ip">The IPv4 header; total length, protocol and checksum are replaced; no options.</param>
    /// <param name="icmp">The ICMP header; the checksum is replaced.</param>
    /// <param name="payload">The ICMP data.</param>
    /// <returns>The bytes written.</returns>
    /// <exception cref="ArgumentException">The destination is too small or the packet exceeds 65535 bytes.</exception>
    public static int WriteIpv4Icmp(Span<byte> destination, in Ipv4Header ip, in IcmpHeader icmp, ReadOnlySpan<byte> payload)
    {
        int messageLength = IcmpView.Size + payload.Length;
        int ipLength = WriteIpv4(destination, ip, IpProtocol.Icmp, messageLength);
        Span<byte> message = destination.Slice(ipLength, messageLength);
        WriteIcmp(message, icmp, payload);
        return ipLength + messageLength;
    }

    /// <summary>Writes an IPv6 packet carrying a TCP segment: sets the payload length, next header and the TCP checksum.</summary>
    /// <param name="destination">Where the IPv6 packet goes.</param>
    /// <param name="ip">The IPv6 header; payload length and next header are replaced.</param>
    /// <param name="tcp">The TCP header; checksum and options length are replaced.</param>
    /// <param name="tcpOptions">The TCP options (a multiple of 4 bytes, at most 40).</param>
    /// <param name="payload">The TCP data.</param>
    /// <returns>The bytes written.</returns>
    /// <exception cref="ArgumentException">The destination is too small, the payload exceeds 65535 bytes, or a header field does not fit.</exception>
    public static int WriteIpv6Tcp(Span<byte> destination, in Ipv6Header ip, in TcpHeader tcp, ReadOnlySpan<byte> tcpOptions, ReadOnlySpan<byte> payload)
    {
        int segmentLength = TcpView.MinLength + tcpOptions.Length + payload.Length;
        WriteIpv6(destination, ip, IpProtocol.Tcp, segmentLength);
        Span<byte> segment = destination.Slice(Ipv6View.Size, segmentLength);
        WriteTcp(segment, tcp, tcpOptions, payload);
        BinaryPrimitives.WriteUInt16BigEndian(segment.Slice(TcpChecksumOffset), Checksums.TcpChecksum(ip.Source, ip.Destination, segment));
        return Ipv6View.Size + segmentLength;
    }

    /// <summary>Writes an IPv6 packet carrying a UDP datagram: sets the lengths, next header and the UDP checksum.</summary>
    /// <param name="destination">Where the IPv6 packet goes.</param>
    /// <param name="ip">The IPv6 header; payload length and next header are replaced.</param>
    /// <param name="udp">The UDP header; length and checksum are replaced.</param>
    /// <param name="payload">The UDP data.</param>
    /// <returns>The bytes written.</returns>
    /// <exception cref="ArgumentException">The destination is too small or the payload exceeds 65535 bytes.</exception>
    public static int WriteIpv6Udp(Span<byte> destination, in Ipv6Header ip, in UdpHeader udp, ReadOnlySpan<byte> payload)
    {
        int datagramLength = UdpView.Size + payload.Length;
        WriteIpv6(destination, ip, IpProtocol.Udp, datagramLength);
        Span<byte> datagram = destination.Slice(Ipv6View.Size, datagramLength);
        WriteUdp(datagram, udp, payload);
        BinaryPrimitives.WriteUInt16BigEndian(datagram.Slice(UdpChecksumOffset), Checksums.UdpChecksum(ip.Source, ip.Destination, datagram));
        return Ipv6View.Size + datagramLength;
    }

    /// <summary>
    /// Answers an ARP request: writes a frame from <paramref name="answer"/> to the asker saying that the requested
    /// address is at <paramref name="answer"/>. The caller decides whether the address is one to answer for.
    /// </summary>
    /// <param name="destination">Where the reply frame goes (42 bytes, plus 4 per VLAN tag).</param>
    /// <param name="requestFrame">The received frame.</param>
    /// <param name="answer">The MAC address that owns <see cref="ArpView.TargetProtocolAddress"/>.</param>
    /// <param name="bytesWritten">The reply's length.</param>
    /// <returns>False (nothing written) when the frame is not an Ethernet/IPv4 ARP request.</returns>
    /// <exception cref="ArgumentException">The destination is too small.</exception>
    public static bool TryWriteArpReply(Span<byte> destination, ReadOnlySpan<byte> requestFrame, MacAddress answer, out int bytesWritten)
    {
        bytesWritten = 0;
        if (!PacketSlicer.TrySlice(requestFrame, out SlicedPacket request, out _)
            || request.NetworkLayer != PacketLayer.Arp
            || request.Arp.Operation != ArpOperation.Request)
        {
            return false;
        }

        ArpView arp = request.Arp;
        int offset = WriteLink(destination, requestFrame, request.NetworkOffset, arp.SenderHardwareAddress, answer, ArpView.Size);
        ArpPacket reply = ArpPacket.Reply(answer, arp.TargetProtocolAddress, arp.SenderHardwareAddress, arp.SenderProtocolAddress) with
        {
            HardwareType = arp.HardwareType,
            ProtocolType = arp.ProtocolType,
        };
        bytesWritten = offset + reply.Write(destination.Slice(offset));
        return true;
    }

    /// <summary>
    /// Refuses a TCP segment (a SYN to a closed port): writes a RST from the segment's destination back to its source
    /// (RFC 9293 section 3.10.7.1). If the segment has ACK, the RST carries sequence number SEG.ACK; otherwise sequence 0
    /// and RST|ACK acknowledging SEG.SEQ + SEG.LEN (SYN and FIN count one each). The segment may be cut short (PacketIn
    /// data): the data length comes from the IP length field. Works over IPv4 and IPv6.
    /// </summary>
    /// <param name="destination">Where the RST frame goes (at most 14 + 8 + 40 + 20 = 82 bytes).</param>
    /// <param name="segmentFrame">The received frame.</param>
    /// <param name="bytesWritten">The RST's length.</param>
    /// <returns>False (nothing written) when the frame holds no whole IPv4/IPv6 TCP header, or the segment is itself a RST.</returns>
    /// <exception cref="ArgumentException">The destination is too small.</exception>
    public static bool TryWriteTcpReset(Span<byte> destination, ReadOnlySpan<byte> segmentFrame, out int bytesWritten)
    {
        bytesWritten = 0;
        SlicedPacket received = PacketSlicer.SliceLax(segmentFrame);
        if (received.TransportLayer != PacketLayer.Tcp || received.Tcp.Rst)
        {
            return false;
        }

        TcpView tcp = received.Tcp;
        int ipPayloadLength = received.NetworkLayer == PacketLayer.Ipv4
            ? received.Ipv4.TotalLength - received.Ipv4.HeaderLength
            : received.Ipv6.PayloadLength - (received.TransportOffset - received.NetworkOffset - Ipv6View.Size);
        uint segmentLength = (uint)Math.Max(0, ipPayloadLength - tcp.HeaderLength) + (tcp.Syn ? 1u : 0u) + (tcp.Fin ? 1u : 0u);
        TcpHeader reset = tcp.Ack
            ? new TcpHeader { SourcePort = tcp.DestinationPort, DestinationPort = tcp.SourcePort, SequenceNumber = tcp.AcknowledgmentNumber, Flags = TcpFlags.Rst }
            : new TcpHeader { SourcePort = tcp.DestinationPort, DestinationPort = tcp.SourcePort, AcknowledgmentNumber = unchecked(tcp.SequenceNumber + segmentLength), Flags = TcpFlags.Rst | TcpFlags.Ack };

        EthernetView ethernet = received.Ethernet;
        bool v4 = received.NetworkLayer == PacketLayer.Ipv4;
        int packetLength = (v4 ? Ipv4View.MinLength : Ipv6View.Size) + TcpView.MinLength;
        int offset = WriteLink(destination, segmentFrame, received.NetworkOffset, ethernet.Source, ethernet.Destination, packetLength);
        if (v4)
        {
            Ipv4View ip = received.Ipv4;
            offset += WriteIpv4Tcp(destination.Slice(offset), new Ipv4Header { Source = ip.Destination, Destination = ip.Source, Flags = Ipv4Flags.DontFragment }, reset, default, default);
        }
        else
        {
            Ipv6View ip = received.Ipv6;
            offset += WriteIpv6Tcp(destination.Slice(offset), new Ipv6Header { Source = ip.Destination, Destination = ip.Source }, reset, default, default);
        }

        bytesWritten = offset;
        return true;
    }

    /// <summary>
    /// Answers an ICMPv4 echo request (ping): writes an echo reply from the request's destination back to its source
    /// with the same identifier, sequence number and data. IPv4 options are not copied.
    /// </summary>
    /// <param name="destination">Where the reply frame goes (no longer than the request frame).</param>
    /// <param name="requestFrame">The received frame; it must hold the whole request (not cut short).</param>
    /// <param name="bytesWritten">The reply's length.</param>
    /// <returns>False (nothing written) when the frame is not a whole, unfragmented ICMPv4 echo request.</returns>
    /// <exception cref="ArgumentException">The destination is too small.</exception>
    public static bool TryWriteIcmpEchoReply(Span<byte> destination, ReadOnlySpan<byte> requestFrame, out int bytesWritten)
    {
        bytesWritten = 0;
        if (!PacketSlicer.TrySlice(requestFrame, out SlicedPacket request, out _)
            || request.TransportLayer != PacketLayer.Icmp
            || !request.Icmp.IsEchoRequest
            || request.IsFragment)
        {
            return false;
        }

        IcmpView icmp = request.Icmp;
        Ipv4View ip = request.Ipv4;
        EthernetView ethernet = request.Ethernet;
        int packetLength = Ipv4View.MinLength + IcmpView.Size + icmp.Payload.Length;
        int offset = WriteLink(destination, requestFrame, request.NetworkOffset, ethernet.Source, ethernet.Destination, packetLength);
        var replyIp = new Ipv4Header { Source = ip.Destination, Destination = ip.Source, Dscp = ip.Dscp, Identification = ip.Identification };
        offset += WriteIpv4Icmp(destination.Slice(offset), replyIp, new IcmpHeader(IcmpType.EchoReply, 0, icmp.RestOfHeader), icmp.Payload);
        bytesWritten = offset;
        return true;
    }

    /// <summary>Writes the link header of an answer: the two MACs, then the received EtherType/VLAN tags as they were.</summary>
    private static int WriteLink(Span<byte> destination, ReadOnlySpan<byte> receivedFrame, int networkOffset, MacAddress to, MacAddress from, int packetLength)
    {
        PacketChecks.Space(destination, networkOffset + packetLength);
        to.Write(destination);
        from.Write(destination.Slice(MacAddress.Size));
        receivedFrame.Slice(MacPairSize, networkOffset - MacPairSize).CopyTo(destination.Slice(MacPairSize));
        return networkOffset;
    }

    private static int WriteIpv4(Span<byte> destination, in Ipv4Header ip, IpProtocol protocol, int innerLength)
    {
        int totalLength = ip.Length + innerLength;
        CheckLength(totalLength);
        PacketChecks.Space(destination, totalLength);
        int length = (ip with { TotalLength = (ushort)totalLength, Protocol = protocol, HeaderChecksum = 0 }).Write(destination);
        Checksums.WriteIpv4HeaderChecksum(destination.Slice(0, length));
        return length;
    }

    private static void WriteIpv6(Span<byte> destination, in Ipv6Header ip, IpProtocol nextHeader, int innerLength)
    {
        CheckLength(innerLength);
        PacketChecks.Space(destination, Ipv6View.Size + innerLength);
        (ip with { PayloadLength = (ushort)innerLength, NextHeader = nextHeader }).Write(destination);
    }

    private static void WriteTcp(Span<byte> segment, in TcpHeader tcp, ReadOnlySpan<byte> options, ReadOnlySpan<byte> payload)
    {
        int headerLength = (tcp with { OptionsLength = options.Length, Checksum = 0 }).Write(segment, options);
        payload.CopyTo(segment.Slice(headerLength));
    }

    private static void WriteUdp(Span<byte> datagram, in UdpHeader udp, ReadOnlySpan<byte> payload)
    {
        (udp with { Length = (ushort)datagram.Length, Checksum = 0 }).Write(datagram);
        payload.CopyTo(datagram.Slice(UdpView.Size));
    }

    private static void WriteIcmp(Span<byte> message, in IcmpHeader icmp, ReadOnlySpan<byte> payload)
    {
        (icmp with { Checksum = 0 }).Write(message);
        payload.CopyTo(message.Slice(IcmpView.Size));
        BinaryPrimitives.WriteUInt16BigEndian(message.Slice(IcmpChecksumOffset), Checksums.IcmpChecksum(message));
    }

    private static void CheckLength(int length)
    {
        if (length > ushort.MaxValue)
        {
            Wire.ThrowHelper.ThrowArgument("The packet is longer than an IP length field can say (65535 bytes).", "payload");
        }
    }
}
