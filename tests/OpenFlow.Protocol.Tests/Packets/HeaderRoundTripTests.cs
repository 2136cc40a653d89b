using System;
using FsCheck.Xunit;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using Xunit;

namespace OpenFlow.Protocol.Tests.Packets;

/// <summary>Random header values -> Write -> the view reads the same values back (and ToHeader gives the value written).</summary>
public class HeaderRoundTripTests
{
    private static MacAddress Mac(ulong seed) => new(seed & 0xffff_ffff_ffffUL);

    private static byte[] Filled(int length)
    {
        byte[] buffer = new byte[length];
        buffer.AsSpan().Fill(0xff); // reserved bits and padding must come out as written, not as left over
        return buffer;
    }

    [Property(MaxTest = 200)]
    public void Ethernet_RandomValues_RoundTrip(ulong dst, ulong src, ushort type)
    {
        var header = new EthernetHeader(Mac(dst), Mac(src), type);
        byte[] buffer = Filled(EthernetHeader.Size);
        Assert.Equal(EthernetHeader.Size, header.Write(buffer));
        Assert.True(EthernetView.TryRead(buffer, out EthernetView view, out _));
        Assert.Equal(header, view.ToHeader());
    }

    [Property(MaxTest = 200)]
    public void Vlan_RandomValues_RoundTrip(byte pcp, bool dei, ushort vid, ushort type)
    {
        var tag = new VlanTag((byte)(pcp & 7), dei, (ushort)(vid & 0xfff), type);
        byte[] buffer = Filled(VlanTag.Size);
        Assert.Equal(4, tag.Write(buffer));
        Assert.True(VlanView.TryRead(buffer, out VlanView view, out _));
        Assert.Equal(tag, view.ToHeader());
    }

    [Property(MaxTest = 200)]
    public void Arp_RandomValues_RoundTrip(ushort htype, ushort ptype, ushort oper, ulong sha, uint spa, ulong tha, uint tpa)
    {
        var arp = new ArpPacket
        {
            HardwareType = htype,
            ProtocolType = ptype,
            Operation = (ArpOperation)oper,
            SenderHardwareAddress = Mac(sha),
            SenderProtocolAddress = new Ipv4Address(spa),
            TargetHardwareAddress = Mac(tha),
            TargetProtocolAddress = new Ipv4Address(tpa),
        };
        byte[] buffer = Filled(ArpPacket.Size);
        Assert.Equal(28, arp.Write(buffer));
        Assert.True(ArpView.TryRead(buffer, out ArpView view, out _));
        Assert.Equal(arp, view.ToHeader());
    }

    [Property(MaxTest = 300)]
    public void Ipv4_RandomValues_RoundTrip(byte tos, ushort id, ushort flagsFragment, byte ttl, byte protocol, ushort checksum, uint src, uint dst, byte optionWords)
    {
        int optionsLength = (optionWords % 11) * 4;
        var header = new Ipv4Header
        {
            Dscp = (byte)(tos >> 2),
            Ecn = (byte)(tos & 3),
            TotalLength = (ushort)(20 + optionsLength + id % 100),
            Identification = id,
            Flags = (Ipv4Flags)(flagsFragment >> 13),
            FragmentOffset = (ushort)(flagsFragment & 0x1fff),
            TimeToLive = ttl,
            Protocol = protocol,
            HeaderChecksum = checksum,
            Source = new Ipv4Address(src),
            Destination = new Ipv4Address(dst),
            OptionsLength = optionsLength,
        };
        byte[] options = new byte[optionsLength];
        new Random(id).NextBytes(options);
        byte[] buffer = Filled(header.TotalLength);
        Assert.Equal(header.Length, header.Write(buffer, options));
        Assert.True(Ipv4View.TryRead(buffer, out Ipv4View view, out _));
        Assert.Equal(header, view.ToHeader());
        Assert.Equal(options, view.Options.ToArray());
        Assert.Equal(4, view.Version);
        Assert.Equal(header.Flags.HasFlag(Ipv4Flags.DontFragment), view.DontFragment);
        Assert.Equal(header.Flags.HasFlag(Ipv4Flags.MoreFragments), view.MoreFragments);
        Assert.Equal(id % 100, view.Payload.Length);
    }

