using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_CT</c> (<c>struct nx_action_conntrack</c>): send the packet through the connection tracker, then run the
/// nested actions (such as <c>NXAST_NAT</c> or a set-field of <c>ct_mark</c>) on commit.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=35    | flags         | zone_src (NXM header, 0: imm.)|
/// +---------------+-------+-------+-------------------------------+
/// | zone_ofs_nbits or zone_imm | recirc_table | pad (3) | alg (2)   |
/// +---------------+-------+-------+-------------------------------+
/// | nested actions (each a multiple of 8)                          |
/// +---------------------------------------------------------------+
/// </code>
/// <see cref="TryRead"/> checks the nested actions, whose errors read <c>actions[0].NXAST_CT.actions[1].len</c>.
/// </summary>
public readonly ref struct NxCtView
{
    /// <summary>Size of the fixed part.</summary>
    public const int FixedSize = 24;

    internal const string NestedName = "NXAST_CT";

    private const int FlagsOffset = 10;
    private const int ZoneSourceOffset = 12;
    private const int ZoneOffset = 16;
    private const int RecircTableOffset = 18;
    private const int AlgOffset = 22;

    private readonly ActionView _action;

    private NxCtView(ActionView action) => _action = action;

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset => _action.Offset;

    /// <summary>The flags.</summary>
    public NxCtFlags Flags => (NxCtFlags)NxAction.U16(_action.Bytes, FlagsOffset);

    /// <summary>The raw zone source header; zero when the zone is immediate.</summary>
    public uint ZoneSourceHeader => NxAction.U32(_action.Bytes, ZoneSourceOffset);

    /// <summary>Whether the zone comes from a field (<see cref="ZoneSource"/>) rather than <see cref="ZoneImmediate"/>.</summary>
    public bool HasZoneSource => ZoneSourceHeader != 0;

    /// <summary>The 16 bits after zone_src: <c>zone_ofs_nbits</c> with a zone source, the zone itself without.</summary>
    public ushort ZoneOfsNbits => NxAction.U16(_action.Bytes, ZoneOffset);

    /// <summary>The zone when immediate (<see cref="HasZoneSource"/> false).</summary>
    public ushort ZoneImmediate => HasZoneSource ? (ushort)0 : ZoneOfsNbits;

    /// <summary>The field and bits holding the zone (when <see cref="HasZoneSource"/>).</summary>
    public NxmFieldRef ZoneSource => HasZoneSource ? NxmFieldRef.FromOfsNbits(new OxmHeader(ZoneSourceHeader), ZoneOfsNbits) : default;

    /// <summary>The table to recirculate to; 255 (<c>NX_CT_RECIRC_NONE</c>) for none.</summary>
    public TableId RecircTable => new(_action.Bytes[RecircTableOffset]);

    /// <summary>The application-layer gateway (0 none, 21 FTP, 69 TFTP).</summary>
    public ushort Alg => NxAction.U16(_action.Bytes, AlgOffset);

    /// <summary>The nested actions.</summary>
    public ActionListView Actions => _action.NestedList(FixedSize, NestedName);

    /// <summary>Reads an action as <c>NXAST_CT</c>, checking its nested actions.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not.</param>
    public static bool TryRead(in ActionView action, out NxCtView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!NxAction.Check(action, NxActionSubtype.Ct, FixedSize, "an NXAST_CT action is at least 24 bytes", out error)
            || !action.NestedList(FixedSize, NestedName).TryValidate(out error))
        {
            return false;
        }

        view = new NxCtView(action);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_CT</c>, throwing <see cref="OpenFlowFormatException"/> when it is not a well-formed one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxCtView Read(in ActionView action)
    {
        if (!TryRead(action, out NxCtView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
