namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>How Ryu prints an OXM value (and its mask).</summary>
internal enum OxmValueKind
{
    /// <summary>A big-endian unsigned integer of the field's size, printed as a JSON number.</summary>
    Integer,

    /// <summary>A MAC address, <c>"aa:bb:cc:dd:ee:ff"</c>.</summary>
    Mac,

    /// <summary>An IPv4 address, dotted quad.</summary>
    Ipv4,

    /// <summary>An IPv6 address, RFC 5952 text.</summary>
    Ipv6,

    /// <summary>A field Ryu does not know: <c>field_N</c> with base64 bytes.</summary>
    Unknown,
}
