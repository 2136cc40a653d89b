namespace OpenFlow.Protocol.Match;

/// <summary>How the value of an OXM field is best presented: a number or an address.</summary>
public enum OxmValueKind : byte
{
    /// <summary>An unsigned big-endian integer of 1, 2, 3, 4 or 8 bytes.</summary>
    Number = 0,

    /// <summary>A 6-byte Ethernet address.</summary>
    Mac = 1,

    /// <summary>A 4-byte IPv4 address.</summary>
    Ipv4 = 2,

    /// <summary>A 16-byte IPv6 address.</summary>
    Ipv6 = 3,
}
