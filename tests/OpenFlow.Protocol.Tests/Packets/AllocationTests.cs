using System;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using Xunit;

namespace OpenFlow.Protocol.Tests.Packets;

public class AllocationTests
{
    private static long SliceAndReadEverything(byte[] frame)
    {
        long total = 0;
        PacketSlicer.TrySlice(frame, out SlicedPacket p, out _);
        total += (long)p.Ethernet.Destination.Value + (long)p.Ethernet.Source.Value + p.EtherType.Value;
        Ipv4View ip = p.Ipv4;
        total += ip.Version + ip.Ihl + ip.Dscp + ip.Ecn + ip.TotalLength + ip.Identification + (int)ip.Flags + ip.FragmentOffset
            + ip.TimeToLive + ip.Protocol.Value + ip.HeaderChecksum + ip.Source.Value + ip.Destination.Value + ip.Options.Length + ip.Payload.Length;
        total += ip.IsHeaderChecksumValid ? 1 : 0;
        TcpView tcp = p.Tcp;
        total += tcp.SourcePort + tcp.DestinationPort + tcp.SequenceNumber + tcp.AcknowledgmentNumber + tcp.DataOffset + (int)tcp.Flags
            + tcp.Window + tcp.Checksum + tcp.UrgentPointer + tcp.Options.Length + tcp.Payload.Length;
        total += Checksums.VerifyTcp(ip.Source, ip.Destination, ip.Payload) ? 1 : 0;
        total += ip.ToHeader().TotalLength + tcp.ToHeader().Window;
        SlicedPacket lax = PacketSlicer.SliceLax(frame);
        total += lax.Tcp.SourcePort + (lax.IsIpPayloadTruncated ? 1 : 0);
        return total;
    }

    private static int Build(byte[] buffer, byte[] received)
    {
        int n = new EthernetHeader(MacAddress.Broadcast, new MacAddress(1), EtherType.Ipv4).Write(buffer);
        n += PacketBuilder.WriteIpv4Tcp(buffer.AsSpan(n), new Ipv4Header { Source = new Ipv4Address(1), Destination = new Ipv4Address(2) },
            new TcpHeader { SourcePort = 1, DestinationPort = 2, Flags = TcpFlags.Syn }, default, "data"u8);
        PacketBuilder.TryWriteTcpReset(buffer, received, out int rst);
        PacketBuilder.TryWriteArpReply(buffer, PacketVectors.ArpRequest, new MacAddress(2), out int arp);
        PacketBuilder.TryWriteIcmpEchoReply(buffer, PacketVectors.IcmpEchoRequest, out int echo);
        return n + rst + arp + echo;
    }

    [Fact]
    public void SliceTcpFrameAndReadAllFields_AllocatesNothing()
    {
        byte[] frame = PacketVectors.TcpSyn;
        long sink = 0;
        for (int i = 0; i < 100; i++)
        {
            sink += SliceAndReadEverything(frame);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            sink += SliceAndReadEverything(frame);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.NotEqual(0, sink);
    }

    [Fact]
    public void BuildFrames_AllocatesNothing()
    {
        byte[] buffer = new byte[256];
        byte[] received = PacketVectors.TcpSyn;
        int sink = 0;
        for (int i = 0; i < 100; i++)
        {
            sink += Build(buffer, received);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            sink += Build(buffer, received);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.NotEqual(0, sink);
    }
}
