using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_BUNDLE</c> and <c>NXAST_BUNDLE_LOAD</c> (<c>struct nx_action_bundle</c>): choose a member port by hash; output to it or load it into bits of a field.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=12/13 | algorithm     | fields        | basis         |
/// +---------------+---------------+---------------+---------------+
/// | slave_type (4)                | n_slaves      | ofs_nbits     |
/// +---------------+---------------+---------------+---------------+
/// | dst header (4, BUNDLE_LOAD)   | zeros (4)                     |
/// +-------------------------------+-------------------------------+
/// | member ports (2 each), zero padding to 8                      |
/// +---------------------------------------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxBundleView
{
    /// <summary>Minimum size of the action.</summary>
    public const int MinSize = 32;

    private const int AlgorithmOffset = 10;
    private const int FieldsOffset = 12;
    private const int BasisOffset = 14;
    private const int SlaveTypeOffset = 16;
    private const int CountOffset = 20;
    private const int OfsNbitsOffset = 22;
    private const int DestinationOffset = 24;
    private const int MembersOffset = 32;


    private readonly ReadOnlySpan<byte> _action;

    private NxBundleView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>Whether this is <c>NXAST_BUNDLE_LOAD</c> (loads the member into a field).</summary>
    public bool IsLoad => NxAction.U16(_action, NxAction.SubtypeOffset) == (ushort)NxActionSubtype.BundleLoad;

    /// <summary>The algorithm (<c>enum nx_bd_algorithm</c>).</summary>
    public ushort Algorithm => NxAction.U16(_action, AlgorithmOffset);

    /// <summary>The fields hashed.</summary>
    public ushort Fields => NxAction.U16(_action, FieldsOffset);

    /// <summary>The hash basis.</summary>
    public ushort Basis => NxAction.U16(_action, BasisOffset);

    /// <summary>The kind of member ids (an NXM header, <c>NXM_OF_IN_PORT</c>).</summary>
    public uint SlaveType => NxAction.U32(_action, SlaveTypeOffset);

    /// <summary>How many members follow.</summary>
    public int MemberCount => NxAction.U16(_action, CountOffset);

    /// <summary>The packed <c>ofs_nbits</c> of the destination.</summary>
    public ushort OfsNbits => NxAction.U16(_action, OfsNbitsOffset);

    /// <summary>The raw destination header (zero for <c>NXAST_BUNDLE</c>).</summary>
    public uint DestinationHeader => NxAction.U32(_action, DestinationOffset);

    /// <summary>Where the chosen member goes (<c>NXAST_BUNDLE_LOAD</c>).</summary>
    public NxmFieldRef Destination => NxmFieldRef.FromOfsNbits(new OxmHeader(DestinationHeader), OfsNbits);

    /// <summary>The member port at <paramref name="index"/>.</summary>
    /// <param name="index">0 to <see cref="MemberCount"/> - 1.</param>
    public ushort GetMember(int index)
    {
        if ((uint)index >= (uint)MemberCount)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(index), "No member at this index.");
        }

        return NxAction.U16(_action, MembersOffset + (2 * index));
    }


    /// <summary>Reads an action as <c>NXAST_BUNDLE</c> or <c>NXAST_BUNDLE_LOAD</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxBundleView view, out OpenFlowFormatError error)
    {
        view = default;
        NxActionSubtype subtype = action.NiciraSubtype == (ushort)NxActionSubtype.BundleLoad ? NxActionSubtype.BundleLoad : NxActionSubtype.Bundle;
        if (!NxAction.Check(action, subtype, 32, "a bundle action is at least 32 bytes", out error))
        {
            return false;
        }
        if (MembersOffset + (2 * NxAction.U16(action.Bytes, CountOffset)) > action.Length)
        {
            error = NxAction.Error(action, ".NXAST_BUNDLE.n_slaves", CountOffset, "more members than the action holds", OfpBadActionCode.BadLen);
            return false;
        }

        view = new NxBundleView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_BUNDLE</c> or <c>NXAST_BUNDLE_LOAD</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxBundleView Read(in ActionView action)
    {
        if (!TryRead(action, out NxBundleView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
