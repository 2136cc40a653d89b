using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Packets;

/// <summary>
/// The Internet checksum (RFC 1071) over spans, with the IPv4 header, TCP, UDP and ICMPv4 checksums built on it,
/// IPv4 and IPv6 pseudo-headers, incremental update (RFC 1624) and verification. Allocation-free; sums 8 bytes at a time.
/// </summary>
/// <remarks>
/// <para>
/// A <em>partial sum</em> is a 16-bit one's-complement sum held in a <see cref="uint"/> (0..0xffff), as if the data were
/// read as big-endian 16-bit words. <see cref="Sum"/> adds bytes to one, <see cref="Combine"/> joins sums of consecutive
/// pieces, <see cref="Finish"/> turns one into the checksum to put on the wire (its complement).
/// </para>
/// <para>The <c>...Checksum</c> methods treat the checksum field inside the given bytes as zero, so they can be called on
/// received bytes (to compare) or on bytes being built (to fill in).</para>
/// </remarks>
public static class Checksums
{
    private const int Ipv4ChecksumOffset = 10;
    private const int TcpChecksumOffset = 16;
    private const int UdpChecksumOffset = 6;
    private const int IcmpChecksumOffset = 2;

    /// <summary>Adds <paramref name="data"/> to a partial sum, as big-endian 16-bit words; an odd last byte is padded with a zero byte.</summary>
    /// <param name="data">The bytes to add (must start at an even position of the checksummed data; see <see cref="Combine"/> otherwise).</param>
    /// <param name="partial">The partial sum so far (0 to start).</param>
    /// <returns>The new partial sum, 0..0xffff.</returns>
    public static uint Sum(ReadOnlySpan<byte> data, uint partial = 0)
    {
        // One's-complement addition is byte-order independent (RFC 1071 section 2(B)): add native-order 64-bit words
        // with end-around carry, fold, then swap the two bytes on little-endian machines.
        ulong sum = 0;
        while (data.Length >= 32)
        {
            sum = AddCarry(sum, MemoryMarshal.Read<ulong>(data));
            sum = AddCarry(sum, MemoryMarshal.Read<ulong>(data.Slice(8)));
            sum = AddCarry(sum, MemoryMarshal.Read<ulong>(data.Slice(16)));
            sum = AddCarry(sum, MemoryMarshal.Read<ulong>(data.Slice(24)));
            data = data.Slice(32);
        }

        while (data.Length >= 8)
        {
            sum = AddCarry(sum, MemoryMarshal.Read<ulong>(data));
            data = data.Slice(8);
        }

        if (data.Length >= 4)
        {
            sum = AddCarry(sum, MemoryMarshal.Read<uint>(data));
            data = data.Slice(4);
        }

        if (data.Length >= 2)
        {
            sum = AddCarry(sum, MemoryMarshal.Read<ushort>(data));
            data = data.Slice(2);
        }

        if (data.Length == 1)
        {
            // The lone byte is the high byte of a big-endian word.
            sum = AddCarry(sum, BitConverter.IsLittleEndian ? data[0] : (ulong)data[0] << 8);
        }

        uint folded = Fold(sum);
        if (BitConverter.IsLittleEndian)
        {
            folded = ((folded & 0xff) << 8) | (folded >> 8);
        }

        return Fold(folded + partial);
    }

    /// <summary>Joins the partial sums of two consecutive pieces of data.</summary>
    /// <param name="first">Partial sum of the first piece.</param>
    /// <param name="second">Partial sum of the second piece (computed as if it started at an even position).</param>
    /// <param name="firstLength">Length of the first piece: when odd, the second sum is byte-swapped.</param>
    /// <returns>The partial sum of both pieces.</returns>
    public static uint Combine(uint first, uint second, int firstLength)
    {
        if ((firstLength & 1) != 0)
        {
            second = ((second & 0xff) << 8) | ((second >> 8) & 0xff);
        }

        return Fold(first + second);
    }

    /// <summary>Adds a 16-bit value to a partial sum.</summary>
    /// <param name="partial">The partial sum.</param>
    /// <param name="value">The word to add.</param>
    public static uint Add(uint partial, ushort value) => Fold(partial + value);

