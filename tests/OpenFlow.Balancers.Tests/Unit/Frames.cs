using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;

namespace OpenFlow.Balancers.Tests.Unit;

/// <summary>Frames and PacketIns as the switch would send them.</summary>
internal static class Frames
{
    public static readonly MacAddress ClientMac = MacAddress.Parse("02:00:0a:0a:0a:02");
    public static readonly Ipv4Address ClientIp = Ipv4Address.Parse("10.10.10.2");

    public static byte[] Tcp(Ipv4Address src, ushort srcPort, Ipv4Address dst, ushort dstPort, TcpFlags flags, MacAddress? srcMac = null, MacAddress? dstMac = null, uint seq = 1000)
    {
        byte[] frame = new byte[14 + 20 + 20];
        new EthernetHeader(dstMac ?? MacAddress.Parse("02:00:0a:0a:0a:01"), srcMac ?? ClientMac, EtherType.Ipv4).Write(frame);
        PacketBuilder.WriteIpv4Tcp(
            frame.AsSpan(14),
            new Ipv4Header { Source = src, Destination = dst },
            new TcpHeader { SourcePort = srcPort, DestinationPort = dstPort, SequenceNumber = seq, Flags = flags, Window = 65535 },
            default,
            default);
        return frame;
    }

    public static byte[] Syn(ushort clientPort, ushort servicePort = 80) =>
        Tcp(ClientIp, clientPort, Ipv4Address.Parse("10.10.10.1"), servicePort, TcpFlags.Syn);

    public static byte[] ArpRequest(MacAddress senderMac, Ipv4Address senderIp, Ipv4Address targetIp)
    {
        byte[] frame = new byte[14 + ArpPacket.Size];
        new EthernetHeader(MacAddress.Broadcast, senderMac, EtherType.Arp).Write(frame);
        ArpPacket.Request(senderMac, senderIp, targetIp).Write(frame.AsSpan(14));
        return frame;
    }

    public static byte[] EchoRequest(Ipv4Address target)
    {
        byte[] frame = new byte[14 + 20 + 8 + 4];
        new EthernetHeader(MacAddress.Parse("02:00:0a:0a:0a:01"), ClientMac, EtherType.Ipv4).Write(frame);
        PacketBuilder.WriteIpv4Icmp(frame.AsSpan(14), new Ipv4Header { Source = ClientIp, Destination = target }, IcmpHeader.EchoRequest(7, 1), "ping"u8);
        return frame;
    }

    public static byte[] PacketIn(uint inPort, byte[] frame) =>
        FakeSwitch.Encode((inPort, frame), static (ref OpenFlowWriter w, in (uint Port, byte[] Frame) s) =>
            w.WritePacketIn(new Xid(1), BufferId.NoBuffer, new PortNo(s.Port), OfpPacketInReason.Action, new TableId(0), new Cookie(0), s.Frame));
}
