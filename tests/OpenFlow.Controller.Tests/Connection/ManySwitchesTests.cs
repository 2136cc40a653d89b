using System;
using System.Linq;
using System.Threading.Tasks;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Controller.Tests.Connection;

public class ManySwitchesTests
{
    [Fact]
    public async Task TwoHundredSwitches_ConcurrentHandshakesAndExchanges_NoCrossTalk()
    {
        const int count = 200;
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(o => o.HandshakeTimeout = TimeSpan.FromSeconds(30), app);
        var fakes = new FakeSwitch[count];
        try
        {
            await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
            {
                fakes[i] = await harness.ConnectAsync();
                fakes[i].Timeout = TimeSpan.FromSeconds(30);
                await fakes[i].HandshakeAsync((ulong)(i + 1), portCount: 1 + (i % 4));
            }));
            await ControllerHarness.WaitUntilAsync(() => app.Ready.Count == count, "200 ready", 30_000);
            Assert.Equal(count, harness.Controller.Switches.Count);

            await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
            {
                ulong dpid = (ulong)(i + 1);
                FakeSwitch fake = fakes[i];
                ISwitchConnection sw = app.Ready[dpid];
                Assert.Equal(1 + (i % 4), sw.Ports.Count);

                // Switch -> controller: echo with the datapath id as data.
                byte[] echo = FakeSwitch.Encode(dpid, static (ref OpenFlowWriter w, in ulong d) =>
                    w.WriteEchoRequest(new Xid((uint)d), BitConverter.GetBytes(d)));
                await fake.SendAsync(echo);

                // Controller -> switch: a request the fake answers with a value derived from its id.
                ValueTask<ushort> config = sw.RequestAsync(
                    0,
                    static (ref OpenFlowWriter w, in int _, Xid xid) => w.WriteGetConfigRequest(xid),
                    static reply => SwitchConfigView.Read(reply).MissSendLen);

                bool gotEcho = false;
                bool answered = false;
                while (!gotEcho || !answered)
                {
                    byte[] message = await fake.ReadMessageAsync();
                    switch (FakeSwitch.TypeOf(message))
                    {
                        case OfpType.EchoReply:
                            Assert.Equal((uint)dpid, FakeSwitch.XidOf(message).Value);
                            Assert.Equal(BitConverter.GetBytes(dpid), EchoView.Read(message).Data.ToArray());
                            gotEcho = true;
                            break;
                        case OfpType.GetConfigRequest:
                            await fake.SendAsync(FakeSwitch.Encode((Xid: FakeSwitch.XidOf(message), Value: (ushort)dpid), static (ref OpenFlowWriter w, in (Xid Xid, ushort Value) s) =>
                                w.WriteGetConfigReply(s.Xid, OfpConfigFlags.FragNormal, s.Value)));
                            answered = true;
                            break;
                        default:
                            throw new InvalidOperationException("Unexpected " + FakeSwitch.TypeOf(message));
                    }
                }

                Assert.Equal((ushort)dpid, await config);
            }));
        }
        finally
        {
            foreach (FakeSwitch? fake in fakes)
            {
                if (fake is not null)
                {
                    await fake.DisposeAsync();
                }
            }
        }

        await ControllerHarness.WaitUntilAsync(() => harness.Controller.ConnectionCount == 0, "all released", 10_000);
        Assert.Equal(count, app.Events.Count(e => e.StartsWith("gone", StringComparison.Ordinal)));
    }
}