    /// <summary>Adds a 32-bit value (two words) to a partial sum.</summary>
    /// <param name="partial">The partial sum.</param>
    /// <param name="value">The two words to add, first word in the high half.</param>
    public static uint Add(uint partial, uint value) => Fold((ulong)partial + (value >> 16) + (value & 0xffff));

    /// <summary>The checksum to write for a partial sum: its one's complement.</summary>
    /// <param name="partial">The partial sum of everything covered, with the checksum field as zero.</param>
    public static ushort Finish(uint partial) => (ushort)~Fold(partial);

    /// <summary>The Internet checksum of <paramref name="data"/> (RFC 1071).</summary>
    /// <param name="data">The bytes covered, with the checksum field (if any) as zero.</param>
    public static ushort Compute(ReadOnlySpan<byte> data) => Finish(Sum(data));

    /// <summary>Whether data that includes its own checksum field sums to 0xffff (a correct checksum).</summary>
    /// <param name="data">The bytes covered, checksum field included.</param>
    public static bool Verify(ReadOnlySpan<byte> data) => Sum(data) == 0xffff;

    /// <summary>
    /// Updates a checksum for one 16-bit word changed from <paramref name="oldValue"/> to <paramref name="newValue"/>
    /// without summing the data again (RFC 1624, eqn. 3: <c>HC' = ~(~HC + ~m + m')</c>).
    /// </summary>
    /// <param name="checksum">The checksum on the wire before the change.</param>
    /// <param name="oldValue">The old word.</param>
    /// <param name="newValue">The new word.</param>
    public static ushort Update(ushort checksum, ushort oldValue, ushort newValue) =>
        (ushort)~Fold((uint)(ushort)~checksum + (ushort)~oldValue + newValue);

    /// <summary>Updates a checksum for a 32-bit field (an IPv4 address) changed from <paramref name="oldValue"/> to <paramref name="newValue"/> (RFC 1624).</summary>
    /// <param name="checksum">The checksum on the wire before the change.</param>
    /// <param name="oldValue">The old value.</param>
    /// <param name="newValue">The new value.</param>
    public static ushort Update(ushort checksum, uint oldValue, uint newValue) =>
        (ushort)~Fold((ulong)(ushort)~checksum + (ushort)~(oldValue >> 16) + (ushort)~oldValue + (newValue >> 16) + (newValue & 0xffff));

    /// <summary>The header checksum of an IPv4 header (its checksum field, bytes 10..11, is treated as zero).</summary>
    /// <param name="header">The whole IPv4 header, options included (IHL × 4 bytes), and nothing after it.</param>
    /// <exception cref="ArgumentException">Fewer than 20 bytes.</exception>
    public static ushort Ipv4HeaderChecksum(ReadOnlySpan<byte> header)
    {
        CheckLength(header, Ipv4View.MinLength, nameof(header));
        return Finish(Sum(header.Slice(Ipv4ChecksumOffset + 2), Sum(header.Slice(0, Ipv4ChecksumOffset))));
    }

    /// <summary>Whether an IPv4 header's checksum is correct.</summary>
    /// <param name="header">The whole IPv4 header (IHL × 4 bytes).</param>
    public static bool VerifyIpv4Header(ReadOnlySpan<byte> header) => Verify(header);

    /// <summary>Computes and writes the header checksum of an IPv4 header in place.</summary>
    /// <param name="header">The whole IPv4 header (IHL × 4 bytes).</param>
    /// <exception cref="ArgumentException">Fewer than 20 bytes.</exception>
    public static void WriteIpv4HeaderChecksum(Span<byte> header) =>
        BinaryPrimitives.WriteUInt16BigEndian(header.Slice(Ipv4ChecksumOffset), Ipv4HeaderChecksum(header));

    /// <summary>The partial sum of the IPv4 pseudo-header (RFC 9293 section 3.1, RFC 768).</summary>
    /// <param name="source">Source address.</param>
    /// <param name="destination">Destination address.</param>
    /// <param name="protocol">The transport protocol.</param>
    /// <param name="length">The transport length (header and data).</param>
    public static uint PseudoHeaderSum(Ipv4Address source, Ipv4Address destination, IpProtocol protocol, int length) =>
        Fold((ulong)(source.Value >> 16) + (source.Value & 0xffff) + (destination.Value >> 16) + (destination.Value & 0xffff)
            + protocol.Value + ((uint)length >> 16) + ((uint)length & 0xffff));