    [Property(MaxTest = 200)]
    public void Ipv4_ComputeChecksum_VerifiesAfterWriting(uint src, uint dst, ushort id, byte protocol)
    {
        var header = new Ipv4Header { Source = new Ipv4Address(src), Destination = new Ipv4Address(dst), Identification = id, Protocol = protocol, TotalLength = 20 };
        byte[] buffer = new byte[20];
        (header with { HeaderChecksum = header.ComputeChecksum() }).Write(buffer);
        Assert.True(Checksums.VerifyIpv4Header(buffer));
    }

    [Property(MaxTest = 200)]
    public void Ipv6_RandomValues_RoundTrip(byte trafficClass, uint flowLabel, ushort payloadLength, byte nextHeader, byte hopLimit, ulong a, ulong b, ulong c, ulong d)
    {
        var header = new Ipv6Header
        {
            TrafficClass = trafficClass,
            FlowLabel = flowLabel & 0xfffff,
            PayloadLength = payloadLength,
            NextHeader = nextHeader,
            HopLimit = hopLimit,
            Source = new Ipv6Address(a, b),
            Destination = new Ipv6Address(c, d),
        };
        byte[] buffer = Filled(Ipv6Header.Size);
        Assert.Equal(40, header.Write(buffer));
        Assert.True(Ipv6View.TryRead(buffer, out Ipv6View view, out _));
        Assert.Equal(header, view.ToHeader());
        Assert.Equal(6, view.Version);
    }

    [Property(MaxTest = 300)]
    public void Tcp_RandomValues_RoundTrip(ushort sport, ushort dport, uint seq, uint ack, ushort flags, ushort window, ushort checksum, ushort urgent, byte optionWords)
    {
        int optionsLength = (optionWords % 11) * 4;
        var header = new TcpHeader
        {
            SourcePort = sport,
            DestinationPort = dport,
            SequenceNumber = seq,
            AcknowledgmentNumber = ack,
            Flags = (TcpFlags)(flags & 0x1ff),
            Window = window,
            Checksum = checksum,
            UrgentPointer = urgent,
            OptionsLength = optionsLength,
        };
        byte[] options = new byte[optionsLength];
        new Random(seq.GetHashCode()).NextBytes(options);
        byte[] buffer = Filled(header.Length);
        Assert.Equal(header.Length, header.Write(buffer, options));
        Assert.Equal(0, buffer[12] & 0x0e); // reserved bits zero
        Assert.True(TcpView.TryRead(buffer, out TcpView view, out _));
        Assert.Equal(header, view.ToHeader());
        Assert.Equal(options, view.Options.ToArray());
        TcpFlags f = header.Flags;
        Assert.Equal((f.HasFlag(TcpFlags.Ns), f.HasFlag(TcpFlags.Cwr), f.HasFlag(TcpFlags.Ece), f.HasFlag(TcpFlags.Urg), f.HasFlag(TcpFlags.Ack)), (view.Ns, view.Cwr, view.Ece, view.Urg, view.Ack));
        Assert.Equal((f.HasFlag(TcpFlags.Psh), f.HasFlag(TcpFlags.Rst), f.HasFlag(TcpFlags.Syn), f.HasFlag(TcpFlags.Fin)), (view.Psh, view.Rst, view.Syn, view.Fin));
    }

    [Property(MaxTest = 200)]
    public void Udp_RandomValues_RoundTrip(ushort sport, ushort dport, ushort length, ushort checksum)
    {
        var header = new UdpHeader(sport, dport, length, checksum);
        byte[] buffer = Filled(UdpHeader.Size);
        Assert.Equal(8, header.Write(buffer));
        Assert.True(UdpView.TryRead(buffer, out UdpView view, out _));
        Assert.Equal(header, view.ToHeader());
    }

