using System;
using FsCheck.Xunit;
using OpenFlow.Protocol.Packets;
using Xunit;

namespace OpenFlow.Protocol.Tests.Packets;

/// <summary>Hostile bytes never make slicing, reading a present view or answering throw.</summary>
public class FuzzTests
{
    private static readonly byte[][] Seeds =
    [
        PacketVectors.ArpRequest, PacketVectors.TcpSyn, PacketVectors.UdpDnsQuery, PacketVectors.IcmpEchoRequest,
        PacketVectors.Ipv6TcpSyn, PacketVectors.VlanUdp, PacketVectors.QinQArpRequest,
    ];

    private static long ReadAll(in SlicedPacket p)
    {
        long t = p.Payload.Length + p.PayloadOffset + p.NetworkOffset + p.TransportOffset + p.Stop.RequiredLength;
        if (p.HasEthernet)
        {
            t += (long)p.Ethernet.Destination.Value + p.Ethernet.EtherType.Value + p.Ethernet.Payload.Length;
        }

        if (p.VlanCount > 0)
        {
            t += p.OuterVlan.VlanId + p.OuterVlan.Payload.Length;
        }

        if (p.VlanCount > 1)
        {
            t += p.InnerVlan.Priority + p.InnerVlan.Payload.Length;
        }

        switch (p.NetworkLayer)
        {
            case PacketLayer.Arp: t += p.Arp.TargetProtocolAddress.Value + (long)p.Arp.ToHeader().SenderHardwareAddress.Value; break;
            case PacketLayer.Ipv4: t += p.Ipv4.Options.Length + p.Ipv4.Payload.Length + p.Ipv4.ToHeader().TotalLength + (p.Ipv4.IsHeaderChecksumValid ? 1 : 0); break;
            case PacketLayer.Ipv6: t += p.Ipv6.Payload.Length + p.Ipv6.ToHeader().FlowLabel; break;
        }

        switch (p.TransportLayer)
        {
            case PacketLayer.Tcp: t += p.Tcp.Options.Length + p.Tcp.Payload.Length + p.Tcp.ToHeader().OptionsLength; break;
            case PacketLayer.Udp: t += p.Udp.Payload.Length + p.Udp.ToHeader().Length; break;
            case PacketLayer.Icmp: t += p.Icmp.Payload.Length + p.Icmp.ToHeader().RestOfHeader; break;
        }

        return t;
    }

    private static void Exercise(ReadOnlySpan<byte> frame)
    {
        if (PacketSlicer.TrySlice(frame, out SlicedPacket strict, out _))
        {
            ReadAll(strict);
        }

        ReadAll(PacketSlicer.SliceLax(frame));
        byte[] buffer = new byte[Math.Max(frame.Length, 128)];
        PacketBuilder.TryWriteArpReply(buffer, frame, default, out _);
        PacketBuilder.TryWriteTcpReset(buffer, frame, out _);
        PacketBuilder.TryWriteIcmpEchoReply(buffer, frame, out _);
    }

    [Property(MaxTest = 500)]
    public void Slice_RandomBytes_NeverThrows(byte[] frame) => Exercise(frame);

    [Property(MaxTest = 2000)]
    public void Slice_MutatedVectors_NeverThrows(byte seed, int position, byte value, byte position2, byte value2, byte cut)
    {
        byte[] frame = (byte[])Seeds[seed % Seeds.Length].Clone();
        frame[(int)((uint)position % frame.Length)] = value;
        frame[position2 % frame.Length] = value2;
        Exercise(frame.AsSpan(0, frame.Length - (cut % 4 == 0 ? cut % frame.Length : 0)));
    }
}
