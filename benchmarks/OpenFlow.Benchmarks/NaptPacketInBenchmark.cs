using System;
using System.Buffers.Binary;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using OpenFlow.Balancing;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.Samples.NaptBalance;

namespace OpenFlow.Benchmarks;

/// <summary>
/// NaptBalance's whole PacketIn path in-process, through the real <see cref="NaptEngine"/>: the bytes of a PacketIn
/// carrying a client's SYN go in, the bytes of the answer (reverse FlowMod, forward FlowMod, PacketOut) come out of
/// the connection's send path. Each operation is one connection's life as the controller sees it: its SYN's PacketIn,
/// and, once <see cref="LiveConnections"/> newer connections exist, the two FLOW_REMOVED messages a switch sends when
/// its flows idle out, so the port pools recycle (zero quarantine, as for the switch emulator) and the mapping
/// tables stay at a steady size. Client address/port pairs vary over twice as many clients as live connections.
/// </summary>
[MemoryDiagnoser]
public class NaptPacketInBenchmark
{
    private const int CookieOffset = OfpHeader.Size;

    private BenchSwitchConnection _switch = null!;
    private NaptEngine _engine = null!;
    private byte[][] _packetIns = [];
    private byte[] _flowRemoved = [];
    private ulong[] _liveCookies = [];
    private int _next;

    /// <summary>How many connections hold a mapping (and two flows) at any time.</summary>
    [Params(1, 10_000)]
    public int LiveConnections { get; set; }

    /// <summary>The client's SYN: 54 bytes (no TCP options) or 74 bytes (MSS, SACK, timestamps, window scale, as Linux sends).</summary>
    [Params(54, 74)]
    public int SynLength { get; set; }

    /// <summary>Builds the engine (two servers, NaptBalance's defaults otherwise), prepares it on the fake switch and the PacketIns.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var options = new NaptBalanceOptions
        {
            Servers =
            {
                new BackendOptions { Name = "srv1", Ip = "10.10.11.11", Mac = "02:00:0a:0a:0b:0b", SwitchPort = 2 },
                new BackendOptions { Name = "srv2", Ip = "10.10.11.12", Mac = "02:00:0a:0a:0b:0c", SwitchPort = 3 },
            },
        };
        options.Napt.QuarantineSeconds = 0;
        NaptSettings settings = NaptSettings.Parse(options);
        _engine = new NaptEngine(settings, new BackendSelector(settings.CreateBackends(), settings.Policy), NullLogger<NaptEngine>.Instance);
        _switch = new BenchSwitchConnection();
        _engine.PrepareSwitchAsync(_switch).GetAwaiter().GetResult();
        if (!_engine.IsServing)
        {
            throw new InvalidOperationException("The engine does not serve the benchmark's switch.");
        }

        byte[] options74 = [0x02, 0x04, 0x05, 0xb4, 0x04, 0x02, 0x08, 0x0a, 0x00, 0x01, 0x02, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01, 0x03, 0x03, 0x07];
        ReadOnlySpan<byte> tcpOptions = SynLength == 74 ? options74 : ReadOnlySpan<byte>.Empty;
        _packetIns = new byte[2 * LiveConnections + 16][];
        byte[] buffer = new byte[256];
        for (int i = 0; i < _packetIns.Length; i++)
        {
            byte[] frame = new byte[SynLength];
            new EthernetHeader(settings.VipMac, new MacAddress(0x0200_0a00_0000UL + (uint)(i / 1000)), EtherType.Ipv4).Write(frame);
            PacketBuilder.WriteIpv4Tcp(
                frame.AsSpan(EthernetHeader.Size),
                new Ipv4Header { Source = new Ipv4Address(0x0a00_0000u + (uint)(i / 1000) + 2), Destination = settings.Vip },
                new TcpHeader { SourcePort = (ushort)(32768 + (i % 1000)), DestinationPort = 80, SequenceNumber = (uint)(i + 1) * 7919, Flags = TcpFlags.Syn, Window = 64240 },
                tcpOptions,
                ReadOnlySpan<byte>.Empty);
            var writer = new OpenFlowWriter(buffer);
            int length = writer.WritePacketIn(new Xid(0), BufferId.NoBuffer, (ushort)frame.Length, OfpPacketInReason.Action, new TableId(0), new Cookie(NaptCookie.InfrastructureCookie.Value), [new OxmSpec(OxmField.InPort, settings.ClientPort.Value)], frame);
            _packetIns[i] = buffer.AsSpan(0, length).ToArray();
        }

