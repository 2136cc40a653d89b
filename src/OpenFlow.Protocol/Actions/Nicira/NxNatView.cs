using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_NAT</c> (<c>struct nx_action_nat</c>): address translation, inside an <c>NXAST_CT</c>.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+---------------+---------------+
/// | subtype=36    | pad (2)       | flags         | range_present |
/// +---------------+---------------+---------------+---------------+
/// | present ranges in order: ipv4 min, ipv4 max (4 each), ipv6 min, |
/// | ipv6 max (16 each), proto min, proto max (2 each); zero pad to 8|
/// +---------------------------------------------------------------+
/// </code>
/// A range that is absent reads as zero.
/// </summary>
public readonly ref struct NxNatView
{
    /// <summary>Size of the fixed part.</summary>
    public const int FixedSize = 16;

    private const int FlagsOffset = 12;
    private const int RangePresentOffset = 14;

    private readonly ReadOnlySpan<byte> _action;

    private NxNatView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The flags.</summary>
    public NxNatFlags Flags => (NxNatFlags)NxAction.U16(_action, FlagsOffset);

    /// <summary>Which ranges are present.</summary>
    public NxNatRange RangePresent => (NxNatRange)NxAction.U16(_action, RangePresentOffset);

    /// <summary>The lowest IPv4 address.</summary>
    public Ipv4Address Ipv4Min => new(Has(NxNatRange.Ipv4Min) ? NxAction.U32(_action, At(NxNatRange.Ipv4Min)) : 0);

    /// <summary>The highest IPv4 address.</summary>
    public Ipv4Address Ipv4Max => new(Has(NxNatRange.Ipv4Max) ? NxAction.U32(_action, At(NxNatRange.Ipv4Max)) : 0);

    /// <summary>The lowest IPv6 address.</summary>
    public Ipv6Address Ipv6Min => Has(NxNatRange.Ipv6Min) ? Ipv6Address.Read(_action.Slice(At(NxNatRange.Ipv6Min))) : default;

    /// <summary>The highest IPv6 address.</summary>
    public Ipv6Address Ipv6Max => Has(NxNatRange.Ipv6Max) ? Ipv6Address.Read(_action.Slice(At(NxNatRange.Ipv6Max))) : default;

    /// <summary>The lowest transport port.</summary>
    public ushort ProtoMin => Has(NxNatRange.ProtoMin) ? NxAction.U16(_action, At(NxNatRange.ProtoMin)) : (ushort)0;

    /// <summary>The highest transport port.</summary>
    public ushort ProtoMax => Has(NxNatRange.ProtoMax) ? NxAction.U16(_action, At(NxNatRange.ProtoMax)) : (ushort)0;

    /// <summary>Bytes the present ranges take, before padding.</summary>
    /// <param name="present">The range_present bits.</param>
    public static int RangesLength(NxNatRange present) => RangeOffset(present, (NxNatRange)0x40);

    /// <summary>Reads an action as <c>NXAST_NAT</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or its ranges do not fit.</param>
    public static bool TryRead(in ActionView action, out NxNatView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!NxAction.Check(action, NxActionSubtype.Nat, FixedSize, "an NXAST_NAT action is at least 16 bytes", out error))
        {
            return false;
        }

        if (FixedSize + RangesLength((NxNatRange)NxAction.U16(action.Bytes, RangePresentOffset)) > action.Length)
        {
            error = NxAction.Error(action, ".NXAST_NAT.range_present", RangePresentOffset, "the present ranges extend beyond the action", OfpBadActionCode.BadLen);
            return false;
        }

        view = new NxNatView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_NAT</c>, throwing <see cref="OpenFlowFormatException"/> when it is not a well-formed one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxNatView Read(in ActionView action)
    {
        if (!TryRead(action, out NxNatView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    private static int RangeOffset(NxNatRange present, NxNatRange upTo)
    {
        int length = 0;
        for (int bit = 0; bit < 6 && (1 << bit) < (int)upTo; bit++)
        {
            if (((int)present & (1 << bit)) != 0)
            {
                length += bit < 2 ? 4 : bit < 4 ? 16 : 2;
            }
        }

        return length;
    }

    private bool Has(NxNatRange range) => (RangePresent & range) != 0;

    private int At(NxNatRange range) => FixedSize + RangeOffset(RangePresent, range);
}
