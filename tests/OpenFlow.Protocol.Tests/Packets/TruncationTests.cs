using System;
using OpenFlow.Protocol.Packets;
using Xunit;
using static OpenFlow.Protocol.Tests.Packets.PacketSlicerTests;

namespace OpenFlow.Protocol.Tests.Packets;

/// <summary>Every view and every vector, cut at every length: strict reading fails at the right layer, lax slicing keeps what is there.</summary>
public class TruncationTests
{
    [Fact]
    public void EthernetView_EveryShorterLength_FailsTruncated()
    {
        byte[] bytes = PacketVectors.TcpSyn.AsSpan(0, EthernetView.Size).ToArray();
        for (int n = 0; n < bytes.Length; n++)
        {
            Assert.False(EthernetView.TryRead(bytes.AsSpan(0, n), out _, out PacketError e));
            AssertError(e, PacketLayer.Ethernet, PacketErrorReason.Truncated, 14, n, 0);
        }

        Assert.True(EthernetView.TryRead(bytes, out EthernetView view, out _));
        Assert.True(view.Payload.IsEmpty);
    }

    [Fact]
    public void VlanView_EveryShorterLength_FailsTruncated()
    {
        byte[] bytes = PacketVectors.VlanUdp.AsSpan(14, VlanView.Size).ToArray();
        for (int n = 0; n < bytes.Length; n++)
        {
            Assert.False(VlanView.TryRead(bytes.AsSpan(0, n), out _, out PacketError e));
            AssertError(e, PacketLayer.Vlan, PacketErrorReason.Truncated, 4, n, 0);
        }

        Assert.True(VlanView.TryRead(bytes, out _, out _));
    }

    [Fact]
    public void ArpView_EveryShorterLength_FailsTruncated()
    {
        byte[] bytes = PacketVectors.ArpRequest.AsSpan(14, ArpView.Size).ToArray();
        for (int n = 0; n < bytes.Length; n++)
        {
            Assert.False(ArpView.TryRead(bytes.AsSpan(0, n), out _, out PacketError e));
            AssertError(e, PacketLayer.Arp, PacketErrorReason.Truncated, 28, n, 0);
        }

        Assert.True(ArpView.TryRead(bytes, out _, out _));
    }

    [Fact]
    public void Ipv4View_EveryShorterLength_FailsTruncated()
    {
        byte[] bytes = PacketVectors.TcpSyn.AsSpan(14, Ipv4View.MinLength).ToArray();
        bytes[3] = 20; // total length: the header alone
        for (int n = 0; n < bytes.Length; n++)
        {
            Assert.False(Ipv4View.TryRead(bytes.AsSpan(0, n), out _, out PacketError e));
            AssertError(e, PacketLayer.Ipv4, PacketErrorReason.Truncated, 20, n, 0);
        }

        Assert.True(Ipv4View.TryRead(bytes, out Ipv4View view, out _));
        Assert.False(view.IsPayloadTruncated);
    }

    [Fact]
    public void Ipv4View_WithOptions_CutInsideOptionsFailsWithHeaderLength()
    {
        byte[] bytes = [0x47, 0, 0, 28, 0, 0, 0, 0, 64, 6, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0x94, 0x04, 0, 0, 1, 1, 1, 0];
        for (int n = 20; n < bytes.Length; n++)
        {
            Assert.False(Ipv4View.TryRead(bytes.AsSpan(0, n), out _, out PacketError e));
            AssertError(e, PacketLayer.Ipv4, PacketErrorReason.Truncated, 28, n, 0);
        }

        Assert.True(Ipv4View.TryRead(bytes, out Ipv4View view, out _));
        Assert.Equal(8, view.Options.Length);
        Assert.Equal(0x94, view.Options[0]);
        Assert.True(view.Payload.IsEmpty);
    }

    [Fact]
    public void Ipv6View_EveryShorterLength_FailsTruncated()
    {
        byte[] bytes = PacketVectors.Ipv6TcpSyn.AsSpan(14, Ipv6View.Size).ToArray();
        for (int n = 0; n < bytes.Length; n++)
        {
            Assert.False(Ipv6View.TryRead(bytes.AsSpan(0, n), out _, out PacketError e));
            AssertError(e, PacketLayer.Ipv6, PacketErrorReason.Truncated, 40, n, 0);
        }

        Assert.True(Ipv6View.TryRead(bytes, out Ipv6View view, out _));
        Assert.True(view.IsPayloadTruncated);
        Assert.True(view.Payload.IsEmpty);
    }

    [Fact]
    public void TcpView_EveryShorterLength_FailsTruncatedWithTheLengthKnownSoFar()
    {
        byte[] bytes = PacketVectors.TcpSyn.AsSpan(34).ToArray();
        for (int n = 0; n < bytes.Length; n++)
        {
            Assert.False(TcpView.TryRead(bytes.AsSpan(0, n), out _, out PacketError e));
            AssertError(e, PacketLayer.Tcp, PacketErrorReason.Truncated, n < 20 ? 20 : 40, n, 0);
        }

        Assert.True(TcpView.TryRead(bytes, out _, out _));
    }

    [Fact]
    public void UdpView_EveryShorterLength_FailsTruncated()
    {
        byte[] bytes = PacketVectors.UdpDnsQuery.AsSpan(34, UdpView.Size).ToArray();
        for (int n = 0; n < bytes.Length; n++)
        {
            Assert.False(UdpView.TryRead(bytes.AsSpan(0, n), out _, out PacketError e));
            AssertError(e, PacketLayer.Udp, PacketErrorReason.Truncated, 8, n, 0);
        }

        Assert.True(UdpView.TryRead(bytes, out UdpView view, out _));
        Assert.True(view.Payload.IsEmpty); // length field 37 is beyond the 8 bytes held: all that is held
    }

