using System;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Packets;

public class PacketBuilderTests
{
    private static readonly MacAddress Client = MacAddress.Parse("52:54:00:12:34:56");
    private static readonly MacAddress Balancer = MacAddress.Parse("52:54:00:00:00:64");

    [Fact]
    public void WriteIpv4Tcp_SynVector_ReproducesTheCapturedBytes()
    {
        byte[] expected = PacketVectors.TcpSyn;
        byte[] buffer = new byte[128];
        int n = new EthernetHeader(Balancer, Client, EtherType.Ipv4).Write(buffer);
        var ip = new Ipv4Header { Identification = 0x1c46, Flags = Ipv4Flags.DontFragment, Source = Ipv4Address.Parse("10.0.0.2"), Destination = Ipv4Address.Parse("10.0.0.100") };
        var tcp = new TcpHeader { SourcePort = 51234, DestinationPort = 80, SequenceNumber = 0x9a3c1f00, Flags = TcpFlags.Syn, Window = 64240 };
        n += PacketBuilder.WriteIpv4Tcp(buffer.AsSpan(n), ip, tcp, Hex.Parse("020405b4 0402 080a0a1b2c3d00000000 01 030307"), default);
        Assert.Equal(Hex.Format(expected), Hex.Format(buffer.AsSpan(0, n)));
    }

    [Fact]
    public void WriteIpv4Udp_DnsVector_ReproducesTheCapturedBytes()
    {
        byte[] expected = PacketVectors.UdpDnsQuery;
        byte[] buffer = new byte[128];
        int n = new EthernetHeader(MacAddress.Parse("52:54:00:00:00:01"), Client, EtherType.Ipv4).Write(buffer);
        var ip = new Ipv4Header { Identification = 0x3039, Source = Ipv4Address.Parse("10.0.0.2"), Destination = Ipv4Address.Parse("8.8.8.8") };
        n += PacketBuilder.WriteIpv4Udp(buffer.AsSpan(n), ip, new UdpHeader(53000, 53), expected.AsSpan(42));
        Assert.Equal(Hex.Format(expected), Hex.Format(buffer.AsSpan(0, n)));
    }

    [Fact]
    public void WriteIpv4Icmp_EchoVector_ReproducesTheCapturedBytes()
    {
        byte[] expected = PacketVectors.IcmpEchoRequest;
        byte[] buffer = new byte[128];
        int n = new EthernetHeader(Balancer, Client, EtherType.Ipv4).Write(buffer);
        var ip = new Ipv4Header { Identification = 0xa1b2, Flags = Ipv4Flags.DontFragment, Source = Ipv4Address.Parse("10.0.0.2"), Destination = Ipv4Address.Parse("10.0.0.100") };
        n += PacketBuilder.WriteIpv4Icmp(buffer.AsSpan(n), ip, IcmpHeader.EchoRequest(0x1234, 1), expected.AsSpan(42));
        Assert.Equal(Hex.Format(expected), Hex.Format(buffer.AsSpan(0, n)));
    }

    [Fact]
    public void WriteIpv6Tcp_SynVector_ReproducesTheCapturedBytes()
    {
        byte[] expected = PacketVectors.Ipv6TcpSyn;
        byte[] buffer = new byte[128];
        int n = new EthernetHeader(Balancer, Client, EtherType.Ipv6).Write(buffer);
        var ip = new Ipv6Header { FlowLabel = 0xabcde, Source = Ipv6Address.Parse("2001:db8::2"), Destination = Ipv6Address.Parse("2001:db8::100") };
        var tcp = new TcpHeader { SourcePort = 51235, DestinationPort = 443, SequenceNumber = 0x01020304, Flags = TcpFlags.Syn, Window = 64800 };
        n += PacketBuilder.WriteIpv6Tcp(buffer.AsSpan(n), ip, tcp, expected.AsSpan(74, 20), default);
        Assert.Equal(Hex.Format(expected), Hex.Format(buffer.AsSpan(0, n)));
    }

    [Fact]
    public void WriteIpv4Udp_AfterVlanTag_ReproducesTheCapturedBytesWithoutPadding()
    {
        byte[] expected = PacketVectors.VlanUdp.AsSpan(0, 51).ToArray();
        byte[] buffer = new byte[128];
        int n = new EthernetHeader(Balancer, Client, EtherType.Vlan).Write(buffer);
        n += new VlanTag(3, false, 100, EtherType.Ipv4).Write(buffer.AsSpan(n));
        var ip = new Ipv4Header { Dscp = 46, Identification = 1, Source = Ipv4Address.Parse("192.168.100.10"), Destination = Ipv4Address.Parse("192.168.100.1") };
        n += PacketBuilder.WriteIpv4Udp(buffer.AsSpan(n), ip, new UdpHeader(40000, 5000), "hello"u8);
        Assert.Equal(Hex.Format(expected), Hex.Format(buffer.AsSpan(0, n)));
    }

