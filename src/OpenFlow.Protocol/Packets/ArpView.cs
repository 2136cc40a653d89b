using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// A zero-copy view of an Ethernet/IPv4 ARP packet (RFC 826): hardware address length 6, protocol address length 4.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |         hardware type         |         protocol type         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  hlen (6)     |  plen (4)     |           operation           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |               sender hardware address (6 bytes)               |
/// +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                               | sender protocol address (4) ...
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// | ... sender protocol address   |                               |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
/// |               target hardware address (6 bytes)               |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |               target protocol address (4 bytes)               |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct ArpView
{
    /// <summary>Size of an Ethernet/IPv4 ARP packet in bytes.</summary>
    public const int Size = 28;

    private const int FixedSize = 8;
    private const int HardwareTypeOffset = 0;
    private const int ProtocolTypeOffset = 2;
    private const int HardwareLengthOffset = 4;
    private const int ProtocolLengthOffset = 5;
    private const int OperationOffset = 6;
    private const int SenderHardwareOffset = 8;
    private const int SenderProtocolOffset = 14;
    private const int TargetHardwareOffset = 18;
    private const int TargetProtocolOffset = 24;

    private readonly ReadOnlySpan<byte> _data;

    private ArpView(ReadOnlySpan<byte> data) => _data = data;

    /// <summary>
    /// Creates a view when <paramref name="source"/> holds a whole Ethernet/IPv4 ARP packet. Any hardware and protocol
    /// type is accepted; address lengths other than 6 and 4 give <see cref="PacketErrorReason.UnsupportedArp"/>.
    /// </summary>
    /// <param name="source">The bytes after the EtherType 0x0806.</param>
    /// <param name="view">The view, when the packet is whole and Ethernet/IPv4.</param>
    /// <param name="error">Why not, otherwise default.</param>
    public static bool TryRead(ReadOnlySpan<byte> source, out ArpView view, out PacketError error)
    {
        view = default;
        if (source.Length < FixedSize)
        {
            error = new PacketError(PacketLayer.Arp, PacketErrorReason.Truncated, Size, source.Length, 0);
            return false;
        }

        byte hlen = source[HardwareLengthOffset];
        byte plen = source[ProtocolLengthOffset];
        if (hlen != MacAddress.Size || plen != Ipv4Address.Size)
        {
            error = new PacketError(PacketLayer.Arp, PacketErrorReason.UnsupportedArp, hlen, plen, 0);
            return false;
        }

        if (source.Length < Size)
        {
            error = new PacketError(PacketLayer.Arp, PacketErrorReason.Truncated, Size, source.Length, 0);
            return false;
        }

        view = new ArpView(source);
        error = default;
        return true;
    }

    /// <summary>The hardware type (<c>htype</c>; 1 for Ethernet).</summary>
    public ushort HardwareType => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(HardwareTypeOffset));

    /// <summary>The protocol type (<c>ptype</c>; 0x0800 for IPv4).</summary>
    public EtherType ProtocolType => new(BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(ProtocolTypeOffset)));

    /// <summary>The hardware address length (<c>hlen</c>; always 6 in a view).</summary>
    public byte HardwareLength => _data[HardwareLengthOffset];

    /// <summary>The protocol address length (<c>plen</c>; always 4 in a view).</summary>
    public byte ProtocolLength => _data[ProtocolLengthOffset];

    /// <summary>The operation (<c>oper</c>): request or reply; other values are kept as they are.</summary>
    public ArpOperation Operation => (ArpOperation)BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(OperationOffset));

    /// <summary>The sender hardware address (<c>sha</c>).</summary>
    public MacAddress SenderHardwareAddress => MacAddress.Read(_data.Slice(SenderHardwareOffset));

    /// <summary>The sender protocol address (<c>spa</c>).</summary>
    public Ipv4Address SenderProtocolAddress => Ipv4Address.Read(_data.Slice(SenderProtocolOffset));

    /// <summary>The target hardware address (<c>tha</c>; zero in a request).</summary>
    public MacAddress TargetHardwareAddress => MacAddress.Read(_data.Slice(TargetHardwareOffset));

    /// <summary>The target protocol address (<c>tpa</c>).</summary>
    public Ipv4Address TargetProtocolAddress => Ipv4Address.Read(_data.Slice(TargetProtocolOffset));

    /// <summary>The 28 ARP bytes (without any Ethernet padding after them).</summary>
    public ReadOnlySpan<byte> Bytes => _data.Slice(0, Size);

    /// <summary>Copies the fields into an owned value.</summary>
    public ArpPacket ToHeader() => new()
    {
        HardwareType = HardwareType,
        ProtocolType = ProtocolType,
        Operation = Operation,
        SenderHardwareAddress = SenderHardwareAddress,
        SenderProtocolAddress = SenderProtocolAddress,
        TargetHardwareAddress = TargetHardwareAddress,
        TargetProtocolAddress = TargetProtocolAddress,
    };
}
