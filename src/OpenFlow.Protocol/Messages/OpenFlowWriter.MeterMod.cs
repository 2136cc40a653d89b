using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>Writers for <c>OFPT_METER_MOD</c> and meter bands (see <see cref="MeterModView"/>, <see cref="MeterBandView"/>).</content>
public ref partial struct OpenFlowWriter
{
    /// <summary>Starts an <c>OFPT_METER_MOD</c>; write bands, then call <see cref="EndMessage"/>.</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="command">The command.</param>
    /// <param name="flags">The meter flags.</param>
    /// <param name="meterId">The meter.</param>
    /// <returns>The slot to pass to <see cref="EndMessage"/>.</returns>
    public LengthSlot BeginMeterMod(Xid xid, OfpMeterModCommand command, OfpMeterFlags flags, MeterId meterId)
    {
        LengthSlot slot = BeginMessage(OfpType.MeterMod, xid);
        WriteUInt16((ushort)command);
        WriteUInt16((ushort)flags);
        WriteUInt32(meterId.Value);
        return slot;
    }

    /// <summary>Writes an <c>OFPMBT_DROP</c> band (<c>ofp_meter_band_drop</c>, 16 bytes).</summary>
    /// <param name="rate">Rate above which packets are dropped.</param>
    /// <param name="burstSize">Burst size.</param>
    public void WriteDropMeterBand(uint rate, uint burstSize)
    {
        WriteMeterBandHeader(OfpMeterBandType.Drop, MeterBandView.Size, rate, burstSize);
        WriteZeros(4);
    }

    /// <summary>Writes an <c>OFPMBT_DSCP_REMARK</c> band (<c>ofp_meter_band_dscp_remark</c>, 16 bytes).</summary>
    /// <param name="rate">Rate above which packets are remarked.</param>
    /// <param name="burstSize">Burst size.</param>
    /// <param name="precLevel">Number of drop-precedence levels to add.</param>
    public void WriteDscpRemarkMeterBand(uint rate, uint burstSize, byte precLevel)
    {
        WriteMeterBandHeader(OfpMeterBandType.DscpRemark, MeterBandView.Size, rate, burstSize);
        WriteUInt8(precLevel);
        WriteZeros(3);
    }

    /// <summary>
    /// Writes an <c>OFPMBT_EXPERIMENTER</c> band (<c>ofp_meter_band_experimenter</c>): 16 bytes and
    /// <paramref name="data"/>, whose length must be a multiple of 8.
    /// </summary>
    /// <param name="rate">The band's rate.</param>
    /// <param name="burstSize">Burst size.</param>
    /// <param name="experimenter">The experimenter id.</param>
    /// <param name="data">Experimenter-defined data.</param>
    public void WriteExperimenterMeterBand(uint rate, uint burstSize, uint experimenter, scoped ReadOnlySpan<byte> data)
    {
        if ((data.Length & 7) != 0 || data.Length > ushort.MaxValue - MeterBandView.Size)
        {
            ThrowHelper.ThrowArgument("Experimenter band data must be a multiple of 8 bytes and fit a 16-bit length.", nameof(data));
        }

        WriteMeterBandHeader(OfpMeterBandType.Experimenter, MeterBandView.Size + data.Length, rate, burstSize);
        WriteUInt32(experimenter);
        WriteBytes(data);
    }

    /// <summary>Writes a copy of a received band (any type, unknown ones included).</summary>
    /// <param name="band">The band.</param>
    public void WriteMeterBand(MeterBandView band)
    {
        switch (band.Type)
        {
            case OfpMeterBandType.Drop:
                WriteDropMeterBand(band.Rate, band.BurstSize);
                break;
            case OfpMeterBandType.DscpRemark:
                WriteDscpRemarkMeterBand(band.Rate, band.BurstSize, band.PrecLevel);
                break;
            default:
                WriteBytes(band.Raw);
                break;
        }
    }

    private void WriteMeterBandHeader(OfpMeterBandType type, int length, uint rate, uint burstSize)
    {
        WriteUInt16((ushort)type);
        WriteUInt16((ushort)length);
        WriteUInt32(rate);
        WriteUInt32(burstSize);
    }
}
