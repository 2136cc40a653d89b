using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Docs;

/// <summary>The codec example in README.md, kept compiling and correct.</summary>
public class ReadmeExampleTests
{
    // A PacketIn (in_port 1) carrying a TCP SYN from 10.10.10.2:40000 to 10.10.10.1:80.
    private static readonly byte[] PacketIn = Hex.Parse(
        "04 0a 0060 00000000 ffffffff 0036 00 00 0000000000000000 # header, buffer_id, total_len, reason, table_id, cookie\n" +
        "0001 000c 80000004 00000001 00000000 0000              # match: in_port=1, padding; 2 pad bytes\n" +
        "020000000001 0a0000000002 0800                          # ethernet\n" +
        "4500 0028 0000 4000 40 06 0000 0a0a0a02 0a0a0a01        # ipv4 (checksum not checked)\n" +
        "9c40 0050 00000001 00000000 5002 ffff 0000 0000        # tcp syn");

    [Fact]
    public void ReadmeExample_DecodesPacketInAndAnswersWithFlowMod()
    {
        ReadOnlySpan<byte> message = PacketIn;
        Span<byte> buffer = stackalloc byte[256];

        // --- README example starts ---
        PacketInView packetIn = PacketInView.Read(message);               // no copy, no allocation
        SlicedPacket packet = PacketSlicer.SliceLax(packetIn.Data);        // data may be cut at miss_send_len
        if (packet.TransportLayer == PacketLayer.Tcp && packet.Tcp.Syn)
        {
            var writer = new OpenFlowWriter(buffer);                        // or OpenFlowWriter.WriteTo(IBufferWriter<byte>, ...)
            writer.WriteFlowMod(new Xid(1), new FlowModSpec { Priority = 100, IdleTimeout = 30 },
                [new OxmSpec(OxmField.InPort, packetIn.InPort.Value), new OxmSpec(OxmField.EthType, 0x0800),
                 new OxmSpec(OxmField.IpProto, 6), new OxmSpec(OxmField.TcpSrc, packet.Tcp.SourcePort)],
                [ActionSpec.Output(new PortNo(2))]);                        // prerequisites are checked
            // send writer.Written to the switch
        }
        // --- README example ends ---

        Assert.Equal(new PortNo(1), packetIn.InPort);
        Assert.Equal(40000, packet.Tcp.SourcePort);
        FlowModView flowMod = FlowModView.Read(buffer.Slice(0, ((buffer[2] << 8) | buffer[3])));
        Assert.Equal(100, flowMod.Priority);
        Assert.True(flowMod.Match.TryGet(OxmField.TcpSrc, out OxmView tcpSrc));
        Assert.Equal(40000, tcpSrc.AsUInt16());
    }
}
