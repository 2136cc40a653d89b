using System;
using BenchmarkDotNet.Attributes;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Benchmarks;

/// <summary>
/// Decoding a FLOW multipart reply as an app does when it reads a switch's flows back (NaptBalance after a restart):
/// every entry, every match field and every action of every instruction.
/// </summary>
[MemoryDiagnoser]
public class FlowStatsDecodeBenchmark
{
    private byte[] _message = [];

    /// <summary>How many flow entries the reply holds.</summary>
    [Params(10, 100)]
    public int Flows { get; set; }

    /// <summary>
    /// What the flows look like: <c>Napt</c> (a 7-field 5-tuple match, six set-fields and an output, as NaptBalance
    /// installs) or <c>L2</c> (in_port + eth_dst, one output, as a learning switch installs).
    /// </summary>
    [Params("Napt", "L2")]
    public string Shape { get; set; } = "Napt";

    /// <summary>Builds the reply.</summary>
    [GlobalSetup]
    public void Setup()
    {
        byte[] buffer = new byte[256 * Flows + 64];
        var writer = new OpenFlowWriter(buffer);
        LengthSlot message = writer.BeginMultipartReply(new Xid(7), OfpMultipartType.Flow);
        for (int i = 0; i < Flows; i++)
        {
            LengthSlot entry = writer.BeginFlowStats(new FlowStatsFields
            {
                Cookie = new Cookie(0x4e41_5054_0000_0000UL | (uint)i),
                Priority = 1000,
                IdleTimeout = 30,
                DurationSec = (uint)i,
                PacketCount = (ulong)(i * 10),
                ByteCount = (ulong)(i * 1500),
            });
            ushort port = (ushort)(20000 + i);
            if (Shape == "Napt")
            {
                writer.WriteMatch(
                [
                    new(OxmField.InPort, 2), new(OxmField.EthType, 0x0800), new(OxmField.IpProto, 6),
                    OxmSpec.Ipv4(OxmField.Ipv4Src, new Ipv4Address(0x0a0a0b0b)), OxmSpec.Ipv4(OxmField.Ipv4Dst, new Ipv4Address(0x0a0a0b01)),
                    new(OxmField.TcpSrc, 80), new(OxmField.TcpDst, port),
                ]);
                writer.WriteApplyActionsInstruction(
                [
                    ActionSpec.SetField(OxmField.EthSrc, new MacAddress(0x02000a0a0a01)), ActionSpec.SetField(OxmField.EthDst, new MacAddress(0x02000a0a0a02)),
                    ActionSpec.SetField(OxmField.Ipv4Src, new Ipv4Address(0x0a0a0a01)), ActionSpec.SetField(OxmField.Ipv4Dst, new Ipv4Address(0x0a0a0a02)),
                    ActionSpec.SetField(OxmField.TcpSrc, 80), ActionSpec.SetField(OxmField.TcpDst, port), ActionSpec.Output(new PortNo(1)),
                ]);
            }
            else
            {
                writer.WriteMatch([new(OxmField.InPort, (ulong)(1 + (i % 4))), OxmSpec.Mac(OxmField.EthDst, new MacAddress(0x020000000000UL | (uint)i))]);
                writer.WriteApplyActionsInstruction([ActionSpec.Output(new PortNo((uint)(1 + ((i + 1) % 4))))]);
            }

            writer.EndFlowStats(entry);
        }

        int length = writer.EndMessage(message);
        _message = buffer.AsSpan(0, length).ToArray();
    }

    /// <summary>Reads the reply and touches every entry, match field, instruction and action.</summary>
    [Benchmark]
    public ulong DecodeAll()
    {
        ulong sum = 0;
        MultipartReplyView reply = MultipartReplyView.Read(_message);
        foreach (FlowStatsView flow in reply.GetFlowStats())
        {
            sum += flow.Cookie.Value + flow.PacketCount + flow.Priority;
            foreach (OxmView oxm in flow.Match)
            {
                sum += (ulong)oxm.Field + oxm.AsUInt64();
            }

            foreach (InstructionView instruction in flow.Instructions)
            {
                sum += (ulong)instruction.Type;
                foreach (ActionView action in instruction.Actions)
                {
                    sum += action.Type == OfpActionType.SetField ? action.Field.AsUInt64() : action.Port.Value;
                }
            }
        }

        return sum;
    }
}
