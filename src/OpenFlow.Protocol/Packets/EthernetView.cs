using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// A zero-copy view of an Ethernet II header and what follows it (IEEE 802.3 / DIX).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                    destination MAC (6 bytes)                  |
/// +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                               |                               |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
/// |                      source MAC (6 bytes)                     |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |           EtherType           |   payload ...
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct EthernetView
{
    /// <summary>Size of the header in bytes.</summary>
    public const int Size = 14;

    private const int DestinationOffset = 0;
    private const int SourceOffset = 6;
    private const int EtherTypeOffset = 12;

    private readonly ReadOnlySpan<byte> _data;

    private EthernetView(ReadOnlySpan<byte> data) => _data = data;

    /// <summary>Creates a view when <paramref name="source"/> holds at least the 14-byte header.</summary>
    /// <param name="source">The frame, starting at the destination MAC.</param>
    /// <param name="view">The view, when the header is whole.</param>
    /// <param name="error">Why not (<see cref="PacketErrorReason.Truncated"/>), otherwise default.</param>
    public static bool TryRead(ReadOnlySpan<byte> source, out EthernetView view, out PacketError error)
    {
        if (source.Length < Size)
        {
            view = default;
            error = new PacketError(PacketLayer.Ethernet, PacketErrorReason.Truncated, Size, source.Length, 0);
            return false;
        }

        view = new EthernetView(source);
        error = default;
        return true;
    }

    /// <summary>The destination MAC address.</summary>
    public MacAddress Destination => MacAddress.Read(_data.Slice(DestinationOffset));

    /// <summary>The source MAC address.</summary>
    public MacAddress Source => MacAddress.Read(_data.Slice(SourceOffset));

    /// <summary>The EtherType (or the TPID 0x8100/0x88a8 of a VLAN tag that follows).</summary>
    public EtherType EtherType => new(BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(EtherTypeOffset)));

    /// <summary>The 14 header bytes.</summary>
    public ReadOnlySpan<byte> Header => _data.Slice(0, Size);

    /// <summary>Everything after the header (it may include Ethernet padding after the network packet).</summary>
    public ReadOnlySpan<byte> Payload => _data.Slice(Size);

    /// <summary>Copies the header fields into an owned value.</summary>
    public EthernetHeader ToHeader() => new(Destination, Source, EtherType);
}
