using System;
using System.Globalization;
using System.Text.Json;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// Meter bands as Ryu's <c>OFPMeterBandDrop</c>, <c>OFPMeterBandDscpRemark</c> and <c>OFPMeterBandExperimenter</c>.
/// Bytes Ryu does not model (experimenter data, unknown band types) are kept in a base64 <c>data</c> key, and unknown
/// types use the class <c>OFPMeterBandUnknown</c>, so that every band re-encodes identically.
/// </summary>
internal static class MeterBandJson
{
    private const string DropClass = "OFPMeterBandDrop";
    private const string DscpRemarkClass = "OFPMeterBandDscpRemark";
    private const string ExperimenterClass = "OFPMeterBandExperimenter";
    private const string UnknownClass = "OFPMeterBandUnknown";

    public static void WriteBands(Utf8JsonWriter json, MeterBandEnumerator bands)
    {
        json.WriteStartArray("bands");
        foreach (MeterBandView band in bands)
        {
            json.WriteStartObject();
            switch (band.Type)
            {
                case OfpMeterBandType.Drop:
                    json.WriteStartObject(DropClass);
                    break;
                case OfpMeterBandType.DscpRemark:
                    json.WriteStartObject(DscpRemarkClass);
                    break;
                case OfpMeterBandType.Experimenter:
                    json.WriteStartObject(ExperimenterClass);
                    break;
                default:
                    json.WriteStartObject(UnknownClass);
                    break;
            }

            json.WriteNumber("burst_size", band.BurstSize);
            switch (band.Type)
            {
                case OfpMeterBandType.Drop:
                    break;
                case OfpMeterBandType.DscpRemark:
                    json.WriteNumber("prec_level", band.PrecLevel);
                    break;
                case OfpMeterBandType.Experimenter:
                    if (!band.ExperimenterData.IsEmpty)
                    {
                        json.WriteBase64String("data", band.ExperimenterData);
                    }

                    json.WriteNumber("experimenter", band.Experimenter);
                    break;
                default:
                    json.WriteBase64String("data", band.Raw.Slice(12));
                    break;
            }

            json.WriteNumber("len", band.Length);
            json.WriteNumber("rate", band.Rate);
            json.WriteNumber("type", (ushort)band.Type);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void EncodeBands(ref OpenFlowWriter writer, JsonBody parent)
    {
        foreach (var (element, path) in parent.List("bands"))
        {
            JsonBody band = JsonBody.Unwrap(element, path);
            int start = writer.BytesWritten;
            int? len = band.OptionalLength("len");
            uint rate = band.UInt32("rate", 0);
            uint burst = band.UInt32("burst_size", 0);
            switch (band.ClassName)
            {
                case DropClass:
                    ExpectType(band, OfpMeterBandType.Drop);
                    writer.WriteDropMeterBand(rate, burst);
                    break;
                case DscpRemarkClass:
                    ExpectType(band, OfpMeterBandType.DscpRemark);
                    writer.WriteDscpRemarkMeterBand(rate, burst, (byte)band.UInt16("prec_level", 0));
                    break;
                case ExperimenterClass:
                    ExpectType(band, OfpMeterBandType.Experimenter);
                    byte[] data = band.Bytes("data");
                    uint experimenter = band.UInt32("experimenter", 0);
                    writer.WriteUInt16((ushort)OfpMeterBandType.Experimenter);
                    writer.WriteUInt16((ushort)(MeterBandView.Size + data.Length));
                    writer.WriteUInt32(rate);
                    writer.WriteUInt32(burst);
                    writer.WriteUInt32(experimenter);
                    writer.WriteBytes(data);
                    break;
                case UnknownClass:
                    ushort type = band.UInt16("type");
                    byte[] rest = band.Bytes("data");
                    writer.WriteUInt16(type);
                    writer.WriteUInt16((ushort)(12 + rest.Length));
                    writer.WriteUInt32(rate);
                    writer.WriteUInt32(burst);
                    writer.WriteBytes(rest);
                    break;
                default:
                    throw new RyuJsonException(band.Path, "\"" + band.ClassName + "\" is not a Ryu meter band class");
            }

            band.EnsureAllRead();
            Lengths.Apply(ref writer, start, start + 2, len, band.PathOf("len"));
        }
    }

    private static void ExpectType(JsonBody band, OfpMeterBandType type)
    {
        if (band.UInt16("type", (ushort)type) != (ushort)type)
        {
            throw new RyuJsonException(band.PathOf("type"), band.ClassName + " has type " + ((ushort)type).ToString(CultureInfo.InvariantCulture));
        }
    }
}