    [Fact]
    public void WriteIpv6Udp_Built_ChecksumVerifiesAndViewsReadBack()
    {
        byte[] buffer = new byte[100];
        var ip = new Ipv6Header { Source = Ipv6Address.Parse("fe80::1"), Destination = Ipv6Address.Parse("ff02::1"), HopLimit = 1 };
        int n = PacketBuilder.WriteIpv6Udp(buffer, ip, new UdpHeader(546, 547), "dhcp"u8);
        Assert.Equal(40 + 8 + 4, n);
        Assert.True(Ipv6View.TryRead(buffer.AsSpan(0, n), out Ipv6View v6, out _));
        Assert.Equal(12, v6.PayloadLength);
        Assert.Equal(IpProtocol.Udp, v6.NextHeader);
        Assert.Equal(1, v6.HopLimit);
        Assert.True(Checksums.VerifyUdp(ip.Source, ip.Destination, v6.Payload));
        Assert.True(UdpView.TryRead(v6.Payload, out UdpView udp, out _));
        Assert.Equal(12, udp.Length);
        Assert.Equal("dhcp"u8.ToArray(), udp.Payload.ToArray());
    }

    [Fact]
    public void TryWriteArpReply_Request_AnswersTheAsker()
    {
        byte[] buffer = new byte[64];
        Assert.True(PacketBuilder.TryWriteArpReply(buffer, PacketVectors.ArpRequest, Balancer, out int n));
        Assert.Equal(42, n);
        Assert.True(PacketSlicer.TrySlice(buffer.AsSpan(0, n), out SlicedPacket reply, out _));
        Assert.Equal(Client, reply.Ethernet.Destination);
        Assert.Equal(Balancer, reply.Ethernet.Source);
        Assert.Equal(EtherType.Arp, reply.Ethernet.EtherType);
        ArpView arp = reply.Arp;
        Assert.Equal(ArpOperation.Reply, arp.Operation);
        Assert.Equal(Balancer, arp.SenderHardwareAddress);
        Assert.Equal(Ipv4Address.Parse("10.0.0.1"), arp.SenderProtocolAddress);
        Assert.Equal(Client, arp.TargetHardwareAddress);
        Assert.Equal(Ipv4Address.Parse("10.0.0.2"), arp.TargetProtocolAddress);
        Assert.Equal(Hex.Parse("""
            525400123456 # eth dst: the asker
            525400000064 # eth src: the answer
            0806 # arp
            0001 0800 06 04 0002 # ethernet/ipv4, reply
            525400000064 0a000001 # sha, spa: 10.0.0.1 is at the answer
            525400123456 0a000002 # tha, tpa: the asker
            """), buffer.AsSpan(0, n).ToArray());
    }

    [Fact]
    public void TryWriteArpReply_QinQRequest_KeepsBothTags()
    {
        byte[] buffer = new byte[64];
        Assert.True(PacketBuilder.TryWriteArpReply(buffer, PacketVectors.QinQArpRequest, Balancer, out int n));
        Assert.Equal(50, n);
        Assert.Equal(PacketVectors.QinQArpRequest.AsSpan(12, 10).ToArray(), buffer.AsSpan(12, 10).ToArray());
        Assert.True(PacketSlicer.TrySlice(buffer.AsSpan(0, n), out SlicedPacket reply, out _));
        Assert.Equal(2, reply.VlanCount);
        Assert.Equal(100, reply.InnerVlan.VlanId);
        Assert.Equal(ArpOperation.Reply, reply.Arp.Operation);
    }

    [Fact]
    public void TryWriteArpReply_NotARequest_ReturnsFalse()
    {
        byte[] buffer = new byte[64];
        Assert.False(PacketBuilder.TryWriteArpReply(buffer, PacketVectors.TcpSyn, Balancer, out int n));
        Assert.Equal(0, n);
        Assert.True(PacketBuilder.TryWriteArpReply(buffer, PacketVectors.ArpRequest, Balancer, out n));
        Assert.False(PacketBuilder.TryWriteArpReply(new byte[64], buffer.AsSpan(0, n), Balancer, out _)); // a reply
        Assert.False(PacketBuilder.TryWriteArpReply(buffer, PacketVectors.ArpRequest.AsSpan(0, 30), Balancer, out _));
    }

