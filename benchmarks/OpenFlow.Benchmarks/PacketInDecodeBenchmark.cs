using System;
using BenchmarkDotNet.Attributes;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Benchmarks;

/// <summary>
/// Decoding a PacketIn as a controller receives it and slicing its Ethernet/IPv4/TCP headers: what every reactive
/// app does first. The match is what Open vSwitch sends (in_port only) or a larger one some switches send.
/// </summary>
[MemoryDiagnoser]
public class PacketInDecodeBenchmark
{
    private byte[] _message = [];

    /// <summary>How many OXM fields the PacketIn's match carries.</summary>
    [Params(1, 6)]
    public int MatchFields { get; set; }

    /// <summary>How many bytes of the packet the switch sent (miss_send_len).</summary>
    [Params(64, 128)]
    public int DataLength { get; set; }

    /// <summary>Builds a PacketIn carrying a TCP SYN to 10.10.10.1:80.</summary>
    [GlobalSetup]
    public void Setup()
    {
        byte[] frame = new byte[Math.Max(DataLength, 54)];
        new EthernetHeader(new MacAddress(0x020000000001), new MacAddress(0x0a0000000002), EtherType.Ipv4).Write(frame);
        PacketBuilder.WriteIpv4Tcp(
            frame.AsSpan(EthernetHeader.Size),
            new Ipv4Header { Source = new Ipv4Address(0x0a0a0a02), Destination = new Ipv4Address(0x0a0a0a01) },
            new TcpHeader { SourcePort = 40000, DestinationPort = 80, Flags = TcpFlags.Syn, Window = 65535 },
            ReadOnlySpan<byte>.Empty,
            ReadOnlySpan<byte>.Empty);

        OxmSpec[] match =
        [
            new(OxmField.InPort, 1), new(OxmField.EthType, 0x0800), new(OxmField.IpProto, 6),
            OxmSpec.Ipv4(OxmField.Ipv4Src, new Ipv4Address(0x0a0a0a02)), OxmSpec.Ipv4(OxmField.Ipv4Dst, new Ipv4Address(0x0a0a0a01)),
            new(OxmField.TcpDst, 80),
        ];
        byte[] buffer = new byte[512];
        var writer = new OpenFlowWriter(buffer);
        int length = writer.WritePacketIn(new Xid(1), BufferId.NoBuffer, (ushort)frame.Length, OfpPacketInReason.NoMatch, 0, 0, match.AsSpan(0, MatchFields), frame.AsSpan(0, DataLength));
        _message = buffer.AsSpan(0, length).ToArray();
    }

    /// <summary>PacketIn view, in_port from the match, and the TCP ports of the packet.</summary>
    [Benchmark]
    public int DecodeAndSlice()
    {
        PacketInView packetIn = PacketInView.Read(_message);
        SlicedPacket packet = PacketSlicer.SliceLax(packetIn.Data);
        return (int)packetIn.InPort.Value + packet.Tcp.SourcePort + packet.Tcp.DestinationPort + (int)packet.Ipv4.Source.Value;
    }
}
