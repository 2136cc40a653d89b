namespace OpenFlow.Protocol.Packets;

/// <summary>Why a packet view could not be created, or why lax slicing stopped (see <see cref="PacketError"/>).</summary>
public enum PacketErrorReason : byte
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>
    /// The bytes end inside the header: <see cref="PacketError.RequiredLength"/> is the header length needed,
    /// <see cref="PacketError.ActualLength"/> the bytes that were there.
    /// </summary>
    Truncated = 1,

    /// <summary>
    /// The header is whole but its length field (IPv4 total length, IPv6 payload length) claims more bytes than
    /// are present: <see cref="PacketError.RequiredLength"/> is the claimed length, <see cref="PacketError.ActualLength"/>
    /// the bytes held. Only the strict slicer fails for this; PacketIn data cut at <c>miss_send_len</c> routinely has it.
    /// </summary>
    PayloadTruncated = 2,

    /// <summary>The IP version nibble is not 4 (IPv4) or 6 (IPv6). Both lengths are zero.</summary>
    BadVersion = 3,

    /// <summary>
    /// A header length field is below the minimum (IPv4 IHL below 5, TCP data offset below 5):
    /// <see cref="PacketError.RequiredLength"/> is the minimum header length, <see cref="PacketError.ActualLength"/> the length the field gives.
    /// </summary>
    BadHeaderLength = 4,

    /// <summary>
    /// The IPv4 total length is smaller than the header: <see cref="PacketError.RequiredLength"/> is the header length,
    /// <see cref="PacketError.ActualLength"/> the total length field.
    /// </summary>
    BadTotalLength = 5,

    /// <summary>An ARP packet whose hardware or protocol address length is not 6 or 4 (not Ethernet/IPv4). Both lengths are the address lengths found (hlen, plen).</summary>
    UnsupportedArp = 6,
}
