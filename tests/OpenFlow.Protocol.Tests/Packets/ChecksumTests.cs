using System;
using System.Buffers.Binary;
using FsCheck.Xunit;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Packets;

public class ChecksumTests
{
    /// <summary>The plain RFC 1071 sum, word by word, as the oracle.</summary>
    private static uint NaiveSum(ReadOnlySpan<byte> data)
    {
        ulong sum = 0;
        for (int i = 0; i < data.Length; i += 2)
        {
            sum += (uint)(data[i] << 8) | (i + 1 < data.Length ? data[i + 1] : 0u);
        }

        while (sum >> 16 != 0)
        {
            sum = (sum & 0xffff) + (sum >> 16);
        }

        return (uint)sum;
    }

    [Fact]
    public void Sum_Rfc1071Example_IsDdf2()
    {
        // RFC 1071 section 3: 00 01 f2 03 f4 f5 f6 f7 sums to 0xddf2; the checksum is its complement.
        byte[] data = Hex.Parse("00 01 f2 03 f4 f5 f6 f7");
        Assert.Equal(0xddf2u, Checksums.Sum(data));
        Assert.Equal(0x220d, Checksums.Compute(data));
    }

    [Property(MaxTest = 300)]
    public bool Sum_RandomData_MatchesWordByWordSum(byte[] data) => Checksums.Sum(data) == NaiveSum(data) || (data.Length > 0 && Checksums.Sum(data) == 0xffff && NaiveSum(data) == 0);

    [Property(MaxTest = 300)]
    public bool Combine_AnySplit_EqualsSumOfTheWhole(byte[] data, byte splitSeed)
    {
        int split = data.Length == 0 ? 0 : splitSeed % (data.Length + 1);
        uint first = Checksums.Sum(data.AsSpan(0, split));
        uint second = Checksums.Sum(data.AsSpan(split));
        return Checksums.Finish(Checksums.Combine(first, second, split)) == Checksums.Compute(data);
    }

    [Property(MaxTest = 300)]
    public bool Sum_WithPartial_ContinuesAnEvenPrefix(byte[] data, byte splitSeed)
    {
        int split = data.Length == 0 ? 0 : (splitSeed % (data.Length + 1)) & ~1;
        return Checksums.Finish(Checksums.Sum(data.AsSpan(split), Checksums.Sum(data.AsSpan(0, split)))) == Checksums.Compute(data);
    }

