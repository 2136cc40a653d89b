using System;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Packets;

public class PacketSlicerTests
{
    [Fact]
    public void TrySlice_ArpRequest_ReadsEveryField()
    {
        Assert.True(PacketSlicer.TrySlice(PacketVectors.ArpRequest, out SlicedPacket p, out PacketError error));
        Assert.False(error.IsError);
        Assert.True(p.HasEthernet);
        Assert.Equal(MacAddress.Broadcast, p.Ethernet.Destination);
        Assert.Equal(MacAddress.Parse("52:54:00:12:34:56"), p.Ethernet.Source);
        Assert.Equal(EtherType.Arp, p.EtherType);
        Assert.Equal(0, p.VlanCount);
        Assert.Equal(PacketLayer.Arp, p.NetworkLayer);
        Assert.Equal(PacketLayer.None, p.TransportLayer);
        ArpView arp = p.Arp;
        Assert.Equal(1, arp.HardwareType);
        Assert.Equal(EtherType.Ipv4, arp.ProtocolType);
        Assert.Equal(6, arp.HardwareLength);
        Assert.Equal(4, arp.ProtocolLength);
        Assert.Equal(ArpOperation.Request, arp.Operation);
        Assert.Equal(MacAddress.Parse("52:54:00:12:34:56"), arp.SenderHardwareAddress);
        Assert.Equal(Ipv4Address.Parse("10.0.0.2"), arp.SenderProtocolAddress);
        Assert.Equal(MacAddress.Zero, arp.TargetHardwareAddress);
        Assert.Equal(Ipv4Address.Parse("10.0.0.1"), arp.TargetProtocolAddress);
        Assert.Equal(18, p.Payload.Length); // the Ethernet padding
        Assert.Equal(42, p.PayloadOffset);
    }

    [Fact]
    public void TrySlice_TcpSynWithOptions_ReadsEveryField()
    {
        Assert.True(PacketSlicer.TrySlice(PacketVectors.TcpSyn, out SlicedPacket p, out _));
        Assert.Equal(PacketLayer.Ipv4, p.NetworkLayer);
        Ipv4View ip = p.Ipv4;
        Assert.Equal(4, ip.Version);
        Assert.Equal(5, ip.Ihl);
        Assert.Equal(0, ip.Dscp);
        Assert.Equal(0, ip.Ecn);
        Assert.Equal(60, ip.TotalLength);
        Assert.Equal(0x1c46, ip.Identification);
        Assert.Equal(Ipv4Flags.DontFragment, ip.Flags);
        Assert.True(ip.DontFragment);
        Assert.False(ip.MoreFragments);
        Assert.Equal(0, ip.FragmentOffset);
        Assert.False(ip.IsFragment);
        Assert.Equal(64, ip.TimeToLive);
        Assert.Equal(IpProtocol.Tcp, ip.Protocol);
        Assert.Equal(0x0a11, ip.HeaderChecksum);
        Assert.True(ip.IsHeaderChecksumValid);
        Assert.Equal(Ipv4Address.Parse("10.0.0.2"), ip.Source);
        Assert.Equal(Ipv4Address.Parse("10.0.0.100"), ip.Destination);
        Assert.True(ip.Options.IsEmpty);
        Assert.Equal(40, ip.Payload.Length);

        Assert.Equal(PacketLayer.Tcp, p.TransportLayer);
        Assert.Equal(34, p.TransportOffset);
        TcpView tcp = p.Tcp;
        Assert.Equal(51234, tcp.SourcePort);
        Assert.Equal(80, tcp.DestinationPort);
        Assert.Equal(0x9a3c1f00u, tcp.SequenceNumber);
        Assert.Equal(0u, tcp.AcknowledgmentNumber);
        Assert.Equal(10, tcp.DataOffset);
        Assert.Equal(40, tcp.HeaderLength);
        Assert.Equal(TcpFlags.Syn, tcp.Flags);
        Assert.True(tcp.Syn);
        Assert.False(tcp.Ack || tcp.Fin || tcp.Rst || tcp.Psh || tcp.Urg || tcp.Ece || tcp.Cwr || tcp.Ns);
        Assert.Equal(64240, tcp.Window);
        Assert.Equal(0x80a2, tcp.Checksum);
        Assert.Equal(0, tcp.UrgentPointer);
        Assert.Equal(Hex.Parse("020405b4 0402 080a0a1b2c3d00000000 01 030307"), tcp.Options.ToArray());
        Assert.True(p.Payload.IsEmpty);
        Assert.Equal(74, p.PayloadOffset);
    }

