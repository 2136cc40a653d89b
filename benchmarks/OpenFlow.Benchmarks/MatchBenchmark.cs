using System;
using BenchmarkDotNet.Attributes;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Benchmarks;

/// <summary>
/// Parsing and writing a 10-field match (in_port, eth_src, eth_dst, eth_type, vlan_vid, ip_proto, ipv4_src,
/// ipv4_dst, tcp_src, tcp_dst), exact or with the masks an ACL uses (eth_dst, vlan_vid, ipv4_src, ipv4_dst).
/// </summary>
[MemoryDiagnoser]
public class MatchBenchmark
{
    private readonly byte[] _buffer = new byte[512];
    private OxmSpec[] _fields = [];
    private byte[] _match = [];

    /// <summary>Whether four of the ten fields carry a mask.</summary>
    [Params(false, true)]
    public bool Masked { get; set; }

    /// <summary>Builds the fields and their wire form.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _fields = Masked
            ?
            [
                new(OxmField.InPort, 1), OxmSpec.Mac(OxmField.EthSrc, new MacAddress(0x020000000001)),
                OxmSpec.Mac(OxmField.EthDst, new MacAddress(0x010000000000), new MacAddress(0x010000000000)),
                new(OxmField.EthType, 0x0800), new(OxmField.VlanVid, 0x1000, 0x1000), new(OxmField.IpProto, 6),
                OxmSpec.Ipv4(OxmField.Ipv4Src, new Ipv4Address(0x0a000000), new Ipv4Address(0xff000000)),
                OxmSpec.Ipv4(OxmField.Ipv4Dst, new Ipv4Address(0x0a0a0a00), new Ipv4Address(0xffffff00)),
                new(OxmField.TcpSrc, 40000), new(OxmField.TcpDst, 80),
            ]
            :
            [
                new(OxmField.InPort, 1), OxmSpec.Mac(OxmField.EthSrc, new MacAddress(0x020000000001)),
                OxmSpec.Mac(OxmField.EthDst, new MacAddress(0x020000000002)),
                new(OxmField.EthType, 0x0800), new(OxmField.VlanVid, 0x1000 | 10), new(OxmField.IpProto, 6),
                OxmSpec.Ipv4(OxmField.Ipv4Src, new Ipv4Address(0x0a0a0a02)), OxmSpec.Ipv4(OxmField.Ipv4Dst, new Ipv4Address(0x0a0a0a01)),
                new(OxmField.TcpSrc, 40000), new(OxmField.TcpDst, 80),
            ];
        var writer = new OpenFlowWriter(_buffer);
        writer.WriteMatch(_fields);
        _match = _buffer.AsSpan(0, writer.BytesWritten).ToArray();
    }

    /// <summary>Writes the match from specs, prerequisites checked (the default).</summary>
    [Benchmark]
    public int Write()
    {
        var writer = new OpenFlowWriter(_buffer);
        writer.WriteMatch(_fields);
        return writer.BytesWritten;
    }

    /// <summary>Reads the match and every field's value (and mask).</summary>
    [Benchmark]
    public ulong Parse()
    {
        MatchView match = MatchView.Read(_match, OfpType.FlowMod, 48);
        ulong sum = 0;
        foreach (OxmView oxm in match)
        {
            sum += (ulong)oxm.Field + oxm.AsUInt64() + (oxm.HasMask ? oxm.MaskAsUInt64() : 0);
        }

        return sum;
    }
}
