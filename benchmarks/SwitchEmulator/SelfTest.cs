using System;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Benchmarks.SwitchEmulator;

/// <summary><c>--self-test</c>: the histogram against exact percentiles, and the frames through the codec's readers.</summary>
internal static class SelfTest
{
    public static int Run(EmulatorOptions o)
    {
        string? failure = LatencyHistogram.SelfCheck() ?? CheckFrames(o);
        Console.WriteLine(failure is null ? "self-test passed" : "self-test FAILED: " + failure);
        return failure is null ? 0 : 1;
    }

    private static string? CheckFrames(EmulatorOptions o)
    {
        Span<byte> frame = stackalloc byte[Frames.L2Length];
        int n = Frames.WriteNaptSyn(frame, o, 3, 123_456, 0xdeadbeef);
        if (!PacketSlicer.TrySlice(frame.Slice(0, n), out SlicedPacket sliced, out _) || sliced.TransportLayer != PacketLayer.Tcp || sliced.Tcp.SequenceNumber != 0xdeadbeef)
        {
            return "the NAPT SYN does not slice as Ethernet/IPv4/TCP";
        }

        if (!Frames.TryGetTag(frame.Slice(0, n), WorkloadKind.Napt, out uint tag) || tag != 0xdeadbeef)
        {
            return "the NAPT SYN's tag does not read back";
        }

        (Ipv4Address ip, ushort port, _) = Frames.NaptClient(3, 123_456);
        (Ipv4Address ip2, ushort port2, _) = Frames.NaptClient(3, 123_457);
        if (ip == ip2 && port == port2)
        {
            return "two connections share a client address/port";
        }

        n = Frames.WriteL2(frame, Frames.L2Mac(0, 1), Frames.L2Mac(0, 2), 42);
        return Frames.TryGetTag(frame.Slice(0, n), WorkloadKind.L2, out tag) && tag == 42 && !Frames.L2Mac(0, 1).IsMulticast
            ? null
            : "the L2 frame's tag does not read back";
    }
}