    [Property(MaxTest = 300)]
    public bool Update_OneWordChanged_MatchesRecomputing(byte[] seed, ushort newWord, byte positionSeed)
    {
        byte[] data = new byte[Math.Max(4, seed.Length & ~1)];
        seed.AsSpan(0, Math.Min(seed.Length, data.Length)).CopyTo(data);
        data[0] |= 1; // not all zero: one's complement has one zero then
        int position = (positionSeed % (data.Length / 2)) * 2;
        ushort before = Checksums.Compute(data);
        ushort oldWord = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(position));
        BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(position), newWord);
        ushort after = Checksums.Compute(data);
        ushort updated = Checksums.Update(before, oldWord, newWord);
        return updated == after || (updated ^ after) == 0xffff && (updated == 0 || after == 0);
    }

    [Property(MaxTest = 300)]
    public bool Update_AddressChanged_MatchesRecomputing(uint oldAddress, uint newAddress, uint other)
    {
        Span<byte> data = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(data, oldAddress);
        BinaryPrimitives.WriteUInt32BigEndian(data.Slice(4), other | 1);
        ushort before = Checksums.Compute(data);
        BinaryPrimitives.WriteUInt32BigEndian(data, newAddress);
        ushort after = Checksums.Compute(data);
        ushort updated = Checksums.Update(before, oldAddress, newAddress);
        return updated == after || (updated ^ after) == 0xffff && (updated == 0 || after == 0);
    }

    [Theory]
    [InlineData("TcpSyn", 14, 0x0a11)]
    [InlineData("UdpDnsQuery", 14, 0x306a)]
    [InlineData("IcmpEchoRequest", 14, 0x8491)]
    [InlineData("VlanUdp", 18, 0x30b7)]
    public void Ipv4HeaderChecksum_CapturedFrame_MatchesTheBytes(string name, int offset, int expected)
    {
        byte[] frame = (byte[])typeof(PacketVectors).GetField(name)!.GetValue(null)!;
        ReadOnlySpan<byte> header = frame.AsSpan(offset, 20);
        Assert.Equal(expected, Checksums.Ipv4HeaderChecksum(header));
        Assert.True(Checksums.VerifyIpv4Header(header));

        byte[] copy = header.ToArray();
        ushort oldWord = BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(8));
        copy[8]--; // ttl, as a router forwarding it
        ushort newWord = BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(8));
        Assert.False(Checksums.VerifyIpv4Header(copy));
        Checksums.WriteIpv4HeaderChecksum(copy);
        Assert.True(Checksums.VerifyIpv4Header(copy));
        Assert.Equal(BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(10)), Checksums.Update((ushort)expected, oldWord, newWord));
    }

    [Fact]
    public void TcpChecksum_Ipv4Syn_MatchesTheBytes()
    {
        Assert.True(PacketSlicer.TrySlice(PacketVectors.TcpSyn, out SlicedPacket p, out _));
        ReadOnlySpan<byte> segment = p.Ipv4.Payload;
        Assert.Equal(0x80a2, Checksums.TcpChecksum(p.Ipv4.Source, p.Ipv4.Destination, segment));
        Assert.True(Checksums.VerifyTcp(p.Ipv4.Source, p.Ipv4.Destination, segment));
        Assert.False(Checksums.VerifyTcp(p.Ipv4.Source, new Ipv4Address(p.Ipv4.Destination.Value + 1), segment));
    }

    [Fact]
    public void TcpChecksum_Ipv6Syn_MatchesTheBytes()
    {
        Assert.True(PacketSlicer.TrySlice(PacketVectors.Ipv6TcpSyn, out SlicedPacket p, out _));
        ReadOnlySpan<byte> segment = p.Ipv6.Payload;
        Assert.Equal(0xdc34, Checksums.TcpChecksum(p.Ipv6.Source, p.Ipv6.Destination, segment));
        Assert.True(Checksums.VerifyTcp(p.Ipv6.Source, p.Ipv6.Destination, segment));
        Assert.False(Checksums.VerifyTcp(p.Ipv6.Destination, p.Ipv6.Destination, segment));
    }

    [Theory]
    [InlineData("UdpDnsQuery", 0x87f7)]
    [InlineData("VlanUdp", 0xc2dc)]
    public void UdpChecksum_CapturedFrame_MatchesTheBytes(string name, int expected)
    {
        byte[] frame = (byte[])typeof(PacketVectors).GetField(name)!.GetValue(null)!;
        Assert.True(PacketSlicer.TrySlice(frame, out SlicedPacket p, out _));
        ReadOnlySpan<byte> datagram = p.Ipv4.Payload;
        Assert.Equal(expected, Checksums.UdpChecksum(p.Ipv4.Source, p.Ipv4.Destination, datagram));
        Assert.True(Checksums.VerifyUdp(p.Ipv4.Source, p.Ipv4.Destination, datagram));

        byte[] noChecksum = datagram.ToArray();
        noChecksum[6] = noChecksum[7] = 0;
        Assert.True(Checksums.VerifyUdp(p.Ipv4.Source, p.Ipv4.Destination, noChecksum)); // zero: none computed (IPv4 only)
        noChecksum[9] ^= 1;
        Assert.True(Checksums.VerifyUdp(p.Ipv4.Source, p.Ipv4.Destination, noChecksum));
        Assert.False(Checksums.VerifyUdp(Ipv6Address.Any, Ipv6Address.Any, noChecksum));
    }

    [Fact]
    public void IcmpChecksum_EchoRequest_MatchesTheBytes()
    {
        Assert.True(PacketSlicer.TrySlice(PacketVectors.IcmpEchoRequest, out SlicedPacket p, out _));
        ReadOnlySpan<byte> message = p.Ipv4.Payload;
        Assert.Equal(0xcaa8, Checksums.IcmpChecksum(message));
        Assert.True(Checksums.VerifyIcmp(message));
        byte[] corrupt = message.ToArray();
        corrupt[20] ^= 0x40;
        Assert.False(Checksums.VerifyIcmp(corrupt));
    }

    [Fact]
    public void UdpChecksum_ComputedZero_IsSentAsFfff()
    {
        // A datagram whose sum makes the checksum 0: find one by choosing the last data word.
        var src = new Ipv4Address(0x0a000001);
        var dst = new Ipv4Address(0x0a000002);
        byte[] datagram = [0x12, 0x34, 0x00, 0x35, 0x00, 0x0a, 0x00, 0x00, 0x00, 0x00];
        ushort checksum = Checksums.UdpChecksum(src, dst, datagram);
        BinaryPrimitives.WriteUInt16BigEndian(datagram.AsSpan(8), checksum); // data word equal to the checksum makes the new sum 0xffff
        Assert.Equal(0xffff, Checksums.UdpChecksum(src, dst, datagram));
    }

    [Fact]
    public void Ipv4HeaderChecksum_ShortSpan_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Checksums.Ipv4HeaderChecksum(new byte[19]));
        Assert.Throws<ArgumentException>(() => Checksums.TcpChecksum(Ipv4Address.Any, Ipv4Address.Any, new byte[19]));
        Assert.Throws<ArgumentException>(() => Checksums.UdpChecksum(Ipv4Address.Any, Ipv4Address.Any, new byte[7]));
        Assert.Throws<ArgumentException>(() => Checksums.IcmpChecksum(new byte[7]));
    }
}
