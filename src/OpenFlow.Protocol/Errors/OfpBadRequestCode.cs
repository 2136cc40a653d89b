namespace OpenFlow.Protocol.Errors;

/// <summary>Codes of <see cref="OfpErrorType.BadRequest"/> (<c>enum ofp_bad_request_code</c>).</summary>
public enum OfpBadRequestCode : ushort
{
    /// <summary><c>OFPBRC_BAD_VERSION</c>: ofp_header.version not supported.</summary>
    BadVersion = 0,

    /// <summary><c>OFPBRC_BAD_TYPE</c>: ofp_header.type not supported.</summary>
    BadType = 1,

    /// <summary><c>OFPBRC_BAD_MULTIPART</c>: ofp_multipart_request.type not supported.</summary>
    BadMultipart = 2,

    /// <summary><c>OFPBRC_BAD_EXPERIMENTER</c>: Experimenter id not supported.</summary>
    BadExperimenter = 3,

    /// <summary><c>OFPBRC_BAD_EXP_TYPE</c>: Experimenter type not supported.</summary>
    BadExpType = 4,

    /// <summary><c>OFPBRC_EPERM</c>: Permissions error.</summary>
    Eperm = 5,

    /// <summary><c>OFPBRC_BAD_LEN</c>: Wrong request length for type.</summary>
    BadLen = 6,

    /// <summary><c>OFPBRC_BUFFER_EMPTY</c>: Specified buffer has already been used.</summary>
    BufferEmpty = 7,

    /// <summary><c>OFPBRC_BUFFER_UNKNOWN</c>: Specified buffer does not exist.</summary>
    BufferUnknown = 8,

    /// <summary><c>OFPBRC_BAD_TABLE_ID</c>: Specified table-id invalid or does not exist.</summary>
    BadTableId = 9,

    /// <summary><c>OFPBRC_IS_SLAVE</c>: Denied because controller is slave.</summary>
    IsSlave = 10,

    /// <summary><c>OFPBRC_BAD_PORT</c>: Invalid port.</summary>
    BadPort = 11,

    /// <summary><c>OFPBRC_BAD_PACKET</c>: Invalid packet in packet-out.</summary>
    BadPacket = 12,

    /// <summary><c>OFPBRC_MULTIPART_BUFFER_OVERFLOW</c>: ofp_multipart_request overflowed the assigned buffer.</summary>
    MultipartBufferOverflow = 13,
}
