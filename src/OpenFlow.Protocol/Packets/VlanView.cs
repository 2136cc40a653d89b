using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// A zero-copy view of an IEEE 802.1Q / 802.1ad VLAN tag after its TPID: the tag control information and the
/// EtherType of what follows. The TPID (0x8100, 0x88a8) is the EtherType of the header before.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// | PCP |D|         VID           |        inner EtherType        |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |   payload ...
/// </code>
/// </summary>
public readonly ref struct VlanView
{
    /// <summary>Size of the tag in bytes (without the TPID).</summary>
    public const int Size = 4;

    private const int TciOffset = 0;
    private const int EtherTypeOffset = 2;

    private readonly ReadOnlySpan<byte> _data;

    private VlanView(ReadOnlySpan<byte> data) => _data = data;

    /// <summary>Creates a view when <paramref name="source"/> holds at least the 4-byte tag.</summary>
    /// <param name="source">The bytes after the TPID.</param>
    /// <param name="view">The view, when the tag is whole.</param>
    /// <param name="error">Why not (<see cref="PacketErrorReason.Truncated"/>), otherwise default.</param>
    public static bool TryRead(ReadOnlySpan<byte> source, out VlanView view, out PacketError error)
    {
        if (source.Length < Size)
        {
            view = default;
            error = new PacketError(PacketLayer.Vlan, PacketErrorReason.Truncated, Size, source.Length, 0);
            return false;
        }

        view = new VlanView(source);
        error = default;
        return true;
    }

    /// <summary>The 16-bit tag control information (PCP, DEI, VID).</summary>
    public ushort Tci => BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(TciOffset));

    /// <summary>The priority code point (0..7).</summary>
    public byte Priority => (byte)(Tci >> 13);

    /// <summary>The drop eligible indicator (formerly CFI).</summary>
    public bool DropEligible => (Tci & 0x1000) != 0;

    /// <summary>The VLAN identifier (0..4095).</summary>
    public ushort VlanId => (ushort)(Tci & 0x0fff);

    /// <summary>The EtherType of what follows the tag.</summary>
    public EtherType EtherType => new(BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(EtherTypeOffset)));

    /// <summary>Everything after the tag.</summary>
    public ReadOnlySpan<byte> Payload => _data.Slice(Size);

    /// <summary>Copies the tag into an owned value.</summary>
    public VlanTag ToHeader() => new(Priority, DropEligible, VlanId, EtherType);
}
