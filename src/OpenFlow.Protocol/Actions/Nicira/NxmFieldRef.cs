using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// A range of bits of a field, as Nicira actions name it (<c>NXM_NX_REG0[4..31]</c>): the field's NXM/OXM header
/// (32 bits; 64 with the experimenter id for class 0xffff), the first bit and the number of bits. The header is kept
/// as on the wire so that a read action re-encodes identically. Several actions pack offset and width into one
/// 16-bit <c>ofs_nbits</c> (<see cref="OfsNbits"/>: offset &lt;&lt; 6 | (n_bits - 1)).
/// </summary>
public readonly record struct NxmFieldRef
{
    /// <summary>Creates a reference from a header as on the wire.</summary>
    /// <param name="header">The 32-bit NXM/OXM header (its length and mask bit are kept, not interpreted).</param>
    /// <param name="offset">The first bit, counted from the least significant.</param>
    /// <param name="nBits">How many bits.</param>
    /// <param name="experimenterId">The experimenter id after the header when its class is 0xffff.</param>
    public NxmFieldRef(OxmHeader header, int offset, int nBits, uint experimenterId = 0)
    {
        Header = header;
        Offset = offset;
        NBits = nBits;
        ExperimenterId = header.Class == OxmClass.Experimenter ? experimenterId : 0;
    }

    /// <summary>The 32-bit header as on the wire.</summary>
    public OxmHeader Header { get; }

    /// <summary>The experimenter id for class 0xffff; zero otherwise.</summary>
    public uint ExperimenterId { get; }

    /// <summary>The first bit, counted from the least significant.</summary>
    public int Offset { get; }

    /// <summary>How many bits.</summary>
    public int NBits { get; }

    /// <summary>The field (class, code, experimenter).</summary>
    public OxmFieldKey Field => new(Header.Class, Header.FieldCode, ExperimenterId);

    /// <summary>4, or 8 for an experimenter header.</summary>
    public int HeaderSize => Header.Class == OxmClass.Experimenter ? 8 : 4;

    /// <summary>Offset and width packed as <c>ofs_nbits</c>: offset &lt;&lt; 6 | (n_bits - 1).</summary>
    public ushort OfsNbits => (ushort)((Offset << 6) | ((NBits - 1) & 0x3f));

    /// <summary>Bits <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="nBits"/> - 1 of a known field; the header is the field's own (no mask, its value length), as Ryu and Open vSwitch write it.</summary>
    /// <param name="field">A field <see cref="NxmFieldInfo"/> describes (<see cref="OxmFieldKey.Reg"/>, <see cref="OxmFieldKey.CtMark"/>, ...).</param>
    /// <param name="offset">The first bit.</param>
    /// <param name="nBits">How many bits.</param>
    public static NxmFieldRef Of(OxmFieldKey field, int offset, int nBits)
    {
        OxmFieldDescription d = NxmFieldInfo.Get(field);
        if (offset < 0 || nBits < 1 || offset + nBits > d.ValueLength * 8)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(nBits), "The bit range must lie inside the field.");
        }

        return new NxmFieldRef(d.Header(false), offset, nBits, field.ExperimenterId);
    }

    /// <summary>All bits of a known field (<c>NXM_NX_REG0[]</c>).</summary>
    /// <param name="field">A field <see cref="NxmFieldInfo"/> describes.</param>
    public static NxmFieldRef Whole(OxmFieldKey field) => Of(field, 0, NxmFieldInfo.Get(field).ValueLength * 8);

    /// <summary>A reference from a header and a packed <c>ofs_nbits</c>.</summary>
    /// <param name="header">The header.</param>
    /// <param name="ofsNbits">offset &lt;&lt; 6 | (n_bits - 1).</param>
    /// <param name="experimenterId">The experimenter id for class 0xffff.</param>
    public static NxmFieldRef FromOfsNbits(OxmHeader header, ushort ofsNbits, uint experimenterId = 0) =>
        new(header, ofsNbits >> 6, (ofsNbits & 0x3f) + 1, experimenterId);

    /// <summary>Whether <see cref="NxmFieldInfo"/> knows the field.</summary>
    /// <param name="description">Its description.</param>
    public bool TryGetDescription(out OxmFieldDescription description) => NxmFieldInfo.TryGet(Field, out description);
}
