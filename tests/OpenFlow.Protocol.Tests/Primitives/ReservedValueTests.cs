using OpenFlow.Protocol.Primitives;
using Xunit;

namespace OpenFlow.Protocol.Tests.Primitives;

public class ReservedValueTests
{
    [Fact]
    public void PortNo_ReservedPorts_HaveTheSpecNames()
    {
        Assert.Equal(0xfffffffdu, PortNo.Controller.Value);
        Assert.Equal("CONTROLLER", PortNo.Controller.ToString());
        Assert.Equal("ANY", PortNo.Any.ToString());
        Assert.Equal("IN_PORT", PortNo.InPort.ToString());
        Assert.Equal("7", new PortNo(7).ToString());
        Assert.True(PortNo.Flood.IsReserved);
        Assert.False(new PortNo(0xffffff00).IsReserved);
    }

    [Fact]
    public void OtherIds_ReservedValues_MatchTheSpec()
    {
        Assert.Equal(0xffffffffu, BufferId.NoBuffer.Value);
        Assert.False(BufferId.NoBuffer.IsBuffered);
        Assert.Equal("NO_BUFFER", BufferId.NoBuffer.ToString());
        Assert.Equal(0xff, TableId.All.Value);
        Assert.Equal(0xfffffffcu, GroupId.All.Value);
        Assert.Equal(0xffffffffu, GroupId.Any.Value);
        Assert.Equal(0xfffffffeu, MeterId.Controller.Value);
        Assert.Equal("000000000000abcd", new DatapathId(0xabcd).ToString());
        Assert.Equal("0x800", new Xid(0x800).ToString());
        Assert.Equal("0x0806", EtherType.Arp.ToString());
    }
}
