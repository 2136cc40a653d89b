using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>
/// Reads a control-channel capture (<c>--Controller:CapturePath</c>, Ethernet/IPv4/TCP frames) with our own codec:
/// joins each switch-to-controller TCP stream, frames its OpenFlow messages and tells the PacketIns by what they carry;
/// and, to cross-check, counts them with tshark.
/// </summary>
internal static class ControlChannelPcap
{
    /// <summary>
    /// The PacketIns the switches sent, by the network layer of the packet inside (Arp, Ipv4, ...); with
    /// <paramref name="fromMs"/> and <paramref name="toMs"/> (Unix ms, inclusive) only the messages whose last segment
    /// was captured in that window.
    /// </summary>
    public static Dictionary<PacketLayer, int> PacketInsByLayer(string file, long? fromMs = null, long? toMs = null, ushort controllerPort = 6653)
    {
        byte[] pcap = File.ReadAllBytes(file);
        if (pcap.Length < 24 || BinaryPrimitives.ReadUInt32LittleEndian(pcap) != 0xa1b2c3d4)
        {
            throw new InvalidDataException(file + " is not a little-endian microsecond pcap file.");
        }

        // Segments towards the controller, joined per switch connection (the capture writes them in order, no loss),
        // each byte with the capture time (µs) of its segment.
        var streams = new Dictionary<(Ipv4Address, ushort), (MemoryStream Bytes, List<(long End, long Micros)> Times)>();
        int offset = 24;
        while (offset + 16 <= pcap.Length)
        {
            long micros = (BinaryPrimitives.ReadUInt32LittleEndian(pcap.AsSpan(offset)) * 1_000_000L) + BinaryPrimitives.ReadUInt32LittleEndian(pcap.AsSpan(offset + 4));
            int length = (int)BinaryPrimitives.ReadUInt32LittleEndian(pcap.AsSpan(offset + 8));
            ReadOnlySpan<byte> frame = pcap.AsSpan(offset + 16, length);
            offset += 16 + length;
            SlicedPacket packet = PacketSlicer.SliceLax(frame);
            if (packet.TransportLayer != PacketLayer.Tcp || packet.Tcp.DestinationPort != controllerPort || packet.Payload.IsEmpty)
            {
                continue;
            }

            var key = (packet.Ipv4.Source, packet.Tcp.SourcePort);
            if (!streams.TryGetValue(key, out var stream))
            {
                streams[key] = stream = (new MemoryStream(), new List<(long, long)>());
            }

            stream.Bytes.Write(packet.Payload);
            stream.Times.Add((stream.Bytes.Length, micros));
        }

        var layers = new Dictionary<PacketLayer, int>();
        foreach ((MemoryStream stream, List<(long End, long Micros)> times) in streams.Values)
        {
            byte[] bytes = stream.ToArray();
            int at = 0;
            int segment = 0;
            while (at + OfpHeader.Size <= bytes.Length)
            {
                int messageLength = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2));
                if (messageLength < OfpHeader.Size || at + messageLength > bytes.Length)
                {
                    break;
                }

                ReadOnlySpan<byte> message = bytes.AsSpan(at, messageLength);
                at += messageLength;
                while (times[segment].End < at)
                {
                    segment++;
                }

                long ms = times[segment].Micros / 1000;
                if ((OfpType)message[1] != OfpType.PacketIn || ms < fromMs || ms > toMs)
                {
                    continue;
                }

                PacketLayer layer = PacketInView.TryRead(message, out PacketInView packetIn, out _)
                    ? PacketSlicer.SliceLax(packetIn.Data).NetworkLayer
                    : PacketLayer.None;
                layers[layer] = layers.GetValueOrDefault(layer) + 1;
            }
        }

        return layers;
    }

    /// <summary>
    /// The OFPT_PACKET_IN messages of a capture as tshark counts them (every message of a frame), between two instants
    /// (Unix ms, inclusive) when given.
    /// </summary>
    public static async Task<int> TsharkPacketInCountAsync(string file, long? fromMs = null, long? toMs = null)
    {
        string window = fromMs is null || toMs is null
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" && frame.time_epoch >= {fromMs / 1000.0:F3} && frame.time_epoch <= {toMs / 1000.0:F3}");
        (int code, string types, string error) = await Sh.RunAsync("tshark", new[] { "-r", file, "-Y", "openflow_v4.type == 10" + window, "-T", "fields", "-e", "openflow_v4.type" }, TimeSpan.FromSeconds(60));
        if (code != 0)
        {
            throw new InvalidOperationException("tshark: " + error);
        }

        int count = 0;
        foreach (string type in types.Split(new[] { '\n', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            count += type.Trim() == "10" ? 1 : 0;
        }

        return count;
    }
}
