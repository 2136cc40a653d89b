using OpenFlow.Balancing.Diagnostics;
using OpenFlow.Controller.Diagnostics;
using OpenFlow.Protocol.Primitives;
using Xunit;

namespace OpenFlow.Balancers.Tests.Unit;

public class ControllerPacketInCounterTests
{
    [Fact]
    public void Total_OneRuntime_CountsItsPacketInsOnly()
    {
        using var metrics = new ControllerMetrics();
        using var other = new ControllerMetrics();
        using var counter = new ControllerPacketInCounter(metrics);

        metrics.PacketIn();
        metrics.PacketIn();
        metrics.PacketIn();
        other.PacketIn();                    // another runtime in the process
        metrics.MessageIn(OfpType.PacketIn); // another instrument of the same runtime

        Assert.Equal(3, counter.Total);
    }

    [Fact]
    public void Total_EveryRuntime_CountsRuntimesCreatedBeforeAndAfterIt()
    {
        // Tests run in parallel and may count PacketIns too: only a lower bound is certain here.
        using var before = new ControllerMetrics();
        using var counter = new ControllerPacketInCounter();
        using var after = new ControllerMetrics();

        before.PacketIn();
        after.PacketIn();
        after.PacketIn();

        Assert.True(counter.Total >= 3, $"counted {counter.Total}");
    }

    [Fact]
    public void Total_BeforeAnyPacketIn_Zero()
    {
        using var metrics = new ControllerMetrics();
        using var counter = new ControllerPacketInCounter(metrics);

        metrics.MessageIn(OfpType.EchoRequest);

        Assert.Equal(0, counter.Total);
    }

    [Fact]
    public void Dispose_StopsCountingAndKeepsTheTotal()
    {
        using var metrics = new ControllerMetrics();
        var counter = new ControllerPacketInCounter(metrics);
        metrics.PacketIn();

        counter.Dispose();
        metrics.PacketIn();

        Assert.Equal(1, counter.Total);
    }
}
