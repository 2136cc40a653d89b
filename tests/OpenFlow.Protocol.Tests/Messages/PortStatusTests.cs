using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using System;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

public class PortStatusTests
{
    internal const string Eth0PortHex = """
        00000001             # desc.port_no = 1
        00000000             # desc.pad
        ffffffffffff         # desc.hw_addr = ff:ff:ff:ff:ff:ff
        0000                 # desc.pad2
        65746830 00000000 00000000 00000000 # desc.name = "eth0"
        00000000             # desc.config = 0
        00000004             # desc.state = OFPPS_LIVE
        00002808             # desc.curr = 100MB_FD | COPPER | AUTONEG
        00002808             # desc.advertised
        00002808             # desc.supported
        00002808             # desc.peer
        0000c350             # desc.curr_speed = 50000 kbps
        000186a0             # desc.max_speed = 100000 kbps
        """;

    internal static readonly PortSpec Eth0 = new()
    {
        PortNo = new PortNo(1),
        HwAddr = MacAddress.Broadcast,
        Name = "eth0",
        State = OfpPortState.Live,
        Curr = Features,
        Advertised = Features,
        Supported = Features,
        Peer = Features,
        CurrSpeed = 50000,
        MaxSpeed = 100000,
    };

    private const OfpPortFeatures Features = OfpPortFeatures.Rate100MbFd | OfpPortFeatures.Copper | OfpPortFeatures.Autoneg;

    private static readonly byte[] PortStatus = Hex.Parse("""
        04 0c 0050 00000000  # ofp_header: OFPT_PORT_STATUS, length 80
        02                   # reason = OFPPR_MODIFY
        00000000000000       # pad
        """ + "\n" + Eth0PortHex);

    [Fact]
    public void WritePortStatus_MatchesSpecVector()
    {
        Build.AssertBytes(PortStatus, Build.Message((ref OpenFlowWriter w) => w.WritePortStatus(new Xid(0), OfpPortReason.Modify, in Eth0)));
    }

    [Fact]
    public void ReadPortStatus_ExposesEveryPortField()
    {
        PortStatusView status = PortStatusView.Read(PortStatus);
        Assert.Equal(OfpPortReason.Modify, status.Reason);
        PortView port = status.Desc;
        Assert.Equal(16, port.Offset);
        Assert.Equal(new PortNo(1), port.PortNo);
        Assert.Equal(MacAddress.Broadcast, port.HwAddr);
        Assert.Equal("eth0"u8.ToArray(), port.NameBytes.ToArray());
        Assert.Equal("eth0", port.GetName());
        Assert.Equal(OfpPortConfig.None, port.Config);
        Assert.Equal(OfpPortState.Live, port.State);
        Assert.Equal(Features, port.Curr);
        Assert.Equal(Features, port.Advertised);
        Assert.Equal(Features, port.Supported);
        Assert.Equal(Features, port.Peer);
        Assert.Equal(50000u, port.CurrSpeed);
        Assert.Equal(100000u, port.MaxSpeed);
        Assert.Equal(Eth0, port.ToSpec());
    }

    [Fact]
    public void ReadThenRewrite_PortStatus_SameBytes()
    {
        Build.AssertBytes(PortStatus, Build.Message((ref OpenFlowWriter w) =>
        {
            PortStatusView v = PortStatusView.Read(PortStatus);
            return w.WritePortStatus(v.Xid, v.Reason, v.Desc);
        }));
    }

    [Fact]
    public void PortName_SixteenBytesWithoutTerminator_KeptWholeOnReadAndRewrite()
    {
        byte[] message = (byte[])PortStatus.Clone();
        for (int i = 0; i < 16; i++)
        {
            message[32 + i] = (byte)('a' + i);
        }

        PortStatusView view = PortStatusView.Read(message);
        Assert.Equal(16, view.Desc.NameBytes.Length);
        Assert.Equal("abcdefghijklmnop", view.Desc.GetName());
        Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
        {
            PortStatusView v = PortStatusView.Read(message);
            return w.WritePortStatus(v.Xid, v.Reason, v.Desc);
        }));
    }

    [Fact]
    public void WritePort_LongOrNonAsciiName_CutTo15AndReplaced()
    {
        PortSpec spec = Eth0 with { Name = "é-very-long-port-name" };
        byte[] written = Build.Message((ref OpenFlowWriter w) => w.WritePortStatus(new Xid(0), OfpPortReason.Add, in spec));
        PortView port = PortStatusView.Read(written).Desc;
        Assert.Equal("?-very-long-por", port.GetName());
        Assert.Equal(0, written[32 + 15]);
    }

    [Fact]
    public void ReadPortStatus_NonAsciiName_GetNameReplacesBytes()
    {
        byte[] message = (byte[])PortStatus.Clone();
        message[32] = 0xe7;
        Assert.Equal("?th0", PortStatusView.Read(message).Desc.GetName());
    }

    [Theory]
    [InlineData(79)]
    [InlineData(81)]
    public void ReadPortStatus_NotExactly80_ThrowsBadLen(int length)
    {
        byte[] message = new byte[length];
        PortStatus.AsSpan(0, System.Math.Min(length, 80)).CopyTo(message);
        message[2] = 0;
        message[3] = (byte)length;
        Build.AssertFormatError(() => PortStatusView.Read(message), "header.length", 2);
    }
}
