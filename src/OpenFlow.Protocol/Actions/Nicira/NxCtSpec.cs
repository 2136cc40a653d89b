using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>The fixed fields of an <c>NXAST_CT</c> action to write (the nested actions follow <c>BeginNxCtAction</c>).</summary>
/// <param name="Flags">Commit, force.</param>
public readonly record struct NxCtSpec(NxCtFlags Flags)
{
    /// <summary>The zone as a constant (used when <see cref="ZoneSource"/> is unset).</summary>
    public ushort ZoneImmediate { get; init; }

    /// <summary>The field and bits holding the zone (<c>zone=NXM_NX_REG0[0..15]</c>); the default (header 0) means <see cref="ZoneImmediate"/>.</summary>
    public NxmFieldRef ZoneSource { get; init; }

    /// <summary>The table to recirculate to; 255 (<c>NX_CT_RECIRC_NONE</c>, the default) for none.</summary>
    public TableId RecircTable { get; init; } = new(0xff);

    /// <summary>The application-layer gateway (0 none, 21 FTP, 69 TFTP).</summary>
    public ushort Alg { get; init; }
}
