namespace OpenFlow.Protocol.Errors;

/// <summary>Codes of <see cref="OfpErrorType.MeterModFailed"/> (<c>enum ofp_meter_mod_failed_code</c>).</summary>
public enum OfpMeterModFailedCode : ushort
{
    /// <summary><c>OFPMMFC_UNKNOWN</c>: Unspecified error.</summary>
    Unknown = 0,

    /// <summary><c>OFPMMFC_METER_EXISTS</c>: Meter not added because a meter ADD attempted to replace an existing meter.</summary>
    MeterExists = 1,

    /// <summary><c>OFPMMFC_INVALID_METER</c>: Meter not added because meter specified is invalid.</summary>
    InvalidMeter = 2,

    /// <summary><c>OFPMMFC_UNKNOWN_METER</c>: Meter not modified because a meter MODIFY attempted to modify a non-existent meter.</summary>
    UnknownMeter = 3,

    /// <summary><c>OFPMMFC_BAD_COMMAND</c>: Unsupported or unknown command.</summary>
    BadCommand = 4,

    /// <summary><c>OFPMMFC_BAD_FLAGS</c>: Flag configuration unsupported.</summary>
    BadFlags = 5,

    /// <summary><c>OFPMMFC_BAD_RATE</c>: Rate unsupported.</summary>
    BadRate = 6,

    /// <summary><c>OFPMMFC_BAD_BURST</c>: Burst size unsupported.</summary>
    BadBurst = 7,

    /// <summary><c>OFPMMFC_BAD_BAND</c>: Band unsupported.</summary>
    BadBand = 8,

    /// <summary><c>OFPMMFC_BAD_BAND_VALUE</c>: Band value unsupported.</summary>
    BadBandValue = 9,

    /// <summary><c>OFPMMFC_OUT_OF_METERS</c>: No more meters available.</summary>
    OutOfMeters = 10,

    /// <summary><c>OFPMMFC_OUT_OF_BANDS</c>: The maximum number of properties for a meter has been exceeded.</summary>
    OutOfBands = 11,
}
