using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Messages;
using OpenFlow.Protocol.Wire;
using Xunit;

namespace OpenFlow.Protocol.Tests.Multipart;

public class FlowStatsRoundTripProperties
{
    private static readonly Gen<FlowStatsFields> FieldsGen =
        from n in Gen.ArrayOf(Generators.UInt32, 8)
        from c in Gen.ArrayOf(Generators.UInt64, 3)
        select new FlowStatsFields
        {
            TableId = new TableId((byte)n[0]),
            DurationSec = n[1],
            DurationNsec = n[2],
            Priority = (ushort)n[3],
            IdleTimeout = (ushort)n[4],
            HardTimeout = (ushort)n[5],
            Flags = (OfpFlowModFlags)(ushort)n[6],
            Cookie = new Cookie(c[0]),
            PacketCount = c[1],
            ByteCount = c[2],
        };

    [Property]
    public void StatsRequests_RandomFields_RoundTrip(uint xid, byte table, uint outPort, uint outGroup, ulong cookie, ulong cookieMask, uint inPort, bool aggregate)
    {
        OxmSpec[] match = [new OxmSpec(OxmField.InPort, inPort)];
        byte[] message = Build.Message((ref OpenFlowWriter w) => aggregate
            ? w.WriteAggregateStatsRequest(new Xid(xid), new TableId(table), new PortNo(outPort), new GroupId(outGroup), new Cookie(cookie), new Cookie(cookieMask), match)
            : w.WriteFlowStatsRequest(new Xid(xid), new TableId(table), new PortNo(outPort), new GroupId(outGroup), new Cookie(cookie), new Cookie(cookieMask), match));

        MultipartRequestView request = MultipartRequestView.Read(message);
        if (aggregate)
        {
            FlowStatsRequestView b = request.ReadAggregateStatsRequest();
            Check(b.TableId, b.OutPort, b.OutGroup, b.Cookie, b.CookieMask, b.Match);
        }
        else
        {
            FlowStatsRequestView b = request.ReadFlowStatsRequest();
            Check(b.TableId, b.OutPort, b.OutGroup, b.Cookie, b.CookieMask, b.Match);
        }

        void Check(TableId t, PortNo p, GroupId g, Cookie c, Cookie m, MatchView mv)
        {
            Assert.Equal(new TableId(table), t);
            Assert.Equal(new PortNo(outPort), p);
            Assert.Equal(new GroupId(outGroup), g);
            Assert.Equal(new Cookie(cookie), c);
            Assert.Equal(new Cookie(cookieMask), m);
            Assert.True(mv.TryGet(OxmField.InPort, out OxmView port));
            Assert.Equal(inPort, port.AsUInt32());
        }
    }

    [Property]
    public Property FlowStatsReply_RandomEntries_RoundTrip()
    {
        Gen<(FlowStatsFields Fields, uint Port)[]> entries =
            Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(FieldsGen.Zip(Generators.UInt32), n));

        return Prop.ForAll(entries.ToArbitrary(), list =>
        {
            byte[] message = Build.Message((ref OpenFlowWriter w) =>
            {
                LengthSlot reply = w.BeginMultipartReply(new Xid(9), OfpMultipartType.Flow, OfpMultipartReplyFlags.ReplyMore);
                foreach ((FlowStatsFields fields, uint port) in list)
                {
                    LengthSlot slot = w.BeginFlowStats(in fields);
                    LengthSlot match = w.BeginMatch();
                    w.WriteOxm(OxmField.InPort, port);
                    w.EndMatch(match);
                    LengthSlot apply = w.BeginApplyActionsInstruction();
                    w.WriteOutputAction(new PortNo(port));
                    w.EndActionsInstruction(apply);
                    w.EndFlowStats(slot);
                }

                return w.EndMessage(reply);
            });

            var read = new List<(FlowStatsFields, uint)>();
            MultipartReplyView r = MultipartReplyView.Read(message);
            Assert.True(r.More);
            foreach (FlowStatsView entry in r.GetFlowStats())
            {
                Assert.True(entry.Match.TryGet(OxmField.InPort, out OxmView port));
                foreach (InstructionView instruction in entry.Instructions)
                {
                    foreach (ActionView action in instruction.Actions)
                    {
                        Assert.Equal(port.AsUInt32(), action.Port.Value);
                    }
                }

                read.Add((entry.Fields, port.AsUInt32()));
            }

            Assert.Equal(list, read);
        });
    }

    [Property]
    public void AggregateReply_RandomFields_RoundTrip(uint xid, ulong packets, ulong bytes, uint flows)
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) => w.WriteAggregateStatsReply(new Xid(xid), packets, bytes, flows));
        AggregateStatsReplyView v = MultipartReplyView.Read(message).ReadAggregateStats();
        Assert.Equal(packets, v.PacketCount);
        Assert.Equal(bytes, v.ByteCount);
        Assert.Equal(flows, v.FlowCount);
    }
}