    /// <summary>The partial sum of the IPv6 pseudo-header (RFC 8200 section 8.1).</summary>
    /// <param name="source">Source address.</param>
    /// <param name="destination">Destination address.</param>
    /// <param name="nextHeader">The upper-layer protocol.</param>
    /// <param name="length">The upper-layer packet length.</param>
    public static uint PseudoHeaderSum(Ipv6Address source, Ipv6Address destination, IpProtocol nextHeader, int length) =>
        Fold(Words(source.High) + Words(source.Low) + Words(destination.High) + Words(destination.Low)
            + nextHeader.Value + ((uint)length >> 16) + ((uint)length & 0xffff));

    /// <summary>The TCP checksum of a segment over IPv4 (the checksum field, bytes 16..17, is treated as zero).</summary>
    /// <param name="source">IPv4 source address.</param>
    /// <param name="destination">IPv4 destination address.</param>
    /// <param name="segment">The whole TCP segment: header, options and data.</param>
    /// <exception cref="ArgumentException">Fewer than 20 bytes.</exception>
    public static ushort TcpChecksum(Ipv4Address source, Ipv4Address destination, ReadOnlySpan<byte> segment)
    {
        CheckLength(segment, TcpView.MinLength, nameof(segment));
        return Finish(SumSkipping(segment, TcpChecksumOffset, PseudoHeaderSum(source, destination, IpProtocol.Tcp, segment.Length)));
    }

    /// <summary>The TCP checksum of a segment over IPv6 (the checksum field is treated as zero).</summary>
    /// <param name="source">IPv6 source address.</param>
    /// <param name="destination">IPv6 destination address.</param>
    /// <param name="segment">The whole TCP segment: header, options and data.</param>
    /// <exception cref="ArgumentException">Fewer than 20 bytes.</exception>
    public static ushort TcpChecksum(Ipv6Address source, Ipv6Address destination, ReadOnlySpan<byte> segment)
    {
        CheckLength(segment, TcpView.MinLength, nameof(segment));
        return Finish(SumSkipping(segment, TcpChecksumOffset, PseudoHeaderSum(source, destination, IpProtocol.Tcp, segment.Length)));
    }

    /// <summary>Whether a TCP segment over IPv4 carries a correct checksum.</summary>
    /// <param name="source">IPv4 source address.</param>
    /// <param name="destination">IPv4 destination address.</param>
    /// <param name="segment">The whole TCP segment.</param>
    public static bool VerifyTcp(Ipv4Address source, Ipv4Address destination, ReadOnlySpan<byte> segment) =>
        Sum(segment, PseudoHeaderSum(source, destination, IpProtocol.Tcp, segment.Length)) == 0xffff;

    /// <summary>Whether a TCP segment over IPv6 carries a correct checksum.</summary>
    /// <param name="source">IPv6 source address.</param>
    /// <param name="destination">IPv6 destination address.</param>
    /// <param name="segment">The whole TCP segment.</param>
    public static bool VerifyTcp(Ipv6Address source, Ipv6Address destination, ReadOnlySpan<byte> segment) =>
        Sum(segment, PseudoHeaderSum(source, destination, IpProtocol.Tcp, segment.Length)) == 0xffff;

    /// <summary>
    /// The UDP checksum of a datagram over IPv4 (the checksum field, bytes 6..7, is treated as zero). A computed
    /// zero is returned as 0xffff, since zero on the wire means "no checksum" (RFC 768).
    /// </summary>
    /// <param name="source">IPv4 source address.</param>
    /// <param name="destination">IPv4 destination address.</param>
    /// <param name="datagram">The whole UDP datagram: header and data.</param>
    /// <exception cref="ArgumentException">Fewer than 8 bytes.</exception>
    public static ushort UdpChecksum(Ipv4Address source, Ipv4Address destination, ReadOnlySpan<byte> datagram)
    {
        CheckLength(datagram, UdpView.Size, nameof(datagram));
        return NonZero(Finish(SumSkipping(datagram, UdpChecksumOffset, PseudoHeaderSum(source, destination, IpProtocol.Udp, datagram.Length))));
    }