        // What Open vSwitch sends when a NAPT flow idles out: the flow's cookie, priority and match (the engine reads the cookie).
        var removed = new OpenFlowWriter(buffer);
        int removedLength = removed.WriteFlowRemoved(
            new Xid(0),
            new FlowRemovedFields { Priority = NaptEngine.NaptPriority, Reason = OfpFlowRemovedReason.IdleTimeout, IdleTimeout = settings.IdleTimeoutSeconds, DurationSec = 31, PacketCount = 12, ByteCount = 1400 },
            [new(OxmField.InPort, 1), new(OxmField.EthType, 0x0800), new(OxmField.IpProto, 6),
             OxmSpec.Ipv4(OxmField.Ipv4Src, new Ipv4Address(0x0a000002)), OxmSpec.Ipv4(OxmField.Ipv4Dst, settings.Vip),
             new(OxmField.TcpSrc, 32768), new(OxmField.TcpDst, 80)]);
        _flowRemoved = buffer.AsSpan(0, removedLength).ToArray();
        _liveCookies = new ulong[2 * LiveConnections];
        _next = 0;

        // One connection through the path, checked: two FlowMods and a PacketOut come out.
        Connection();
        ReadOnlySpan<byte> output = _switch.Output;
        int messages = 0, flowMods = 0, packetOuts = 0;
        while (output.Length >= OfpHeader.Size)
        {
            int length = BinaryPrimitives.ReadUInt16BigEndian(output.Slice(OfpHeader.LengthOffset));
            flowMods += (OfpType)output[OfpHeader.TypeOffset] == OfpType.FlowMod ? 1 : 0;
            packetOuts += (OfpType)output[OfpHeader.TypeOffset] == OfpType.PacketOut ? 1 : 0;
            messages++;
            output = output.Slice(length);
        }

        if (messages != 3 || flowMods != 2 || packetOuts != 1)
        {
            throw new InvalidOperationException($"The engine answered with {messages} messages ({flowMods} FlowMods, {packetOuts} PacketOuts), not 2 FlowMods and a PacketOut.");
        }
    }

    /// <summary>One connection: the PacketIn of its SYN answered, and the FLOW_REMOVEDs of the connection that ends now.</summary>
    /// <returns>The bytes of the answer.</returns>
    [Benchmark]
    public int Connection()
    {
        int i = _next++;
        _switch.Clear();
        _engine.HandlePacketIn(_switch, _packetIns[i % _packetIns.Length]);

        // The answer's FlowMods carry the cookies the switch will report when the flows idle out.
        ReadOnlySpan<byte> answer = _switch.Output;
        int firstLength = BinaryPrimitives.ReadUInt16BigEndian(answer.Slice(OfpHeader.LengthOffset));
        int slot = 2 * (i % LiveConnections);
        ulong endingReverse = _liveCookies[slot], endingForward = _liveCookies[slot + 1];
        _liveCookies[slot] = BinaryPrimitives.ReadUInt64BigEndian(answer.Slice(CookieOffset));
        _liveCookies[slot + 1] = BinaryPrimitives.ReadUInt64BigEndian(answer.Slice(firstLength + CookieOffset));
        int written = _switch.Written;

        if (endingReverse != 0)
        {
            BinaryPrimitives.WriteUInt64BigEndian(_flowRemoved.AsSpan(CookieOffset), endingReverse);
            _engine.HandleFlowRemoved(_switch, _flowRemoved);
            BinaryPrimitives.WriteUInt64BigEndian(_flowRemoved.AsSpan(CookieOffset), endingForward);
            _engine.HandleFlowRemoved(_switch, _flowRemoved);
        }

        return written;
    }
}