    [Fact]
    public void TryWriteTcpReset_Ipv4Syn_RefusesWithRstAck()
    {
        byte[] buffer = new byte[128];
        Assert.True(PacketBuilder.TryWriteTcpReset(buffer, PacketVectors.TcpSyn, out int n));
        Assert.Equal(54, n);
        Assert.True(PacketSlicer.TrySlice(buffer.AsSpan(0, n), out SlicedPacket rst, out _));
        Assert.Equal(Client, rst.Ethernet.Destination);
        Assert.Equal(Balancer, rst.Ethernet.Source);
        Assert.Equal(Ipv4Address.Parse("10.0.0.100"), rst.Ipv4.Source);
        Assert.Equal(Ipv4Address.Parse("10.0.0.2"), rst.Ipv4.Destination);
        Assert.True(rst.Ipv4.IsHeaderChecksumValid);
        TcpView tcp = rst.Tcp;
        Assert.Equal(80, tcp.SourcePort);
        Assert.Equal(51234, tcp.DestinationPort);
        Assert.Equal(TcpFlags.Rst | TcpFlags.Ack, tcp.Flags);
        Assert.Equal(0u, tcp.SequenceNumber);
        Assert.Equal(0x9a3c1f01u, tcp.AcknowledgmentNumber);
        Assert.Equal(0, tcp.Window);
        Assert.True(Checksums.VerifyTcp(rst.Ipv4.Source, rst.Ipv4.Destination, rst.Ipv4.Payload));
    }

    [Fact]
    public void TryWriteTcpReset_Ipv6Syn_RefusesWithRstAck()
    {
        byte[] buffer = new byte[128];
        Assert.True(PacketBuilder.TryWriteTcpReset(buffer, PacketVectors.Ipv6TcpSyn, out int n));
        Assert.Equal(74, n);
        Assert.True(PacketSlicer.TrySlice(buffer.AsSpan(0, n), out SlicedPacket rst, out _));
        Assert.Equal(Ipv6Address.Parse("2001:db8::100"), rst.Ipv6.Source);
        Assert.Equal(TcpFlags.Rst | TcpFlags.Ack, rst.Tcp.Flags);
        Assert.Equal(0x01020305u, rst.Tcp.AcknowledgmentNumber);
        Assert.True(Checksums.VerifyTcp(rst.Ipv6.Source, rst.Ipv6.Destination, rst.Ipv6.Payload));
    }

    [Fact]
    public void TryWriteTcpReset_SegmentWithAckCutShort_UsesTheAckAsSequence()
    {
        byte[] full = new byte[14 + 20 + 20 + 500];
        int n = new EthernetHeader(Balancer, Client, EtherType.Ipv4).Write(full);
        PacketBuilder.WriteIpv4Tcp(full.AsSpan(n), new Ipv4Header { Source = new Ipv4Address(1), Destination = new Ipv4Address(2) },
            new TcpHeader { SourcePort = 1000, DestinationPort = 2000, SequenceNumber = 5, AcknowledgmentNumber = 77, Flags = TcpFlags.Ack | TcpFlags.Psh }, default, new byte[500]);
        byte[] buffer = new byte[128];
        Assert.True(PacketBuilder.TryWriteTcpReset(buffer, full.AsSpan(0, 128), out int written));
        Assert.True(PacketSlicer.TrySlice(buffer.AsSpan(0, written), out SlicedPacket rst, out _));
        Assert.Equal(TcpFlags.Rst, rst.Tcp.Flags);
        Assert.Equal(77u, rst.Tcp.SequenceNumber);
        Assert.Equal(0u, rst.Tcp.AcknowledgmentNumber);
    }

    [Fact]
    public void TryWriteTcpReset_SegmentWithDataNoAck_AcknowledgesTheWholeLengthFromIpHeader()
    {
        byte[] full = new byte[14 + 20 + 20 + 300];
        int n = new EthernetHeader(Balancer, Client, EtherType.Ipv4).Write(full);
        PacketBuilder.WriteIpv4Tcp(full.AsSpan(n), new Ipv4Header { Source = new Ipv4Address(1), Destination = new Ipv4Address(2) },
            new TcpHeader { SourcePort = 1000, DestinationPort = 2000, SequenceNumber = uint.MaxValue, Flags = TcpFlags.Syn | TcpFlags.Fin }, default, new byte[300]);
        byte[] buffer = new byte[128];
        Assert.True(PacketBuilder.TryWriteTcpReset(buffer, full.AsSpan(0, 100), out int written));
        Assert.True(PacketSlicer.TrySlice(buffer.AsSpan(0, written), out SlicedPacket rst, out _));
        Assert.Equal(301u, rst.Tcp.AcknowledgmentNumber); // 0xffffffff + 300 + SYN + FIN, wrapped
    }

