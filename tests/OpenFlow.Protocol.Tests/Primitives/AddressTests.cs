using System;
using OpenFlow.Protocol.Primitives;
using Xunit;

namespace OpenFlow.Protocol.Tests.Primitives;

public class AddressTests
{
    [Theory]
    [InlineData("f2:0b:a4:7d:f8:ea", 0xf20ba47df8eaUL)]
    [InlineData("FF-FF-FF-FF-FF-FF", 0xffffffffffffUL)]
    [InlineData("00:00:00:00:00:00", 0UL)]
    public void MacAddress_Parse_ReadsEveryOctet(string text, ulong value)
    {
        Assert.Equal(value, MacAddress.Parse(text).Value);
    }

    [Theory]
    [InlineData("f2:0b:a4:7d:f8")]
    [InlineData("f2:0b:a4:7d:f8:eg")]
    [InlineData("f2:0b:a4:7d:f8:ea:")]
    [InlineData("f20ba47df8ea")]
    public void MacAddress_TryParse_Malformed_ReturnsFalse(string text)
    {
        Assert.False(MacAddress.TryParse(text.AsSpan(), out _));
    }

    [Fact]
    public void MacAddress_ReadWriteToString_RoundTrip()
    {
        byte[] wire = [0xf2, 0x0b, 0xa4, 0x7d, 0xf8, 0xea];
        var mac = MacAddress.Read(wire);
        byte[] written = new byte[6];
        mac.Write(written);

        Assert.Equal("f2:0b:a4:7d:f8:ea", mac.ToString());
        Assert.Equal(wire, written);
        Assert.False(mac.IsMulticast);
        Assert.True(MacAddress.Broadcast.IsMulticast);
    }

    [Fact]
    public void MacAddress_ValueWiderThan48Bits_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MacAddress(1UL << 48));
    }

    [Theory]
    [InlineData("10.10.10.1", 0x0a0a0a01u)]
    [InlineData("255.255.255.255", 0xffffffffu)]
    [InlineData("0.0.0.0", 0u)]
    public void Ipv4Address_ParseAndFormat_RoundTrip(string text, uint value)
    {
        var address = Ipv4Address.Parse(text);
        Assert.Equal(value, address.Value);
        Assert.Equal(text, address.ToString());
    }

    [Theory]
    [InlineData("10.10.10")]
    [InlineData("10.10.10.256")]
    [InlineData("10.10.10.1.")]
    [InlineData("10..10.1")]
    [InlineData("1000.1.1.1")]
    [InlineData("")]
    public void Ipv4Address_TryParse_Malformed_ReturnsFalse(string text)
    {
        Assert.False(Ipv4Address.TryParse(text.AsSpan(), out _));
    }

    [Fact]
    public void Ipv6Address_ParseReadWrite_RoundTrip()
    {
        var address = Ipv6Address.Parse("2001:db8::1");
        byte[] wire = new byte[16];
        address.Write(wire);

        Assert.Equal(0x20010db800000000UL, address.High);
        Assert.Equal(1UL, address.Low);
        Assert.Equal(address, Ipv6Address.Read(wire));
        Assert.Equal("2001:db8::1", address.ToString());
        Assert.False(Ipv6Address.TryParse("10.0.0.1", out _));
    }
}
