using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_MULTIPATH</c> (<c>struct nx_action_multipath</c>, 32 bytes): hash the flow and store a link number in bits of a field.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=10    | fields        | basis         | pad (2)       |
/// +---------------+---------------+---------------+---------------+
/// | algorithm     | max_link      | arg (4)                       |
/// +---------------+---------------+---------------+---------------+
/// | pad (2)       | ofs_nbits     | dst header (4)                |
/// +---------------+---------------+-------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxMultipathView
{
    /// <summary>Size of the action.</summary>
    public const int Size = 32;

    private const int FieldsOffset = 10;
    private const int BasisOffset = 12;
    private const int AlgorithmOffset = 16;
    private const int MaxLinkOffset = 18;
    private const int ArgOffset = 20;
    private const int OfsNbitsOffset = 26;
    private const int DestinationOffset = 28;


    private readonly ReadOnlySpan<byte> _action;

    private NxMultipathView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The fields hashed (<c>enum nx_hash_fields</c>).</summary>
    public ushort Fields => NxAction.U16(_action, FieldsOffset);

    /// <summary>The hash basis.</summary>
    public ushort Basis => NxAction.U16(_action, BasisOffset);

    /// <summary>The algorithm (<c>enum nx_mp_algorithm</c>).</summary>
    public ushort Algorithm => NxAction.U16(_action, AlgorithmOffset);

    /// <summary>The number of links minus one.</summary>
    public ushort MaxLink => NxAction.U16(_action, MaxLinkOffset);

    /// <summary>The algorithm's argument.</summary>
    public uint Arg => NxAction.U32(_action, ArgOffset);

    /// <summary>The packed <c>ofs_nbits</c> of the destination.</summary>
    public ushort OfsNbits => NxAction.U16(_action, OfsNbitsOffset);

    /// <summary>Where the link number goes.</summary>
    public NxmFieldRef Destination => NxmFieldRef.FromOfsNbits(OxmHeader.Read(_action.Slice(DestinationOffset)), OfsNbits);


    /// <summary>Reads an action as <c>NXAST_MULTIPATH</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxMultipathView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!NxAction.Check(action, NxActionSubtype.Multipath, 32, "an NXAST_MULTIPATH action is 32 bytes", out error))
        {
            return false;
        }

        view = new NxMultipathView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_MULTIPATH</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxMultipathView Read(in ActionView action)
    {
        if (!TryRead(action, out NxMultipathView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
