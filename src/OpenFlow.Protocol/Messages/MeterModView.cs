using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_METER_MOD</c> (<c>struct ofp_meter_mod</c>, 16 bytes and bands).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 29   |            length             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |            command            |             flags             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            meter_id                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  bands (see MeterBandView) ...                                |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct MeterModView
{
    /// <summary>Size of <c>ofp_meter_mod</c> without bands.</summary>
    public const int MinLength = 16;

    /// <summary>Offset of the first band.</summary>
    public const int BandsOffset = 16;

    private const int CommandOffset = 8;
    private const int FlagsOffset = 10;
    private const int MeterIdOffset = 12;

    private readonly ReadOnlySpan<byte> _message;

    private MeterModView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The command; a value outside <see cref="OfpMeterModCommand"/> is surfaced as it is.</summary>
    public OfpMeterModCommand Command => (OfpMeterModCommand)BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(CommandOffset));

    /// <summary>The flags; unknown bits are kept.</summary>
    public OfpMeterFlags Flags => (OfpMeterFlags)BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(FlagsOffset));

    /// <summary>The meter.</summary>
    public MeterId MeterId => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(MeterIdOffset)));

    /// <summary>The bytes of the band list.</summary>
    public ReadOnlySpan<byte> BandBytes => _message.Slice(BandsOffset);

    /// <summary>The bands (each checked while enumerating).</summary>
    public MeterBandEnumerator Bands => new(_message.Slice(BandsOffset), OfpType.MeterMod, BandsOffset);

    /// <summary>Reads a meter mod message.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the fixed fields are well formed.</param>
    /// <param name="error">What is wrong, when they are not.</param>
    /// <returns>Whether the message is a meter mod with its fixed fields.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out MeterModView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheck(message, OfpType.MeterMod, MinLength, exact: false, out error))
        {
            view = default;
            return false;
        }

        view = new MeterModView(message);
        return true;
    }

    /// <summary>Reads a meter mod message, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static MeterModView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out MeterModView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
