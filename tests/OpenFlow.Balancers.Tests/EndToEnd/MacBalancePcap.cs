using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>
/// Reads a control-channel capture (<c>--Controller:CapturePath</c>, Ethernet/IPv4/TCP frames) with our own codec:
/// joins each switch-to-controller TCP stream, frames its OpenFlow messages and tells the PacketIns by what they carry.
/// </summary>
internal static class MacBalancePcap
{
    /// <summary>The PacketIns the switches sent, by the network layer of the packet inside (Arp, Ipv4, ...).</summary>
    public static Dictionary<PacketLayer, int> PacketInsByLayer(string file, ushort controllerPort = 6653)
    {
        byte[] pcap = File.ReadAllBytes(file);
        if (pcap.Length < 24 || BinaryPrimitives.ReadUInt32LittleEndian(pcap) != 0xa1b2c3d4)
        {
            throw new InvalidDataException(file + " is not a little-endian microsecond pcap file.");
        }

        // Segments towards the controller, joined per switch connection (the capture writes them in order, no loss).
        var streams = new Dictionary<(Ipv4Address, ushort), MemoryStream>();
        int offset = 24;
        while (offset + 16 <= pcap.Length)
        {
            int length = (int)BinaryPrimitives.ReadUInt32LittleEndian(pcap.AsSpan(offset + 8));
            ReadOnlySpan<byte> frame = pcap.AsSpan(offset + 16, length);
            offset += 16 + length;
            SlicedPacket packet = PacketSlicer.SliceLax(frame);
            if (packet.TransportLayer != PacketLayer.Tcp || packet.Tcp.DestinationPort != controllerPort || packet.Payload.IsEmpty)
            {
                continue;
            }

            var key = (packet.Ipv4.Source, packet.Tcp.SourcePort);
            if (!streams.TryGetValue(key, out MemoryStream? stream))
            {
                streams[key] = stream = new MemoryStream();
            }

            stream.Write(packet.Payload);
        }

        var layers = new Dictionary<PacketLayer, int>();
        foreach (MemoryStream stream in streams.Values)
        {
            byte[] bytes = stream.ToArray();
            int at = 0;
            while (at + OfpHeader.Size <= bytes.Length)
            {
                int messageLength = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2));
                if (messageLength < OfpHeader.Size || at + messageLength > bytes.Length)
                {
                    break;
                }

                ReadOnlySpan<byte> message = bytes.AsSpan(at, messageLength);
                at += messageLength;
                if ((OfpType)message[1] != OfpType.PacketIn)
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
}