    [Fact]
    public void TryWriteTcpReset_RstOrNotTcp_ReturnsFalse()
    {
        byte[] buffer = new byte[128];
        Assert.True(PacketBuilder.TryWriteTcpReset(buffer, PacketVectors.TcpSyn, out int n));
        Assert.False(PacketBuilder.TryWriteTcpReset(new byte[128], buffer.AsSpan(0, n), out _));
        Assert.False(PacketBuilder.TryWriteTcpReset(buffer, PacketVectors.UdpDnsQuery, out _));
        Assert.False(PacketBuilder.TryWriteTcpReset(buffer, PacketVectors.TcpSyn.AsSpan(0, 50), out _));
    }

    [Fact]
    public void TryWriteIcmpEchoReply_EchoRequest_AnswersWithTheSameData()
    {
        byte[] buffer = new byte[128];
        Assert.True(PacketBuilder.TryWriteIcmpEchoReply(buffer, PacketVectors.IcmpEchoRequest, out int n));
        Assert.Equal(PacketVectors.IcmpEchoRequest.Length, n);
        Assert.True(PacketSlicer.TrySlice(buffer.AsSpan(0, n), out SlicedPacket reply, out _));
        Assert.Equal(Client, reply.Ethernet.Destination);
        Assert.Equal(Ipv4Address.Parse("10.0.0.100"), reply.Ipv4.Source);
        Assert.Equal(Ipv4Address.Parse("10.0.0.2"), reply.Ipv4.Destination);
        Assert.True(reply.Ipv4.IsHeaderChecksumValid);
        Assert.Equal(IcmpType.EchoReply, reply.Icmp.Type);
        Assert.Equal(0x1234, reply.Icmp.Identifier);
        Assert.Equal(1, reply.Icmp.SequenceNumber);
        Assert.Equal(0xd2a8, reply.Icmp.Checksum); // the request's 0xcaa8 with type 8 -> 0 (RFC 1624)
        Assert.True(Checksums.VerifyIcmp(reply.Ipv4.Payload));
        Assert.Equal(PacketVectors.IcmpEchoRequest.AsSpan(42).ToArray(), reply.Icmp.Payload.ToArray());
    }

    [Fact]
    public void TryWriteIcmpEchoReply_CutShortOrNotEcho_ReturnsFalse()
    {
        byte[] buffer = new byte[128];
        Assert.False(PacketBuilder.TryWriteIcmpEchoReply(buffer, PacketVectors.IcmpEchoRequest.AsSpan(0, 60), out _));
        Assert.False(PacketBuilder.TryWriteIcmpEchoReply(buffer, PacketVectors.TcpSyn, out _));
        Assert.True(PacketBuilder.TryWriteIcmpEchoReply(buffer, PacketVectors.IcmpEchoRequest, out int n));
        Assert.False(PacketBuilder.TryWriteIcmpEchoReply(new byte[128], buffer.AsSpan(0, n), out _));
    }

    [Fact]
    public void Builders_DestinationTooSmall_ThrowArgumentException()
    {
        Assert.Throws<ArgumentException>(() => PacketBuilder.TryWriteArpReply(new byte[41], PacketVectors.ArpRequest, Balancer, out _));
        Assert.Throws<ArgumentException>(() => PacketBuilder.TryWriteTcpReset(new byte[53], PacketVectors.TcpSyn, out _));
        Assert.Throws<ArgumentException>(() => PacketBuilder.TryWriteIcmpEchoReply(new byte[97], PacketVectors.IcmpEchoRequest, out _));
        Assert.Throws<ArgumentException>(() => PacketBuilder.WriteIpv4Udp(new byte[40], new Ipv4Header(), new UdpHeader(1, 2), new byte[13]));
        Assert.Throws<ArgumentException>(() => PacketBuilder.WriteIpv4Udp(new byte[70000], new Ipv4Header(), new UdpHeader(1, 2), new byte[65508]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PacketBuilder.WriteIpv4Tcp(new byte[100], new Ipv4Header(), new TcpHeader(), new byte[3], default));
    }
}
