namespace OpenFlow.Protocol.Messages;

/// <summary>Meter band types (<c>enum ofp_meter_band_type</c>), the <c>type</c> field of <c>ofp_meter_band_header</c>.</summary>
public enum OfpMeterBandType : ushort
{
    /// <summary><c>OFPMBT_DROP</c>: drop packet.</summary>
    Drop = 1,

    /// <summary><c>OFPMBT_DSCP_REMARK</c>: remark DSCP in the IP header.</summary>
    DscpRemark = 2,

    /// <summary><c>OFPMBT_EXPERIMENTER</c> (0xffff): experimenter meter band.</summary>
    Experimenter = 0xffff,
}