    [Fact]
    public void IcmpView_EveryShorterLength_FailsTruncated()
    {
        byte[] bytes = PacketVectors.IcmpEchoRequest.AsSpan(34, IcmpView.Size).ToArray();
        for (int n = 0; n < bytes.Length; n++)
        {
            Assert.False(IcmpView.TryRead(bytes.AsSpan(0, n), out _, out PacketError e));
            AssertError(e, PacketLayer.Icmp, PacketErrorReason.Truncated, 8, n, 0);
        }

        Assert.True(IcmpView.TryRead(bytes, out _, out _));
    }

    public static TheoryData<string> Frames => new() { "ArpRequest", "TcpSyn", "UdpDnsQuery", "IcmpEchoRequest", "Ipv6TcpSyn", "VlanUdp", "QinQArpRequest" };

    /// <summary>The layers of each vector: (layer, offset, header length) in order, and where its IP packet ends.</summary>
    private static ((PacketLayer Layer, int Offset, int Min, int Length)[] Layers, int IpIndex, int IpEnd) Describe(string name) => name switch
    {
        "ArpRequest" => ([(PacketLayer.Ethernet, 0, 14, 14), (PacketLayer.Arp, 14, 28, 28)], -1, 0),
        "TcpSyn" => ([(PacketLayer.Ethernet, 0, 14, 14), (PacketLayer.Ipv4, 14, 20, 20), (PacketLayer.Tcp, 34, 20, 40)], 1, 74),
        "UdpDnsQuery" => ([(PacketLayer.Ethernet, 0, 14, 14), (PacketLayer.Ipv4, 14, 20, 20), (PacketLayer.Udp, 34, 8, 8)], 1, 71),
        "IcmpEchoRequest" => ([(PacketLayer.Ethernet, 0, 14, 14), (PacketLayer.Ipv4, 14, 20, 20), (PacketLayer.Icmp, 34, 8, 8)], 1, 98),
        "Ipv6TcpSyn" => ([(PacketLayer.Ethernet, 0, 14, 14), (PacketLayer.Ipv6, 14, 40, 40), (PacketLayer.Tcp, 54, 20, 40)], 1, 94),
        "VlanUdp" => ([(PacketLayer.Ethernet, 0, 14, 14), (PacketLayer.Vlan, 14, 4, 4), (PacketLayer.Ipv4, 18, 20, 20), (PacketLayer.Udp, 38, 8, 8)], 2, 51),
        "QinQArpRequest" => ([(PacketLayer.Ethernet, 0, 14, 14), (PacketLayer.Vlan, 14, 4, 4), (PacketLayer.Vlan, 18, 4, 4), (PacketLayer.Arp, 22, 28, 28)], -1, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static byte[] Frame(string name) =>
        (byte[])typeof(PacketVectors).GetField(name)!.GetValue(null)!;

    [Theory]
    [MemberData(nameof(Frames))]
    public void Slice_EveryPrefix_StrictFailsAtTheRightLayerAndLaxKeepsWhatIsThere(string name)
    {
        byte[] frame = Frame(name);
        var (layers, ipIndex, ipEnd) = Describe(name);
        for (int n = 0; n <= frame.Length; n++)
        {
            ReadOnlySpan<byte> cut = frame.AsSpan(0, n);

            // Expected: the first layer whose header is cut short; the IP payload cut short only matters to the strict slicer.
            int whole = 0;
            PacketError expectedStop = default;
            foreach (var l in layers)
            {
                int available = n - l.Offset;
                if (available < l.Length)
                {
                    expectedStop = new PacketError(l.Layer, PacketErrorReason.Truncated, available < l.Min ? l.Min : l.Length, available, l.Offset);
                    break;
                }

                whole++;
            }

            PacketError expectedStrict = expectedStop;
            if (ipIndex >= 0 && whole > ipIndex && n < ipEnd)
            {
                var ip = layers[ipIndex];
                expectedStrict = new PacketError(ip.Layer, PacketErrorReason.PayloadTruncated, ipEnd - ip.Offset, n - ip.Offset, ip.Offset);
            }

            bool ok = PacketSlicer.TrySlice(cut, out SlicedPacket strict, out PacketError error);
            Assert.Equal(!expectedStrict.IsError, ok);
            Assert.Equal(expectedStrict.ToString(), error.ToString());
            if (ok)
            {
                Assert.Equal(PacketSlicer.SliceLax(cut).TransportLayer, strict.TransportLayer);
            }

            SlicedPacket lax = PacketSlicer.SliceLax(cut);
            Assert.Equal(expectedStop.ToString(), lax.Stop.ToString());
            Assert.Equal(whole >= 1, lax.HasEthernet);
            int vlans = 0;
            PacketLayer network = PacketLayer.None, transport = PacketLayer.None;
            for (int i = 0; i < whole; i++)
            {
                switch (layers[i].Layer)
                {
                    case PacketLayer.Vlan: vlans++; break;
                    case PacketLayer.Arp or PacketLayer.Ipv4 or PacketLayer.Ipv6: network = layers[i].Layer; break;
                    case PacketLayer.Tcp or PacketLayer.Udp or PacketLayer.Icmp: transport = layers[i].Layer; break;
                }
            }

            Assert.Equal(vlans, lax.VlanCount);
            Assert.Equal(network, lax.NetworkLayer);
            Assert.Equal(transport, lax.TransportLayer);
            Assert.Equal(ipIndex >= 0 && whole > ipIndex && n < ipEnd, lax.IsIpPayloadTruncated);
            int payloadEnd = ipIndex >= 0 && whole > ipIndex ? Math.Min(n, ipEnd) : n;
            Assert.Equal(payloadEnd, lax.PayloadOffset + lax.Payload.Length);
        }
    }
}
