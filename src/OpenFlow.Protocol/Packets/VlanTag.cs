using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// A VLAN tag as a value, for building frames: the TCI and the EtherType that follows (see <see cref="VlanView"/>).
/// The TPID is written by the header before it (<see cref="EthernetHeader.EtherType"/> = 0x8100 or 0x88a8).
/// </summary>
/// <param name="Priority">The priority code point, 0..7.</param>
/// <param name="DropEligible">The drop eligible indicator.</param>
/// <param name="VlanId">The VLAN identifier, 0..4095.</param>
/// <param name="EtherType">The EtherType of what follows the tag.</param>
public readonly record struct VlanTag(byte Priority, bool DropEligible, ushort VlanId, EtherType EtherType)
{
    /// <summary>Size of the tag in bytes (without the TPID).</summary>
    public const int Size = VlanView.Size;

    /// <summary>Writes the 4-byte tag (TCI and EtherType).</summary>
    /// <param name="destination">At least <see cref="Size"/> bytes.</param>
    /// <returns>The bytes written, <see cref="Size"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too small.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Priority"/> above 7 or <see cref="VlanId"/> above 4095.</exception>
    public int Write(Span<byte> destination)
    {
        PacketChecks.Range(Priority, 7, nameof(Priority));
        PacketChecks.Range(VlanId, 0x0fff, nameof(VlanId));
        PacketChecks.Space(destination, Size);
        BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)((Priority << 13) | (DropEligible ? 0x1000 : 0) | VlanId));
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(2), EtherType.Value);
        return Size;
    }
}
