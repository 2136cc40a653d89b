using System;
using System.Collections.Generic;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Messages;
using OpenFlow.Protocol.Wire;
using Xunit;

namespace OpenFlow.Protocol.Tests.Multipart;

public class FlowStatsTests
{
    internal static readonly FlowStatsFields First = new()
    {
        TableId = new TableId(0),
        DurationSec = 358,
        DurationNsec = 115264832,
        Priority = 65534,
        Flags = OfpFlowModFlags.SendFlowRem,
        Cookie = new Cookie(7),
        PacketCount = 5,
        ByteCount = 320,
    };

    private static readonly OxmSpec[] EthTypeIpv4 = [new OxmSpec(OxmField.EthType, 0x0800)];

    internal static readonly FlowStatsFields Second = new() { TableId = new TableId(1), DurationSec = 1, DurationNsec = 2 };

    [Fact]
    public void WriteFlowStatsRequest_MatchesSpecVector()
    {
        Build.AssertBytes(Phase2Vectors.FlowStatsRequest, Build.Message((ref OpenFlowWriter w) =>
            w.WriteFlowStatsRequest(new Xid(20), TableId.All, PortNo.Any, GroupId.Any, new Cookie(0), new Cookie(0), [])));
    }

    [Fact]
    public void ReadFlowStatsRequest_ExposesFieldsAndRewrites()
    {
        MultipartRequestView request = MultipartRequestView.Read(Phase2Vectors.FlowStatsRequest);
        Assert.Equal(OfpMultipartType.Flow, request.Type);
        FlowStatsRequestView body = request.ReadFlowStatsRequest();
        Assert.Equal(TableId.All, body.TableId);
        Assert.Equal(PortNo.Any, body.OutPort);
        Assert.Equal(GroupId.Any, body.OutGroup);
        Assert.Equal(new Cookie(0), body.Cookie);
        Assert.Equal(new Cookie(0), body.CookieMask);
        Assert.True(body.Match.IsEmpty);
        Assert.Equal(48, body.Match.Offset);

        Build.AssertBytes(Phase2Vectors.FlowStatsRequest, Build.Message((ref OpenFlowWriter w) =>
        {
            MultipartRequestView r = MultipartRequestView.Read(Phase2Vectors.FlowStatsRequest);
            FlowStatsRequestView b = r.ReadFlowStatsRequest();
            LengthSlot slot = w.BeginFlowStatsRequest(r.Xid, b.TableId, b.OutPort, b.OutGroup, b.Cookie, b.CookieMask, r.Flags);
            Copy.Match(ref w, b.Match);
            return w.EndMessage(slot);
        }));
    }

    [Fact]
    public void WriteAggregateStatsRequest_MatchesSpecVector()
    {
        Build.AssertBytes(Phase2Vectors.AggregateStatsRequest, Build.Message((ref OpenFlowWriter w) =>
            w.WriteAggregateStatsRequest(new Xid(21), new TableId(3), new PortNo(2), GroupId.Any, new Cookie(0x1000), new Cookie(0xf000), [new OxmSpec(OxmField.EthType, 0x0806)])));
    }

    [Fact]
    public void ReadAggregateStatsRequest_ExposesFieldsAndRewrites()
    {
        FlowStatsRequestView body = MultipartRequestView.Read(Phase2Vectors.AggregateStatsRequest).ReadAggregateStatsRequest();
        Assert.Equal(new TableId(3), body.TableId);
        Assert.Equal(new PortNo(2), body.OutPort);
        Assert.Equal(GroupId.Any, body.OutGroup);
        Assert.Equal(new Cookie(0x1000), body.Cookie);
        Assert.Equal(new Cookie(0xf000), body.CookieMask);
        Assert.True(body.Match.TryGet(OxmField.EthType, out OxmView ethType));
        Assert.Equal(0x0806, ethType.AsUInt16());

        Build.AssertBytes(Phase2Vectors.AggregateStatsRequest, Build.Message((ref OpenFlowWriter w) =>
        {
            MultipartRequestView r = MultipartRequestView.Read(Phase2Vectors.AggregateStatsRequest);
            FlowStatsRequestView b = r.ReadAggregateStatsRequest();
            LengthSlot slot = w.BeginAggregateStatsRequest(r.Xid, b.TableId, b.OutPort, b.OutGroup, b.Cookie, b.CookieMask, r.Flags);
            Copy.Match(ref w, b.Match);
            return w.EndMessage(slot);
        }));
    }

