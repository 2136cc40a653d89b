using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// An Ethernet/IPv4 ARP packet as a value, for building frames (see <see cref="ArpView"/> for the layout).
/// <c>new ArpPacket()</c> starts with hardware type 1 (Ethernet) and protocol type 0x0800 (IPv4); hlen and plen are always 6 and 4.
/// </summary>
public readonly record struct ArpPacket
{
    /// <summary>Size of the packet in bytes.</summary>
    public const int Size = ArpView.Size;

    /// <summary>Creates a packet with hardware type 1 (Ethernet) and protocol type IPv4; other fields zero.</summary>
    public ArpPacket()
    {
        HardwareType = 1;
        ProtocolType = EtherType.Ipv4;
    }

    /// <summary>The hardware type (<c>htype</c>), 1 for Ethernet.</summary>
    public ushort HardwareType { get; init; }

    /// <summary>The protocol type (<c>ptype</c>), 0x0800 for IPv4.</summary>
    public EtherType ProtocolType { get; init; }

    /// <summary>The operation (<c>oper</c>).</summary>
    public ArpOperation Operation { get; init; }

    /// <summary>The sender hardware address (<c>sha</c>).</summary>
    public MacAddress SenderHardwareAddress { get; init; }

    /// <summary>The sender protocol address (<c>spa</c>).</summary>
    public Ipv4Address SenderProtocolAddress { get; init; }

    /// <summary>The target hardware address (<c>tha</c>).</summary>
    public MacAddress TargetHardwareAddress { get; init; }

    /// <summary>The target protocol address (<c>tpa</c>).</summary>
    public Ipv4Address TargetProtocolAddress { get; init; }

    /// <summary>A request: who has <paramref name="targetIp"/>? Tell <paramref name="senderIp"/>.</summary>
    /// <param name="senderMac">The asker's MAC address.</param>
    /// <param name="senderIp">The asker's IPv4 address.</param>
    /// <param name="targetIp">The address asked about.</param>
    public static ArpPacket Request(MacAddress senderMac, Ipv4Address senderIp, Ipv4Address targetIp) => new()
    {
        Operation = ArpOperation.Request,
        SenderHardwareAddress = senderMac,
        SenderProtocolAddress = senderIp,
        TargetProtocolAddress = targetIp,
    };

    /// <summary>A reply: <paramref name="senderIp"/> is at <paramref name="senderMac"/>, sent to the asker.</summary>
    /// <param name="senderMac">The answered MAC address.</param>
    /// <param name="senderIp">The address asked about.</param>
    /// <param name="targetMac">The asker's MAC address.</param>
    /// <param name="targetIp">The asker's IPv4 address.</param>
    public static ArpPacket Reply(MacAddress senderMac, Ipv4Address senderIp, MacAddress targetMac, Ipv4Address targetIp) => new()
    {
        Operation = ArpOperation.Reply,
        SenderHardwareAddress = senderMac,
        SenderProtocolAddress = senderIp,
        TargetHardwareAddress = targetMac,
        TargetProtocolAddress = targetIp,
    };

    /// <summary>Writes the 28-byte packet.</summary>
    /// <param name="destination">At least <see cref="Size"/> bytes.</param>
    /// <returns>The bytes written, <see cref="Size"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too small.</exception>
    public int Write(Span<byte> destination)
    {
        PacketChecks.Space(destination, Size);
        BinaryPrimitives.WriteUInt16BigEndian(destination, HardwareType);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(2), ProtocolType.Value);
        destination[4] = MacAddress.Size;
        destination[5] = Ipv4Address.Size;
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(6), (ushort)Operation);
        SenderHardwareAddress.Write(destination.Slice(8));
        SenderProtocolAddress.Write(destination.Slice(14));
        TargetHardwareAddress.Write(destination.Slice(18));
        TargetProtocolAddress.Write(destination.Slice(24));
        return Size;
    }
}