    [Fact]
    public void TrySlice_UdpDnsQuery_PayloadIsTheDnsMessage()
    {
        Assert.True(PacketSlicer.TrySlice(PacketVectors.UdpDnsQuery, out SlicedPacket p, out _));
        Assert.Equal(PacketLayer.Udp, p.TransportLayer);
        UdpView udp = p.Udp;
        Assert.Equal(53000, udp.SourcePort);
        Assert.Equal(53, udp.DestinationPort);
        Assert.Equal(37, udp.Length);
        Assert.Equal(0x87f7, udp.Checksum);
        Assert.Equal(29, p.Payload.Length);
        Assert.Equal(0xbe, p.Payload[0]);
        Assert.Equal(Ipv4Address.Parse("8.8.8.8"), p.Ipv4.Destination);
        Assert.Equal(Ipv4Flags.None, p.Ipv4.Flags);
    }

    [Fact]
    public void TrySlice_IcmpEchoRequest_ReadsIdentifierSequenceAndData()
    {
        Assert.True(PacketSlicer.TrySlice(PacketVectors.IcmpEchoRequest, out SlicedPacket p, out _));
        Assert.Equal(PacketLayer.Icmp, p.TransportLayer);
        IcmpView icmp = p.Icmp;
        Assert.Equal(IcmpType.EchoRequest, icmp.Type);
        Assert.Equal(0, icmp.Code);
        Assert.True(icmp.IsEchoRequest);
        Assert.Equal(0xcaa8, icmp.Checksum);
        Assert.Equal(0x12340001u, icmp.RestOfHeader);
        Assert.Equal(0x1234, icmp.Identifier);
        Assert.Equal(1, icmp.SequenceNumber);
        Assert.Equal(56, icmp.Payload.Length);
        Assert.Equal(0x3f, icmp.Payload[55]);
    }

    [Fact]
    public void TrySlice_Ipv6TcpSyn_ReadsEveryField()
    {
        Assert.True(PacketSlicer.TrySlice(PacketVectors.Ipv6TcpSyn, out SlicedPacket p, out _));
        Assert.Equal(PacketLayer.Ipv6, p.NetworkLayer);
        Ipv6View ip = p.Ipv6;
        Assert.Equal(6, ip.Version);
        Assert.Equal(0, ip.TrafficClass);
        Assert.Equal(0xabcdeu, ip.FlowLabel);
        Assert.Equal(40, ip.PayloadLength);
        Assert.Equal(IpProtocol.Tcp, ip.NextHeader);
        Assert.Equal(64, ip.HopLimit);
        Assert.Equal(Ipv6Address.Parse("2001:db8::2"), ip.Source);
        Assert.Equal(Ipv6Address.Parse("2001:db8::100"), ip.Destination);
        Assert.Equal(IpProtocol.Tcp, p.IpProtocol);
        Assert.Equal(PacketLayer.Tcp, p.TransportLayer);
        Assert.Equal(54, p.TransportOffset);
        Assert.Equal(443, p.Tcp.DestinationPort);
        Assert.Equal(0x01020304u, p.Tcp.SequenceNumber);
        Assert.Equal(0xdc34, p.Tcp.Checksum);
    }

    [Fact]
    public void TrySlice_VlanTaggedUdp_ReadsTagAndDropsPadding()
    {
        Assert.True(PacketSlicer.TrySlice(PacketVectors.VlanUdp, out SlicedPacket p, out _));
        Assert.Equal(EtherType.Vlan, p.Ethernet.EtherType);
        Assert.Equal(1, p.VlanCount);
        VlanView vlan = p.OuterVlan;
        Assert.Equal(0x6064, vlan.Tci);
        Assert.Equal(3, vlan.Priority);
        Assert.False(vlan.DropEligible);
        Assert.Equal(100, vlan.VlanId);
        Assert.Equal(EtherType.Ipv4, vlan.EtherType);
        Assert.Equal(EtherType.Ipv4, p.EtherType);
        Assert.Equal(18, p.NetworkOffset);
        Assert.Equal(46, p.Ipv4.Dscp); // EF
        Assert.Equal(PacketLayer.Udp, p.TransportLayer);
        Assert.Equal("hello"u8.ToArray(), p.Payload.ToArray());
    }