    [Fact]
    public void ReadFlowStatsRequest_WrongType_ThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() => MultipartRequestView.Read(Phase2Vectors.FlowStatsRequest).ReadAggregateStatsRequest());
        Assert.Throws<InvalidOperationException>(() => MultipartRequestView.Read(Phase2Vectors.AggregateStatsRequest).ReadFlowStatsRequest());
    }

    [Theory]
    [InlineData(39)]
    [InlineData(48)]
    public void ReadFlowStatsRequest_BodyLengthWrong_ThrowsBadLen(int bodyLength)
    {
        byte[] body = new byte[bodyLength];
        Phase2Vectors.FlowStatsRequest.AsSpan(16, Math.Min(40, bodyLength)).CopyTo(body);
        byte[] message = Build.Message((ref OpenFlowWriter w) => w.WriteMultipartRequest(new Xid(1), OfpMultipartType.Flow, OfpMultipartRequestFlags.None, body));
        var ex = Assert.Throws<OpenFlowFormatException>(() => MultipartRequestView.Read(message).ReadFlowStatsRequest());
        Assert.Equal((ushort)OfpBadRequestCode.BadLen, ex.ErrorCode);
    }

    [Fact]
    public void WriteFlowStatsReply_MatchesSpecVector()
    {
        Build.AssertBytes(Phase2Vectors.FlowStatsReply, Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot reply = w.BeginMultipartReply(new Xid(20), OfpMultipartType.Flow);
            LengthSlot first = w.BeginFlowStats(in First);
            w.WriteMatch(EthTypeIpv4); // an array: the match helper's WriteMatch does not take its span scoped
            LengthSlot apply = w.BeginApplyActionsInstruction();
            w.WriteOutputAction(PortNo.Normal, 0);
            w.EndActionsInstruction(apply);
            Assert.Equal(88, w.EndFlowStats(first));
            LengthSlot second = w.BeginFlowStats(in Second);
            w.WriteMatch([]);
            Assert.Equal(56, w.EndFlowStats(second));
            return w.EndMessage(reply);
        }));
    }

    [Fact]
    public void ReadFlowStatsReply_EnumeratesEntries()
    {
        MultipartReplyView reply = MultipartReplyView.Read(Phase2Vectors.FlowStatsReply);
        var fields = new List<FlowStatsFields>();
        var offsets = new List<int>();
        int actions = 0;
        foreach (FlowStatsView entry in reply.GetFlowStats())
        {
            fields.Add(entry.Fields);
            offsets.Add(entry.Offset);
            foreach (InstructionView instruction in entry.Instructions)
            {
                Assert.Equal(OfpInstructionType.ApplyActions, instruction.Type);
                Assert.Equal(80, instruction.Offset);
                foreach (ActionView action in instruction.Actions)
                {
                    Assert.Equal(PortNo.Normal, action.Port);
                    Assert.Equal(0, action.MaxLength);
                    actions++;
                }
            }
        }

        Assert.Equal([First, Second], fields);
        Assert.Equal([16, 104], offsets);
        Assert.Equal(1, actions);
    }

    [Fact]
    public void ReadThenRewrite_FlowStatsReply_SameBytes()
    {
        Build.AssertBytes(Phase2Vectors.FlowStatsReply, Build.Message((ref OpenFlowWriter w) =>
        {
            MultipartReplyView r = MultipartReplyView.Read(Phase2Vectors.FlowStatsReply);
            LengthSlot reply = w.BeginMultipartReply(r.Xid, r.Type, r.Flags);
            foreach (FlowStatsView entry in r.GetFlowStats())
            {
                FlowStatsFields fields = entry.Fields;
                LengthSlot slot = w.BeginFlowStats(in fields);
                Copy.Match(ref w, entry.Match);
                w.WriteBytes(entry.Instructions.Bytes);
                w.EndFlowStats(slot);
            }

            return w.EndMessage(reply);
        }));
    }

    [Theory]
    [InlineData(0x00, 0x00, "body.flow_stats[0].length")]
    [InlineData(0x00, 0x5c, "body.flow_stats[0].length")]
    [InlineData(0x00, 0x30, "body.flow_stats[0].length")]
    [InlineData(0x01, 0x00, "body.flow_stats[0].length")]
    public void Enumerate_EntryLengthBad_ThrowsWithIndexedField(byte high, byte low, string field)
    {
        byte[] message = (byte[])Phase2Vectors.FlowStatsReply.Clone();
        message[16] = high;
        message[17] = low;
        Build.AssertFormatError(() => WalkFlowStats(message), field, 16);
    }

    [Fact]
    public void Enumerate_SecondEntryTruncated_ThrowsAtSecondEntry()
    {
        byte[] message = Phase2Vectors.FlowStatsReply.AsSpan(0, 150).ToArray();
        message[3] = 150;
        Build.AssertFormatError(() => WalkFlowStats(message), "body.flow_stats[1].length", 104);
    }

    [Fact]
    public void Enumerate_MatchLengthBad_ThrowsBadMatch()
    {
        byte[] message = (byte[])Phase2Vectors.FlowStatsReply.Clone();
        message[16 + 48 + 3] = 0x30;
        var ex = Assert.Throws<OpenFlowFormatException>(() => WalkFlowStats(message));
        Assert.Equal(OfpErrorType.BadMatch, ex.ErrorType);
        Assert.Equal(66, ex.Offset);
    }

    [Fact]
    public void EndFlowStats_WithoutMatch_ThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() =>
        {
            var w = new OpenFlowWriter(new byte[128]);
            LengthSlot slot = w.BeginFlowStats(in First);
            w.EndFlowStats(slot);
        });
    }

    [Fact]
    public void WriteAggregateStatsReply_MatchesSpecVectorAndReads()
    {
        Build.AssertBytes(Phase2Vectors.AggregateStatsReply, Build.Message((ref OpenFlowWriter w) => w.WriteAggregateStatsReply(new Xid(21), 100, 6400, 3)));
        AggregateStatsReplyView body = MultipartReplyView.Read(Phase2Vectors.AggregateStatsReply).ReadAggregateStats();
        Assert.Equal(100UL, body.PacketCount);
        Assert.Equal(6400UL, body.ByteCount);
        Assert.Equal(3u, body.FlowCount);
    }

    [Fact]
    public void ReadAggregateStats_BodyNot24_ThrowsBadLen()
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) => w.WriteMultipartReply(new Xid(1), OfpMultipartType.Aggregate, OfpMultipartReplyFlags.None, new byte[16]));
        Build.AssertFormatError(() => MultipartReplyView.Read(message).ReadAggregateStats(), "body", 16);
    }

    private static void WalkFlowStats(byte[] message)
    {
        foreach (FlowStatsView entry in MultipartReplyView.Read(message).GetFlowStats())
        {
            _ = entry.Priority;
        }
    }
}
