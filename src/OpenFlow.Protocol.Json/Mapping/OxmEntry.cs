namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>One OXM/NXM field as Ryu names it: wire class, field code, experimenter, value kind and size.</summary>
/// <param name="Name">Ryu's name (<c>eth_dst</c>, <c>reg0</c>, <c>pbb_uca</c>).</param>
/// <param name="OxmClass">The 16-bit OXM class (0x8000 basic, 0x0000/0x0001 NXM, 0xffff experimenter).</param>
/// <param name="Field">The 7-bit field code.</param>
/// <param name="Experimenter">The experimenter id (class 0xffff only).</param>
/// <param name="ExpType">ONF EXT-256 experimenter type written after the experimenter id (only <c>pbb_uca</c>: 2560), else null.</param>
/// <param name="Kind">How the value prints.</param>
/// <param name="Size">Value size in bytes.</param>
internal sealed record OxmEntry(string Name, ushort OxmClass, byte Field, uint Experimenter, ushort? ExpType, OxmValueKind Kind, int Size)
{
    /// <summary>Bytes between the 4-byte OXM header and the value (experimenter id, ONF exp_type).</summary>
    public int ExtraHeaderSize => OxmClass == OxmTable.ExperimenterClass ? (ExpType is null ? 4 : 6) : 0;
}
