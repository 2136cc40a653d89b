using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// The body of an <c>OFPMP_METER_FEATURES</c> reply (<c>struct ofp_meter_features</c>, 16 bytes).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           max_meter                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           band_types                          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          capabilities                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |      max_bands      |      max_color      |    pad (2 bytes)    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct MeterFeaturesView
{
    /// <summary>Size of the structure.</summary>
    public const int Size = 16;

    private const int MaxMeterOffset = 0;
    private const int BandTypesOffset = 4;
    private const int CapabilitiesOffset = 8;
    private const int MaxBandsOffset = 12;
    private const int MaxColorOffset = 13;

    private readonly ReadOnlySpan<byte> _body;

    private MeterFeaturesView(ReadOnlySpan<byte> body, int offset)
    {
        _body = body;
        Offset = offset;
    }

    /// <summary>Offset of the body from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The body's bytes.</summary>
    public ReadOnlySpan<byte> Raw => _body;

    /// <summary>Maximum number of meters.</summary>
    public uint MaxMeter => BinaryPrimitives.ReadUInt32BigEndian(_body.Slice(MaxMeterOffset));

    /// <summary>Bitmap of the supported band types (bit <c>i</c> for <see cref="OfpMeterBandType"/> value <c>i</c>).</summary>
    public uint BandTypes => BinaryPrimitives.ReadUInt32BigEndian(_body.Slice(BandTypesOffset));

    /// <summary>Bitmap of the supported meter flags (<see cref="OfpMeterFlags"/>).</summary>
    public uint Capabilities => BinaryPrimitives.ReadUInt32BigEndian(_body.Slice(CapabilitiesOffset));

    /// <summary>Maximum bands per meter.</summary>
    public byte MaxBands => _body[MaxBandsOffset];

    /// <summary>Maximum color value.</summary>
    public byte MaxColor => _body[MaxColorOffset];

    /// <summary>Reads the body, which must be exactly 16 bytes.</summary>
    /// <param name="body">The multipart body.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="body"/> from the start of the message, for errors.</param>
    /// <param name="view">The view, when the body is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the body is well formed.</returns>
    public static bool TryRead(ReadOnlySpan<byte> body, OfpType messageType, int offset, out MeterFeaturesView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheckFixedBody(body, Size, messageType, offset, "an ofp_meter_features is 16 bytes", out error))
        {
            view = default;
            return false;
        }

        view = new MeterFeaturesView(body, offset);
        return true;
    }
}
