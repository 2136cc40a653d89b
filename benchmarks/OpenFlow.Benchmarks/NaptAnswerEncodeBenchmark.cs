using BenchmarkDotNet.Attributes;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Benchmarks;

/// <summary>
/// Encoding the answer a NAPT balancer gives to one new connection: the reverse and forward FlowMods (an exact
/// 5-tuple match and six set-field actions each, as in the design note) and a PacketOut of the first packet.
/// </summary>
[MemoryDiagnoser]
public class NaptAnswerEncodeBenchmark
{
    private readonly byte[] _buffer = new byte[1024];
    private readonly byte[] _packet = new byte[64];

    /// <summary>Writes the three messages back to back into one buffer, as a batched send does.</summary>
    [Benchmark]
    public int EncodeFlowModsAndPacketOut()
    {
        var writer = new OpenFlowWriter(_buffer);
        var spec = new FlowModSpec { Cookie = 0x4e415054, IdleTimeout = 30, Priority = 100, Flags = OfpFlowModFlags.SendFlowRem };
        var client = new Ipv4Address(0x0a0a0a02);
        var vip = new Ipv4Address(0x0a0a0a01);
        var gateway = new Ipv4Address(0x0a0a0b01);
        var server = new Ipv4Address(0x0a0a0b0b);

        writer.WriteFlowMod(
            new Xid(1),
            spec,
            [new(OxmField.InPort, 2), new(OxmField.EthType, 0x0800), new(OxmField.IpProto, 6),
             OxmSpec.Ipv4(OxmField.Ipv4Src, server), OxmSpec.Ipv4(OxmField.Ipv4Dst, gateway),
             new(OxmField.TcpSrc, 80), new(OxmField.TcpDst, 50001)],
            [ActionSpec.SetField(OxmField.EthSrc, new MacAddress(0x02000000000a)), ActionSpec.SetField(OxmField.EthDst, new MacAddress(0x0a0000000002)),
             ActionSpec.SetField(OxmField.Ipv4Src, vip), ActionSpec.SetField(OxmField.Ipv4Dst, client),
             ActionSpec.SetField(OxmField.TcpSrc, 80), ActionSpec.SetField(OxmField.TcpDst, 40000), ActionSpec.Output(new PortNo(1))]);
        writer.WriteFlowMod(
            new Xid(2),
            spec,
            [new(OxmField.InPort, 1), new(OxmField.EthType, 0x0800), new(OxmField.IpProto, 6),
             OxmSpec.Ipv4(OxmField.Ipv4Src, client), OxmSpec.Ipv4(OxmField.Ipv4Dst, vip),
             new(OxmField.TcpSrc, 40000), new(OxmField.TcpDst, 80)],
            [ActionSpec.SetField(OxmField.EthSrc, new MacAddress(0x02000000000b)), ActionSpec.SetField(OxmField.EthDst, new MacAddress(0x0a000000000b)),
             ActionSpec.SetField(OxmField.Ipv4Src, gateway), ActionSpec.SetField(OxmField.Ipv4Dst, server),
             ActionSpec.SetField(OxmField.TcpSrc, 50001), ActionSpec.SetField(OxmField.TcpDst, 80), ActionSpec.Output(new PortNo(2))]);
        writer.WritePacketOut(new Xid(3), BufferId.NoBuffer, new PortNo(1), [ActionSpec.Output(PortNo.Table)], _packet);
        return writer.BytesWritten;
    }
}