    /// <summary>The UDP checksum of a datagram over IPv6 (the checksum field is treated as zero; a computed zero is returned as 0xffff).</summary>
    /// <param name="source">IPv6 source address.</param>
    /// <param name="destination">IPv6 destination address.</param>
    /// <param name="datagram">The whole UDP datagram: header and data.</param>
    /// <exception cref="ArgumentException">Fewer than 8 bytes.</exception>
    public static ushort UdpChecksum(Ipv6Address source, Ipv6Address destination, ReadOnlySpan<byte> datagram)
    {
        CheckLength(datagram, UdpView.Size, nameof(datagram));
        return NonZero(Finish(SumSkipping(datagram, UdpChecksumOffset, PseudoHeaderSum(source, destination, IpProtocol.Udp, datagram.Length))));
    }

    /// <summary>Whether a UDP datagram over IPv4 carries a correct checksum; a zero checksum field (none computed) counts as correct.</summary>
    /// <param name="source">IPv4 source address.</param>
    /// <param name="destination">IPv4 destination address.</param>
    /// <param name="datagram">The whole UDP datagram.</param>
    public static bool VerifyUdp(Ipv4Address source, Ipv4Address destination, ReadOnlySpan<byte> datagram) =>
        datagram.Length >= UdpView.Size
        && (BinaryPrimitives.ReadUInt16BigEndian(datagram.Slice(UdpChecksumOffset)) == 0
            || Sum(datagram, PseudoHeaderSum(source, destination, IpProtocol.Udp, datagram.Length)) == 0xffff);

    /// <summary>Whether a UDP datagram over IPv6 carries a correct checksum (mandatory over IPv6: zero is wrong).</summary>
    /// <param name="source">IPv6 source address.</param>
    /// <param name="destination">IPv6 destination address.</param>
    /// <param name="datagram">The whole UDP datagram.</param>
    public static bool VerifyUdp(Ipv6Address source, Ipv6Address destination, ReadOnlySpan<byte> datagram) =>
        datagram.Length >= UdpView.Size
        && BinaryPrimitives.ReadUInt16BigEndian(datagram.Slice(UdpChecksumOffset)) != 0
        && Sum(datagram, PseudoHeaderSum(source, destination, IpProtocol.Udp, datagram.Length)) == 0xffff;

    /// <summary>The ICMPv4 checksum of a message (no pseudo-header; the checksum field, bytes 2..3, is treated as zero).</summary>
    /// <param name="message">The whole ICMP message: header and data.</param>
    /// <exception cref="ArgumentException">Fewer than 8 bytes.</exception>
    public static ushort IcmpChecksum(ReadOnlySpan<byte> message)
    {
        CheckLength(message, IcmpView.Size, nameof(message));
        return Finish(SumSkipping(message, IcmpChecksumOffset, 0));
    }

    /// <summary>Whether an ICMPv4 message carries a correct checksum.</summary>
    /// <param name="message">The whole ICMP message.</param>
    public static bool VerifyIcmp(ReadOnlySpan<byte> message) => Verify(message);

    /// <summary>Sums <paramref name="data"/> leaving out the 16-bit field at the even offset <paramref name="fieldOffset"/>.</summary>
    private static uint SumSkipping(ReadOnlySpan<byte> data, int fieldOffset, uint partial) =>
        Sum(data.Slice(fieldOffset + 2), Sum(data.Slice(0, fieldOffset), partial));

    private static ulong AddCarry(ulong sum, ulong value)
    {
        ulong result = sum + value;
        return result < value ? result + 1 : result;
    }

    private static ulong Words(ulong value) => (value >> 48) + ((value >> 32) & 0xffff) + ((value >> 16) & 0xffff) + (value & 0xffff);

    private static uint Fold(ulong sum)
    {
        sum = (sum >> 32) + (sum & 0xffffffff);
        sum = (sum >> 32) + (sum & 0xffffffff);
        sum = (sum >> 16) + (sum & 0xffff);
        sum = (sum >> 16) + (sum & 0xffff);
        sum = (sum >> 16) + (sum & 0xffff);
        return (uint)sum;
    }

    private static ushort NonZero(ushort checksum) => checksum == 0 ? (ushort)0xffff : checksum;

    private static void CheckLength(ReadOnlySpan<byte> data, int minimum, string paramName)
    {
        if (data.Length < minimum)
        {
            Wire.ThrowHelper.ThrowArgument("The span is shorter than the header it must hold.", paramName);
        }
    }
}