    [Fact]
    public void TrySlice_QinQ_ReadsBothTags()
    {
        Assert.True(PacketSlicer.TrySlice(PacketVectors.QinQArpRequest, out SlicedPacket p, out _));
        Assert.Equal(2, p.VlanCount);
        Assert.Equal(10, p.OuterVlan.VlanId);
        Assert.Equal(EtherType.Vlan, p.OuterVlan.EtherType);
        Assert.Equal(100, p.InnerVlan.VlanId);
        Assert.Equal(1, p.InnerVlan.Priority);
        Assert.Equal(22, p.NetworkOffset);
        Assert.Equal(PacketLayer.Arp, p.NetworkLayer);
        Assert.Equal(Ipv4Address.Parse("10.0.0.1"), p.Arp.TargetProtocolAddress);
    }

    [Fact]
    public void TrySlice_ThreeTags_StopsAfterTwoWithoutError()
    {
        byte[] frame = Hex.Parse("ffffffffffff 525400123456 88a8 000a 8100 0014 8100 001e 0800 45");
        Assert.True(PacketSlicer.TrySlice(frame, out SlicedPacket p, out _));
        Assert.Equal(2, p.VlanCount);
        Assert.Equal(EtherType.Vlan, p.EtherType);
        Assert.Equal(PacketLayer.None, p.NetworkLayer);
        Assert.Equal(22, p.PayloadOffset);
    }

    [Fact]
    public void TrySlice_UnknownEtherType_PayloadIsTheRest()
    {
        byte[] frame = Hex.Parse("0180c200000e 525400123456 88cc 0102030405");
        Assert.True(PacketSlicer.TrySlice(frame, out SlicedPacket p, out _));
        Assert.Equal(EtherType.Lldp, p.EtherType);
        Assert.Equal(PacketLayer.None, p.NetworkLayer);
        Assert.Equal(5, p.Payload.Length);
    }

    [Fact]
    public void TrySlice_Ipv4NonFirstFragment_HasNoTransport()
    {
        byte[] frame = (byte[])PacketVectors.UdpDnsQuery.Clone();
        frame[14 + 6] = 0x00;
        frame[14 + 7] = 0x10; // fragment offset 16 (128 bytes)
        Assert.True(PacketSlicer.TrySlice(frame, out SlicedPacket p, out _));
        Assert.True(p.IsFragment);
        Assert.Equal(PacketLayer.None, p.TransportLayer);
        Assert.Equal(37, p.Payload.Length);
        Assert.Equal(34, p.PayloadOffset);
    }

    [Fact]
    public void TrySlice_Ipv6HopByHopBeforeTcp_SkipsTheExtension()
    {
        byte[] syn = PacketVectors.Ipv6TcpSyn;
        byte[] frame = [.. syn.AsSpan(0, 54), .. Hex.Parse("06 00 01 04 00000000 # hop-by-hop: next tcp, len 0, PadN"), .. syn.AsSpan(54)];
        frame[14 + 6] = 0; // next header hop-by-hop
        frame[14 + 5] = 48; // payload length
        Assert.True(PacketSlicer.TrySlice(frame, out SlicedPacket p, out _));
        Assert.Equal(IpProtocol.Tcp, p.IpProtocol);
        Assert.Equal(PacketLayer.Tcp, p.TransportLayer);
        Assert.Equal(62, p.TransportOffset);
        Assert.Equal(443, p.Tcp.DestinationPort);
    }

    [Fact]
    public void TrySlice_Ipv4BadVersion_FailsWithBadVersion()
    {
        byte[] frame = (byte[])PacketVectors.TcpSyn.Clone();
        frame[14] = 0x55;
        Assert.False(PacketSlicer.TrySlice(frame, out _, out PacketError error));
        Assert.Equal(new PacketError(PacketLayer.Ipv4, PacketErrorReason.BadVersion, 0, 0, 14).ToString(), error.ToString());
    }

