using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Benchmarks.SwitchEmulator;

/// <summary>
/// The frames the emulated switches send up. Every frame carries a 32-bit tag that the answer's PacketOut carries
/// back in its data: the TCP sequence number of a NAPT SYN (offset 38), the first 4 payload bytes of an L2 frame
/// (offset 14). That is how a PacketOut is matched to its PacketIn: controllers do not echo the PacketIn's xid, and
/// the emulator sends every PacketIn unbuffered (buffer_id NO_BUFFER, n_buffers 0), so each answer must carry the
/// packet. A FlowMod alone never answers a PacketIn; neither does a PacketOut whose data is not the packet
/// (NaptBalance's TCP RST for a refused connection, for example: it counts as an unmatched PacketOut).
/// </summary>
internal static class Frames
{
    public const int NaptLength = EthernetHeader.Size + Ipv4Header.MinLength + TcpHeader.MinLength; // 54
    public const int L2Length = 60;
    public const ushort L2EtherType = 0x88b5; // IEEE 802 local experimental
    private const int NaptTagOffset = EthernetHeader.Size + Ipv4Header.MinLength + 4;
    private const int L2TagOffset = EthernetHeader.Size;

    /// <summary>
    /// The client of emulated connection <paramref name="connection"/> of switch <paramref name="switchIndex"/>:
    /// 10.(64+switch).x.y, ports 1024-64999, so no two connections of a run share an address/port pair.
    /// </summary>
    public static (Ipv4Address Ip, ushort Port, MacAddress Mac) NaptClient(int switchIndex, long connection)
    {
        long host = (connection / 63976) + 1;
        ushort port = (ushort)(1024 + (connection % 63976));
        var ip = new Ipv4Address(0x0a00_0000u | ((uint)(64 + (switchIndex & 0x3f)) << 16) | ((uint)host & 0xffff));
        var mac = new MacAddress(0x0200_0000_0000UL | ip.Value);
        return (ip, port, mac);
    }

    /// <summary>A TCP SYN from the client to VIP:service, sequence number = tag.</summary>
    public static int WriteNaptSyn(Span<byte> destination, EmulatorOptions o, int switchIndex, long connection, uint tag)
    {
        (Ipv4Address ip, ushort port, MacAddress mac) = NaptClient(switchIndex, connection);
        int n = new EthernetHeader(o.VipMac, mac, EtherType.Ipv4).Write(destination);
        var ipv4 = new Ipv4Header { Source = ip, Destination = o.Vip, Identification = (ushort)tag, Flags = Ipv4Flags.DontFragment };
        var tcp = new TcpHeader { SourcePort = port, DestinationPort = o.ServicePort, SequenceNumber = tag, Flags = TcpFlags.Syn, Window = 64240 };
        return n + PacketBuilder.WriteIpv4Tcp(destination.Slice(n), ipv4, tcp, default, default);
    }

    /// <summary>A 60-byte frame from <paramref name="source"/> to <paramref name="destination"/>, tag in the payload.</summary>
    public static int WriteL2(Span<byte> frame, MacAddress source, MacAddress destination, uint tag)
    {
        frame.Slice(0, L2Length).Clear();
        new EthernetHeader(destination, source, new EtherType(L2EtherType)).Write(frame);
        BinaryPrimitives.WriteUInt32BigEndian(frame.Slice(L2TagOffset), tag);
        return L2Length;
    }

    /// <summary>The tag in a PacketOut's data, when the data is one of our frames.</summary>
    public static bool TryGetTag(ReadOnlySpan<byte> data, WorkloadKind workload, out uint tag)
    {
        if (workload == WorkloadKind.Napt)
        {
            // IPv4 (ethertype at 12), TCP, SYN without ACK: the packet itself, not a reset built from it.
            if (data.Length >= NaptLength && data[12] == 0x08 && data[13] == 0x00 && data[23] == 6 && (data[47] & 0x12) == 0x02)
            {
                tag = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(NaptTagOffset));
                return true;
            }
        }
        else if (data.Length >= L2TagOffset + 4 && BinaryPrimitives.ReadUInt16BigEndian(data.Slice(12)) == L2EtherType)
        {
            tag = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(L2TagOffset));
            return true;
        }

        tag = 0;
        return false;
    }

    /// <summary>The L2 workload's MAC number <paramref name="index"/> of a switch (locally administered, unicast).</summary>
    public static MacAddress L2Mac(int switchIndex, int index) => new(0x0200_0000_0000UL | ((ulong)(switchIndex & 0xff) << 32) | (uint)index);
}