    [Property(MaxTest = 200)]
    public void Icmp_RandomValues_RoundTrip(byte type, byte code, uint rest, ushort checksum)
    {
        var header = new IcmpHeader((IcmpType)type, code, rest, checksum);
        byte[] buffer = Filled(IcmpHeader.Size);
        Assert.Equal(8, header.Write(buffer));
        Assert.True(IcmpView.TryRead(buffer, out IcmpView view, out _));
        Assert.Equal(header, view.ToHeader());
        Assert.Equal(header.Identifier, view.Identifier);
        Assert.Equal(header.SequenceNumber, view.SequenceNumber);
    }

    [Theory]
    [InlineData("TcpSyn")]
    [InlineData("UdpDnsQuery")]
    [InlineData("IcmpEchoRequest")]
    [InlineData("Ipv6TcpSyn")]
    [InlineData("VlanUdp")]
    [InlineData("ArpRequest")]
    public void ToHeaderThenWrite_CapturedFrame_ReproducesEveryHeaderByte(string name)
    {
        byte[] frame = (byte[])typeof(PacketVectors).GetField(name)!.GetValue(null)!;
        Assert.True(PacketSlicer.TrySlice(frame, out SlicedPacket p, out _));
        byte[] buffer = new byte[frame.Length];
        int n = p.Ethernet.ToHeader().Write(buffer);
        if (p.VlanCount == 1)
        {
            n += p.OuterVlan.ToHeader().Write(buffer.AsSpan(n));
        }

        switch (p.NetworkLayer)
        {
            case PacketLayer.Arp: n += p.Arp.ToHeader().Write(buffer.AsSpan(n)); break;
            case PacketLayer.Ipv4: n += p.Ipv4.ToHeader().Write(buffer.AsSpan(n), p.Ipv4.Options); break;
            case PacketLayer.Ipv6: n += p.Ipv6.ToHeader().Write(buffer.AsSpan(n)); break;
        }

        switch (p.TransportLayer)
        {
            case PacketLayer.Tcp: n += p.Tcp.ToHeader().Write(buffer.AsSpan(n), p.Tcp.Options); break;
            case PacketLayer.Udp: n += p.Udp.ToHeader().Write(buffer.AsSpan(n)); break;
            case PacketLayer.Icmp: n += p.Icmp.ToHeader().Write(buffer.AsSpan(n)); break;
        }

        Assert.Equal(p.PayloadOffset, n);
        Assert.Equal(frame.AsSpan(0, n).ToArray(), buffer.AsSpan(0, n).ToArray());
    }

    [Fact]
    public void Write_ValuesOutOfRange_Throw()
    {
        byte[] buffer = new byte[64];
        Assert.Throws<ArgumentOutOfRangeException>(() => new VlanTag(8, false, 1, EtherType.Ipv4).Write(buffer));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VlanTag(0, false, 4096, EtherType.Ipv4).Write(buffer));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ipv4Header { Dscp = 64 }.Write(buffer));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ipv4Header { FragmentOffset = 0x2000 }.Write(buffer));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ipv4Header { OptionsLength = 44 }.Write(buffer, new byte[44]));
        Assert.Throws<ArgumentException>(() => new Ipv4Header { OptionsLength = 4 }.Write(buffer));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ipv6Header { FlowLabel = 0x100000 }.Write(buffer));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TcpHeader { Flags = (TcpFlags)0x200 }.Write(buffer));
        Assert.Throws<ArgumentException>(() => new TcpHeader().Write(buffer, new byte[4]));
        Assert.Throws<ArgumentException>(() => new EthernetHeader().Write(new byte[13]));
        Assert.Throws<ArgumentException>(() => new UdpHeader(1, 2).Write(new byte[7]));
        Assert.Throws<ArgumentException>(() => new IcmpHeader().Write(new byte[7]));
        Assert.Throws<ArgumentException>(() => new ArpPacket().Write(new byte[27]));
        Assert.Throws<ArgumentException>(() => new Ipv6Header().Write(new byte[39]));
    }
}