    [Fact]
    public void TrySlice_Ipv4IhlBelowFive_FailsWithBadHeaderLength()
    {
        byte[] frame = (byte[])PacketVectors.TcpSyn.Clone();
        frame[14] = 0x44;
        Assert.False(PacketSlicer.TrySlice(frame, out _, out PacketError error));
        AssertError(error, PacketLayer.Ipv4, PacketErrorReason.BadHeaderLength, 20, 16, 14);
    }

    [Fact]
    public void TrySlice_Ipv4TotalLengthBelowHeader_FailsWithBadTotalLength()
    {
        byte[] frame = (byte[])PacketVectors.TcpSyn.Clone();
        frame[16] = 0;
        frame[17] = 19;
        Assert.False(PacketSlicer.TrySlice(frame, out _, out PacketError error));
        AssertError(error, PacketLayer.Ipv4, PacketErrorReason.BadTotalLength, 20, 19, 14);
        Assert.Equal(PacketErrorReason.BadTotalLength, PacketSlicer.SliceLax(frame).Stop.Reason);
    }

    [Fact]
    public void TrySlice_TcpDataOffsetBelowFive_FailsWithBadHeaderLength()
    {
        byte[] frame = (byte[])PacketVectors.TcpSyn.Clone();
        frame[34 + 12] = 0x40;
        Assert.False(PacketSlicer.TrySlice(frame, out _, out PacketError error));
        AssertError(error, PacketLayer.Tcp, PacketErrorReason.BadHeaderLength, 20, 16, 34);
        SlicedPacket lax = PacketSlicer.SliceLax(frame);
        Assert.Equal(PacketLayer.Ipv4, lax.NetworkLayer);
        Assert.Equal(PacketLayer.None, lax.TransportLayer);
        Assert.Equal(PacketErrorReason.BadHeaderLength, lax.Stop.Reason);
        Assert.Equal(40, lax.Payload.Length);
    }

    [Fact]
    public void TrySlice_ArpWithOtherAddressSizes_FailsUnsupported()
    {
        byte[] frame = (byte[])PacketVectors.ArpRequest.Clone();
        frame[14 + 4] = 8;
        Assert.False(PacketSlicer.TrySlice(frame, out _, out PacketError error));
        AssertError(error, PacketLayer.Arp, PacketErrorReason.UnsupportedArp, 8, 4, 14);
    }

    [Fact]
    public void SliceLax_PacketInCutAtMissSendLen_KeepsTcpHeaderAndRecordsTruncation()
    {
        // An IPv4 TCP segment with 1000 data bytes, cut at 128 bytes as a switch does with miss_send_len = 128.
        byte[] full = new byte[14 + 20 + 20 + 1000];
        int n = new EthernetHeader(MacAddress.Broadcast, MacAddress.Zero, EtherType.Ipv4).Write(full);
        PacketBuilder.WriteIpv4Tcp(full.AsSpan(n), new Ipv4Header { Source = new Ipv4Address(1), Destination = new Ipv4Address(2) },
            new TcpHeader { SourcePort = 1, DestinationPort = 2, Flags = TcpFlags.Ack | TcpFlags.Psh }, default, new byte[1000]);
        ReadOnlySpan<byte> cut = full.AsSpan(0, 128);

        Assert.False(PacketSlicer.TrySlice(cut, out _, out PacketError strict));
        AssertError(strict, PacketLayer.Ipv4, PacketErrorReason.PayloadTruncated, 1040, 114, 14);

        SlicedPacket lax = PacketSlicer.SliceLax(cut);
        Assert.False(lax.IsStopped);
        Assert.True(lax.IsIpPayloadTruncated);
        Assert.Equal(PacketLayer.Tcp, lax.TransportLayer);
        Assert.Equal(TcpFlags.Ack | TcpFlags.Psh, lax.Tcp.Flags);
        Assert.Equal(128 - 54, lax.Payload.Length);
    }

    internal static void AssertError(PacketError error, PacketLayer layer, PacketErrorReason reason, int required, int actual, int offset)
    {
        Assert.Equal(layer, error.Layer);
        Assert.Equal(reason, error.Reason);
        Assert.Equal(required, error.RequiredLength);
        Assert.Equal(actual, error.ActualLength);
        Assert.Equal(offset, error.Offset);
    }
}
