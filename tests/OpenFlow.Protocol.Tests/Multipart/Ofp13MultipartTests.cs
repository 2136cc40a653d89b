using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Messages;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Multipart;

/// <summary>Spec vectors of the statistics multiparts: build == bytes, read == values, read-then-rewrite == bytes, malformed entries.</summary>
public class StatsMultipartTests
{
    internal static readonly PortStatsSpec PortStats = new()
    {
        PortNo = new PortNo(7), RxPackets = 1, TxPackets = 2, RxBytes = 3, TxBytes = 4, RxDropped = 5, TxDropped = 6, RxErrors = 7, TxErrors = 8,
        RxFrameErr = 9, RxOverErr = 10, RxCrcErr = 11, Collisions = 12, DurationSec = 13, DurationNsec = 14,
    };

    [Fact]
    public void WriteRequests_MatchSpecVectors()
    {
        Build.AssertBytes(Ofp13MultipartVectors.TableStatsRequest, Build.Message((ref OpenFlowWriter w) => w.WriteTableStatsRequest(new Xid(8))));
        Build.AssertBytes(Ofp13MultipartVectors.PortStatsRequest, Build.Message((ref OpenFlowWriter w) => w.WritePortStatsRequest(new Xid(9), PortNo.Any, OfpMultipartRequestFlags.ReqMore)));
        Build.AssertBytes(Ofp13MultipartVectors.QueueStatsRequest, Build.Message((ref OpenFlowWriter w) => w.WriteQueueStatsRequest(new Xid(10), new PortNo(1), 0xffffffff)));
        Build.AssertBytes(Ofp13MultipartVectors.GroupStatsRequest, Build.Message((ref OpenFlowWriter w) => w.WriteGroupStatsRequest(new Xid(11), GroupId.All)));
        Build.AssertBytes(Ofp13MultipartVectors.GroupDescRequest, Build.Message((ref OpenFlowWriter w) => w.WriteGroupDescRequest(new Xid(12))));
        Build.AssertBytes(Ofp13MultipartVectors.GroupFeaturesRequest, Build.Message((ref OpenFlowWriter w) => w.WriteGroupFeaturesRequest(new Xid(13))));
        Build.AssertBytes(Ofp13MultipartVectors.MeterStatsRequest, Build.Message((ref OpenFlowWriter w) => w.WriteMeterStatsRequest(new Xid(14), new MeterId(1))));
        Build.AssertBytes(Ofp13MultipartVectors.MeterConfigRequest, Build.Message((ref OpenFlowWriter w) => w.WriteMeterConfigRequest(new Xid(15), MeterId.All)));
        Build.AssertBytes(Ofp13MultipartVectors.MeterFeaturesRequest, Build.Message((ref OpenFlowWriter w) => w.WriteMeterFeaturesRequest(new Xid(16))));
        Build.AssertBytes(Ofp13MultipartVectors.TableFeaturesRequest, Build.Message((ref OpenFlowWriter w) => w.EndMessage(w.BeginMultipartRequest(new Xid(17), OfpMultipartType.TableFeatures))));
        Build.AssertBytes(Ofp13MultipartVectors.ExperimenterRequest, Build.Message((ref OpenFlowWriter w) => w.WriteExperimenterMultipartRequest(new Xid(18), 0x2320, 1, [1, 2, 3, 4])));
    }

    [Fact]
    public void ReadRequests_ExposeEveryField()
    {
        MultipartRequestView port = MultipartRequestView.Read(Ofp13MultipartVectors.PortStatsRequest);
        Assert.True(port.More);
        Assert.Equal(PortNo.Any, port.ReadPortStatsRequest().PortNo);
        QueueStatsRequestView queue = MultipartRequestView.Read(Ofp13MultipartVectors.QueueStatsRequest).ReadQueueStatsRequest();
        Assert.Equal((new PortNo(1), 0xffffffffu), (queue.PortNo, queue.QueueId));
        Assert.Equal(GroupId.All, MultipartRequestView.Read(Ofp13MultipartVectors.GroupStatsRequest).ReadGroupStatsRequest().GroupId);
        Assert.Equal(new MeterId(1), MultipartRequestView.Read(Ofp13MultipartVectors.MeterStatsRequest).ReadMeterRequest().MeterId);
        Assert.Equal(MeterId.All, MultipartRequestView.Read(Ofp13MultipartVectors.MeterConfigRequest).ReadMeterRequest().MeterId);
        Assert.False(MultipartRequestView.Read(Ofp13MultipartVectors.TableFeaturesRequest).GetTableFeatures().MoveNext());
        ExperimenterMultipartView experimenter = MultipartRequestView.Read(Ofp13MultipartVectors.ExperimenterRequest).ReadExperimenter();
        Assert.Equal((0x2320u, 1u), (experimenter.Experimenter, experimenter.ExpType));
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, experimenter.Data.ToArray());
        Assert.False(MultipartRequestView.Read(Ofp13MultipartVectors.ExperimenterRequest).IsOnfFlowMonitor);
    }

    [Fact]
    public void ReadRequest_WrongType_ThrowsInvalidOperation()
    {
        MultipartRequestView view = MultipartRequestView.Read(Ofp13MultipartVectors.PortStatsRequest);
        bool threw = false;
        try
        {
            view.ReadGroupStatsRequest();
        }
        catch (InvalidOperationException)
        {
            threw = true;
        }

        Assert.True(threw);
    }

    [Fact]
    public void ReadRequest_BodyTooShort_ThrowsBadLen()
    {
        byte[] bad = Ofp13MultipartVectors.PortStatsRequest.AsSpan(0, 20).ToArray();
        bad[3] = 20;
        Build.AssertFormatError(() => MultipartRequestView.Read(bad).ReadPortStatsRequest(), "body", 16);
    }

    [Fact]
    public void TableStats_WriteReadRewrite()
    {
        byte[] written = Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMultipartReply(new Xid(8), OfpMultipartType.Table);
            w.WriteTableStats(new TableId(0), 4, 100, 50);
            return w.EndMessage(slot);
        });
        Build.AssertBytes(Ofp13MultipartVectors.TableStatsReply, written);
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            MultipartReplyView view = MultipartReplyView.Read(Ofp13MultipartVectors.TableStatsReply);
            LengthSlot slot = w.BeginMultipartReply(view.Xid, view.Type, view.Flags);
            foreach (TableStatsView t in view.GetTableStats())
            {
                Assert.Equal((new TableId(0), 4u, 100UL, 50UL, 16), (t.TableId, t.ActiveCount, t.LookupCount, t.MatchedCount, t.Offset));
                w.WriteTableStats(t.TableId, t.ActiveCount, t.LookupCount, t.MatchedCount);
            }

            return w.EndMessage(slot);
        });
        Build.AssertBytes(Ofp13MultipartVectors.TableStatsReply, rewritten);
    }

    [Fact]
    public void PortStats_WriteReadRewrite()
    {
        Build.AssertBytes(Ofp13MultipartVectors.PortStatsReply, Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMultipartReply(new Xid(9), OfpMultipartType.PortStats, OfpMultipartReplyFlags.ReplyMore);
            w.WritePortStats(in PortStats);
            return w.EndMessage(slot);
        }));
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            MultipartReplyView view = MultipartReplyView.Read(Ofp13MultipartVectors.PortStatsReply);
            Assert.True(view.More);
            LengthSlot slot = w.BeginMultipartReply(view.Xid, view.Type, view.Flags);
            foreach (PortStatsView p in view.GetPortStats())
            {
                var spec = new PortStatsSpec
                {
                    PortNo = p.PortNo, RxPackets = p.RxPackets, TxPackets = p.TxPackets, RxBytes = p.RxBytes, TxBytes = p.TxBytes, RxDropped = p.RxDropped,
                    TxDropped = p.TxDropped, RxErrors = p.RxErrors, TxErrors = p.TxErrors, RxFrameErr = p.RxFrameErr, RxOverErr = p.RxOverErr,
                    RxCrcErr = p.RxCrcErr, Collisions = p.Collisions, DurationSec = p.DurationSec, DurationNsec = p.DurationNsec,
                };
                Assert.Equal(PortStats, spec);
                w.WritePortStats(in spec);
            }

            return w.EndMessage(slot);
        });
        Build.AssertBytes(Ofp13MultipartVectors.PortStatsReply, rewritten);
    }

    [Fact]
    public void PortStats_TruncatedEntry_ThrowsWithFieldAndOffset()
    {
        byte[] bad = Ofp13MultipartVectors.PortStatsReply.AsSpan(0, 120).ToArray();
        bad[3] = 120;
        Build.AssertFormatError(() => MessageWalker.Walk(bad), "body.port_stats[0]", 16);
    }

    [Fact]
    public void QueueStats_WriteReadRewrite()
    {
        static int Write(ref OpenFlowWriter w, Xid xid, PortNo port, uint queue, ulong bytes, ulong packets, ulong errors, uint sec, uint nsec)
        {
            LengthSlot slot = w.BeginMultipartReply(xid, OfpMultipartType.Queue);
            w.WriteQueueStats(port, queue, bytes, packets, errors, sec, nsec);
            return w.EndMessage(slot);
        }

        Build.AssertBytes(Ofp13MultipartVectors.QueueStatsReply, Build.Message((ref OpenFlowWriter w) => Write(ref w, new Xid(10), new PortNo(1), 2, 256, 4, 1, 10, 20)));
        QueueStatsEnumerator e = MultipartReplyView.Read(Ofp13MultipartVectors.QueueStatsReply).GetQueueStats();
        Assert.True(e.MoveNext());
        QueueStatsView q = e.Current;
        (PortNo port, uint queue, ulong bytes, ulong packets, ulong errors, uint sec, uint nsec) = (q.PortNo, q.QueueId, q.TxBytes, q.TxPackets, q.TxErrors, q.DurationSec, q.DurationNsec);
        Assert.Equal((new PortNo(1), 2u, 256UL, 4UL, 1UL, 10u, 20u), (port, queue, bytes, packets, errors, sec, nsec));
        Build.AssertBytes(Ofp13MultipartVectors.QueueStatsReply, Build.Message((ref OpenFlowWriter w) => Write(ref w, new Xid(10), port, queue, bytes, packets, errors, sec, nsec)));
    }

    [Fact]
    public void GroupStats_WriteReadRewrite()
    {
        Build.AssertBytes(Ofp13MultipartVectors.GroupStatsReply, Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMultipartReply(new Xid(11), OfpMultipartType.Group);
            LengthSlot entry = w.BeginGroupStats(new GroupId(1), 2, 123, 12345, 9, 16);
            w.WriteBucketCounter(10, 100);
            w.WriteBucketCounter(11, 200);
            w.EndGroupStats(entry);
            return w.EndMessage(slot);
        }));
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            MultipartReplyView view = MultipartReplyView.Read(Ofp13MultipartVectors.GroupStatsReply);
            LengthSlot slot = w.BeginMultipartReply(view.Xid, view.Type, view.Flags);
            foreach (GroupStatsView g in view.GetGroupStats())
            {
                Assert.Equal((72, new GroupId(1), 2u, 123UL, 12345UL, 9u, 16u), (g.Length, g.GroupId, g.RefCount, g.PacketCount, g.ByteCount, g.DurationSec, g.DurationNsec));
                LengthSlot entry = w.BeginGroupStats(g.GroupId, g.RefCount, g.PacketCount, g.ByteCount, g.DurationSec, g.DurationNsec);
                int n = 0;
                foreach (BucketCounterView c in g.BucketStats)
                {
                    Assert.Equal((10UL + (ulong)n, 100UL * (ulong)(n + 1)), (c.PacketCount, c.ByteCount));
                    w.WriteBucketCounter(c.PacketCount, c.ByteCount);
                    n++;
                }

                Assert.Equal(2, n);
                w.EndGroupStats(entry);
            }

            return w.EndMessage(slot);
        });
        Build.AssertBytes(Ofp13MultipartVectors.GroupStatsReply, rewritten);
    }

    [Fact]
    public void GroupStats_LengthBelowFixedPart_ThrowsWithFieldAndOffset()
    {
        byte[] bad = (byte[])Ofp13MultipartVectors.GroupStatsReply.Clone();
        bad[17] = 0x20;
        Build.AssertFormatError(() => MessageWalker.Walk(bad), "body.group_stats[0].length", 16);
    }

    [Fact]
    public void GroupStats_BucketCounterCut_ThrowsWithFieldAndOffset()
    {
        byte[] bad = (byte[])Ofp13MultipartVectors.GroupStatsReply.Clone();
        bad[17] = 0x40;
        Build.AssertFormatError(() => MessageWalker.Walk(bad), "bucket_stats[1]", 72);
    }

    [Fact]
    public void GroupDesc_WriteReadRewrite()
    {
        Build.AssertBytes(Ofp13MultipartVectors.GroupDescReply, Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMultipartReply(new Xid(12), OfpMultipartType.GroupDesc);
            LengthSlot entry = w.BeginGroupDesc(OfpGroupType.FastFailover, new GroupId(9));
            LengthSlot bucket = w.BeginBucket(0, new PortNo(1), GroupId.Any);
            w.WriteOutputAction(new PortNo(1));
            w.EndBucket(bucket);
            w.EndGroupDesc(entry);
            return w.EndMessage(slot);
        }));
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            MultipartReplyView view = MultipartReplyView.Read(Ofp13MultipartVectors.GroupDescReply);
            LengthSlot slot = w.BeginMultipartReply(view.Xid, view.Type, view.Flags);
            foreach (GroupDescView d in view.GetGroupDesc())
            {
                Assert.Equal((40, OfpGroupType.FastFailover, new GroupId(9)), (d.Length, d.GroupType, d.GroupId));
                LengthSlot entry = w.BeginGroupDesc(d.GroupType, d.GroupId);
                foreach (BucketView b in d.Buckets)
                {
                    Assert.Equal(24, b.Offset);
                    LengthSlot bucket = w.BeginBucket(b.Weight, b.WatchPort, b.WatchGroup);
                    w.WriteBytes(b.Actions.Bytes);
                    w.EndBucket(bucket);
                }

                w.EndGroupDesc(entry);
            }

            return w.EndMessage(slot);
        });
        Build.AssertBytes(Ofp13MultipartVectors.GroupDescReply, rewritten);
    }

    [Fact]
    public void GroupFeatures_WriteReadRewrite()
    {
        Build.AssertBytes(Ofp13MultipartVectors.GroupFeaturesReply, Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMultipartReply(new Xid(13), OfpMultipartType.GroupFeatures);
            w.WriteGroupFeatures(0xf, OfpGroupCapabilities.SelectWeight | OfpGroupCapabilities.Chaining, [0x10, 0x20, 0x30, 0x40], [1, 2, 3, 4]);
            return w.EndMessage(slot);
        }));
        GroupFeaturesView f = MultipartReplyView.Read(Ofp13MultipartVectors.GroupFeaturesReply).ReadGroupFeatures();
        Assert.Equal((0xfu, OfpGroupCapabilities.SelectWeight | OfpGroupCapabilities.Chaining), (f.Types, f.Capabilities));
        uint[] max = [f.GetMaxGroups(0), f.GetMaxGroups(1), f.GetMaxGroups(2), f.GetMaxGroups(3)];
        uint[] actions = [f.GetActions(0), f.GetActions(1), f.GetActions(2), f.GetActions(3)];
        Assert.Equal(new uint[] { 0x10, 0x20, 0x30, 0x40 }, max);
        (uint types, OfpGroupCapabilities caps) = (f.Types, f.Capabilities);
        Build.AssertBytes(Ofp13MultipartVectors.GroupFeaturesReply, Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMultipartReply(new Xid(13), OfpMultipartType.GroupFeatures);
            w.WriteGroupFeatures(types, caps, max, actions);
            return w.EndMessage(slot);
        }));
    }

    [Fact]
    public void GroupFeatures_WrongBodySize_ThrowsBadLen()
    {
        byte[] bad = Ofp13MultipartVectors.GroupFeaturesReply.AsSpan(0, 52).ToArray();
        bad[3] = 52;
        Build.AssertFormatError(() => MultipartReplyView.Read(bad).ReadGroupFeatures(), "body", 16);
    }

    [Fact]
    public void MeterStats_WriteReadRewrite()
    {
        Build.AssertBytes(Ofp13MultipartVectors.MeterStatsReply, Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMultipartReply(new Xid(14), OfpMultipartType.Meter);
            LengthSlot entry = w.BeginMeterStats(new MeterId(1), 3, 4, 5, 6, 7);
            w.WriteMeterBandStats(8, 9);
            w.EndMeterStats(entry);
            return w.EndMessage(slot);
        }));
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            MultipartReplyView view = MultipartReplyView.Read(Ofp13MultipartVectors.MeterStatsReply);
            LengthSlot slot = w.BeginMultipartReply(view.Xid, view.Type, view.Flags);
            foreach (MeterStatsView m in view.GetMeterStats())
            {
                Assert.Equal((new MeterId(1), 56, 3u, 4UL, 5UL, 6u, 7u), (m.MeterId, m.Length, m.FlowCount, m.PacketInCount, m.ByteInCount, m.DurationSec, m.DurationNsec));
                LengthSlot entry = w.BeginMeterStats(m.MeterId, m.FlowCount, m.PacketInCount, m.ByteInCount, m.DurationSec, m.DurationNsec);
                foreach (MeterBandStatsView b in m.BandStats)
                {
                    Assert.Equal((8UL, 9UL), (b.PacketBandCount, b.ByteBandCount));
                    w.WriteMeterBandStats(b.PacketBandCount, b.ByteBandCount);
                }

                w.EndMeterStats(entry);
            }

            return w.EndMessage(slot);
        });
        Build.AssertBytes(Ofp13MultipartVectors.MeterStatsReply, rewritten);
    }

    [Fact]
    public void MeterStats_LenMisaligned_ThrowsWithFieldAndOffset()
    {
        byte[] bad = (byte[])Ofp13MultipartVectors.MeterStatsReply.Clone();
        bad[21] = 0x34;
        Build.AssertFormatError(() => MessageWalker.Walk(bad), "body.meter_stats[0].len", 20);
    }

    [Fact]
    public void MeterConfig_WriteReadRewrite()
    {
        Build.AssertBytes(Ofp13MultipartVectors.MeterConfigReply, Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMultipartReply(new Xid(15), OfpMultipartType.MeterConfig);
            LengthSlot entry = w.BeginMeterConfig(OfpMeterFlags.Pktps | OfpMeterFlags.Burst, new MeterId(2));
            w.WriteDropMeterBand(10, 0);
            w.EndMeterConfig(entry);
            return w.EndMessage(slot);
        }));
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            MultipartReplyView view = MultipartReplyView.Read(Ofp13MultipartVectors.MeterConfigReply);
            LengthSlot slot = w.BeginMultipartReply(view.Xid, view.Type, view.Flags);
            foreach (MeterConfigView c in view.GetMeterConfig())
            {
                Assert.Equal((24, OfpMeterFlags.Pktps | OfpMeterFlags.Burst, new MeterId(2)), (c.Length, c.Flags, c.MeterId));
                LengthSlot entry = w.BeginMeterConfig(c.Flags, c.MeterId);
                foreach (MeterBandView band in c.Bands)
                {
                    Assert.Equal((OfpMeterBandType.Drop, 10u, 24), (band.Type, band.Rate, band.Offset));
                    w.WriteMeterBand(band);
                }

                w.EndMeterConfig(entry);
            }

            return w.EndMessage(slot);
        });
        Build.AssertBytes(Ofp13MultipartVectors.MeterConfigReply, rewritten);
    }

    [Fact]
    public void MeterFeatures_WriteReadRewrite()
    {
        Build.AssertBytes(Ofp13MultipartVectors.MeterFeaturesReply, Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMultipartReply(new Xid(16), OfpMultipartType.MeterFeatures);
            w.WriteMeterFeatures(65536, 6, 0xf, 16, 8);
            return w.EndMessage(slot);
        }));
        MeterFeaturesView f = MultipartReplyView.Read(Ofp13MultipartVectors.MeterFeaturesReply).ReadMeterFeatures();
        (uint max, uint bands, uint caps, byte maxBands, byte maxColor) = (f.MaxMeter, f.BandTypes, f.Capabilities, f.MaxBands, f.MaxColor);
        Assert.Equal((65536u, 6u, 0xfu, (byte)16, (byte)8), (max, bands, caps, maxBands, maxColor));
        Build.AssertBytes(Ofp13MultipartVectors.MeterFeaturesReply, Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMultipartReply(new Xid(16), OfpMultipartType.MeterFeatures);
            w.WriteMeterFeatures(max, bands, caps, maxBands, maxColor);
            return w.EndMessage(slot);
        }));
    }

    [Fact]
    public void ExperimenterReply_WriteReadRewrite()
    {
        Build.AssertBytes(Ofp13MultipartVectors.ExperimenterReply, Build.Message((ref OpenFlowWriter w) => w.WriteExperimenterMultipartReply(new Xid(18), 0x2320, 1, [1, 2, 3, 4])));
        MultipartReplyView view = MultipartReplyView.Read(Ofp13MultipartVectors.ExperimenterReply);
        ExperimenterMultipartView e = view.ReadExperimenter();
        byte[] data = e.Data.ToArray();
        (uint experimenter, uint expType) = (e.Experimenter, e.ExpType);
        Build.AssertBytes(Ofp13MultipartVectors.ExperimenterReply, Build.Message((ref OpenFlowWriter w) => w.WriteExperimenterMultipartReply(new Xid(18), experimenter, expType, data)));
    }
}

/// <summary>Table features (every property kind) and the ONF flow monitor request.</summary>
public class TableFeaturesAndMonitorTests
{
    private static readonly ushort[] InstructionIds = [1, 4];
    private static readonly ushort[] ActionIds = [0];
    private static readonly uint[] OxmIds = [0x80000004, 0x80000606];
    private static readonly uint[] InPortId = [0x80000004];
    private static readonly uint[] EthDstId = [0x80000606];

    internal static int WriteTableFeaturesReply(ref OpenFlowWriter w)
    {
        LengthSlot slot = w.BeginMultipartReply(new Xid(17), OfpMultipartType.TableFeatures);
        LengthSlot table = w.BeginTableFeatures(new TableId(0), "main"u8, ulong.MaxValue, 0xffffffff, OfpTableConfig.None, 4096);
        w.WriteTableFeatureIdsProperty(OfpTableFeaturePropType.Instructions, InstructionIds);
        w.WriteNextTablesProperty(OfpTableFeaturePropType.NextTables, [1, 2, 3]);
        w.WriteTableFeatureIdsProperty(OfpTableFeaturePropType.ApplyActions, ActionIds);
        w.WriteOxmIdsProperty(OfpTableFeaturePropType.Match, OxmIds);
        w.WriteExperimenterTableFeatureProperty(OfpTableFeaturePropType.Experimenter, 0x2320, 1, [0, 0, 0, 10]);
        w.WriteTableFeatureIdsProperty(OfpTableFeaturePropType.WriteActions, ActionIds);
        w.WriteOxmIdsProperty(OfpTableFeaturePropType.Wildcards, InPortId);
        w.WriteOxmIdsProperty(OfpTableFeaturePropType.WriteSetfield, EthDstId);
        w.WriteOxmIdsProperty(OfpTableFeaturePropType.ApplySetfield, EthDstId);
        w.EndTableFeatures(table);
        return w.EndMessage(slot);
    }

    [Fact]
    public void WriteTableFeaturesReply_EveryPropertyKind_MatchesSpecVector() =>
        Build.AssertBytes(Ofp13MultipartVectors.TableFeaturesReply, Build.Message(WriteTableFeaturesReply));

    [Fact]
    public void Read_TableFeaturesReply_ExposesEveryProperty()
    {
        TableFeaturesEnumerator tables = MultipartReplyView.Read(Ofp13MultipartVectors.TableFeaturesReply).GetTableFeatures();
        Assert.True(tables.MoveNext());
        TableFeaturesView t = tables.Current;
        Assert.Equal((160, new TableId(0), "main", ulong.MaxValue, 0xffffffffUL, OfpTableConfig.None, 4096u), (t.Length, t.TableId, t.GetName(), t.MetadataMatch, t.MetadataWrite, t.Config, t.MaxEntries));
        TableFeaturePropertyEnumerator p = t.Properties;
        Assert.True(p.MoveNext());
        Assert.Equal((OfpTableFeaturePropType.Instructions, TableFeaturePropKind.InstructionIds, 12, 80), (p.Current.Type, p.Current.Kind, p.Current.Length, p.Current.Offset));
        TableFeatureIdEnumerator ids = p.Current.Ids;
        Assert.True(ids.MoveNext());
        Assert.Equal((1, 4), (ids.Current.Type, ids.Current.Length));
        Assert.True(ids.MoveNext());
        Assert.Equal(4, ids.Current.Type);
        Assert.False(ids.MoveNext());
        Assert.True(p.MoveNext());
        Assert.Equal(new byte[] { 1, 2, 3 }, p.Current.TableIds.ToArray());
        Assert.Equal(96, p.Current.Offset);
        Assert.True(p.MoveNext());
        Assert.Equal(TableFeaturePropKind.ActionIds, p.Current.Kind);
        Assert.True(p.MoveNext());
        OxmIdEnumerator oxms = p.Current.OxmIds;
        Assert.True(oxms.MoveNext());
        Assert.Equal((OxmClass.OpenFlowBasic, (byte)0, 4), (oxms.Current.Header.Class, oxms.Current.Header.FieldCode, oxms.Current.Header.PayloadLength));
        Assert.True(oxms.MoveNext());
        Assert.Equal((byte)3, oxms.Current.Header.FieldCode);
        Assert.False(oxms.MoveNext());
        Assert.True(p.MoveNext());
        Assert.Equal((TableFeaturePropKind.Experimenter, 0x2320u, 1u), (p.Current.Kind, p.Current.Experimenter, p.Current.ExpType));
        Assert.Equal(new byte[] { 0, 0, 0, 10 }, p.Current.ExperimenterData.ToArray());
        for (int extra = 0; extra < 4; extra++)
        {
            Assert.True(p.MoveNext());
        }

        Assert.Equal(OfpTableFeaturePropType.ApplySetfield, p.Current.Type);
        Assert.False(p.MoveNext());
        Assert.False(tables.MoveNext());
    }

    [Fact]
    public void ReadThenRewrite_TableFeaturesReply_SameBytes()
    {
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            MultipartReplyView view = MultipartReplyView.Read(Ofp13MultipartVectors.TableFeaturesReply);
            LengthSlot slot = w.BeginMultipartReply(view.Xid, view.Type, view.Flags);
            foreach (TableFeaturesView t in view.GetTableFeatures())
            {
                LengthSlot table = w.BeginTableFeatures(t.TableId, t.NameBytes, t.MetadataMatch, t.MetadataWrite, t.Config, t.MaxEntries);
                foreach (TableFeaturePropertyView p in t.Properties)
                {
                    w.WriteTableFeatureProperty(p.Type, p.Body);
                }

                w.EndTableFeatures(table);
            }

            return w.EndMessage(slot);
        });
        Build.AssertBytes(Ofp13MultipartVectors.TableFeaturesReply, rewritten);
    }

    [Fact]
    public void TableFeatures_PropertyBeyondEntry_ThrowsWithFieldAndOffset()
    {
        byte[] bad = (byte[])Ofp13MultipartVectors.TableFeaturesReply.Clone();
        bad[83] = 0x70;
        Build.AssertFormatError(() => MessageWalker.Walk(bad), "properties[0].length", 82);
    }

    [Fact]
    public void TableFeatures_ExperimenterTooShort_ThrowsWithFieldAndOffset()
    {
        byte[] bad = (byte[])Ofp13MultipartVectors.TableFeaturesReply.Clone();
        bad[131] = 0x08;
        Build.AssertFormatError(() => MessageWalker.Walk(bad), "properties[4].length", 130);
    }

    [Fact]
    public void TableFeatures_EntryLengthBelowFixedPart_ThrowsWithFieldAndOffset()
    {
        byte[] bad = (byte[])Ofp13MultipartVectors.TableFeaturesReply.Clone();
        bad[17] = 0x38;
        Build.AssertFormatError(() => MessageWalker.Walk(bad), "body.table_features[0].length", 16);
    }

    [Fact]
    public void TableFeatures_OxmIdCut_ThrowsWithFieldAndOffset()
    {
        byte[] bad = (byte[])Ofp13MultipartVectors.TableFeaturesReply.Clone();
        bad[115] = 0x0a;
        Build.AssertFormatError(() => MessageWalker.Walk(bad), "oxm_ids[1]", 120);
    }

    [Fact]
    public void WriteTableFeatureIdsProperty_WrongKind_ThrowsArgumentException()
    {
        var w = new OpenFlowWriter(new byte[64]);
        bool threw = false;
        try
        {
            w.WriteTableFeatureIdsProperty(OfpTableFeaturePropType.Match, [1]);
        }
        catch (ArgumentException)
        {
            threw = true;
        }

        Assert.True(threw);
    }

    internal static int WriteMonitor(ref OpenFlowWriter w)
    {
        LengthSlot slot = w.BeginOnfFlowMonitorMultipart(new Xid(19));
        LengthSlot entry = w.BeginOnfFlowMonitorRequest(1, OnfFlowMonitorFlags.Initial | OnfFlowMonitorFlags.Add, PortNo.Any, TableId.All);
        w.WriteOxm(OxmField.InPort, 5);
        w.EndOnfFlowMonitorRequest(entry);
        entry = w.BeginOnfFlowMonitorRequest(2, (OnfFlowMonitorFlags)0x3f, new PortNo(1), new TableId(0));
        w.EndOnfFlowMonitorRequest(entry);
        return w.EndMessage(slot);
    }

    [Fact]
    public void WriteOnfFlowMonitorRequest_MatchesVector() => Build.AssertBytes(Ofp13MultipartVectors.OnfFlowMonitorRequest, Build.Message(WriteMonitor));

    [Fact]
    public void Read_OnfFlowMonitorRequest_ExposesEntries()
    {
        MultipartRequestView view = MultipartRequestView.Read(Ofp13MultipartVectors.OnfFlowMonitorRequest);
        Assert.True(view.IsOnfFlowMonitor);
        OnfFlowMonitorRequestEnumerator e = view.GetOnfFlowMonitorRequests();
        Assert.True(e.MoveNext());
        Assert.Equal((1u, OnfFlowMonitorFlags.Initial | OnfFlowMonitorFlags.Add, 8, PortNo.Any, TableId.All, 24), (e.Current.Id, e.Current.Flags, e.Current.MatchLen, e.Current.OutPort, e.Current.TableId, e.Current.Offset));
        OxmEnumerator oxms = e.Current.OxmFields;
        Assert.True(oxms.MoveNext());
        Assert.Equal(OxmField.InPort, oxms.Current.Field);
        Assert.False(oxms.MoveNext());
        Assert.True(e.MoveNext());
        Assert.Equal((2u, 0, new PortNo(1), 48), (e.Current.Id, e.Current.MatchLen, e.Current.OutPort, e.Current.Offset));
        Assert.False(e.MoveNext());
    }

    [Fact]
    public void OnfFlowMonitorRequest_MatchLenBeyondBody_ThrowsWithFieldAndOffset()
    {
        byte[] bad = (byte[])Ofp13MultipartVectors.OnfFlowMonitorRequest.Clone();
        bad[31] = 0x40;
        Build.AssertFormatError(() => MessageWalker.Walk(bad), "requests[0].match_len", 30);
    }

    internal static int WriteMonitorReply(ref OpenFlowWriter w)
    {
        LengthSlot slot = w.BeginOnfFlowMonitorReply(new Xid(20));
        LengthSlot update = w.BeginOnfFlowUpdateFull(OnfFlowUpdateEvent.Added, 0, 100, 10, 0, new TableId(1), new Cookie(0xff));
        w.WriteOxm(OxmField.InPort, 5);
        w.EndOnfFlowUpdateMatch(update);
        w.WriteGotoTableInstruction(new TableId(2));
        w.EndOnfFlowUpdate(update);
        w.WriteOnfFlowUpdateAbbrev(new Xid(7));
        return w.EndMessage(slot);
    }

    [Fact]
    public void WriteOnfFlowMonitorReply_MatchesVector() => Build.AssertBytes(Ofp13MultipartVectors.OnfFlowMonitorReply, Build.Message(WriteMonitorReply));

    [Fact]
    public void ReadThenRewrite_OnfFlowMonitorReply_SameBytes()
    {
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            MultipartReplyView view = MultipartReplyView.Read(Ofp13MultipartVectors.OnfFlowMonitorReply);
            Assert.True(view.IsOnfFlowMonitor);
            LengthSlot slot = w.BeginOnfFlowMonitorReply(view.Xid, view.Flags);
            int n = 0;
            foreach (OnfFlowUpdateView u in view.GetOnfFlowUpdates())
            {
                if (u.IsFull)
                {
                    Assert.Equal((OnfFlowUpdateEvent.Added, 40, (ushort)100, (ushort)10, new TableId(1), new Cookie(0xff), 8, 24), (u.Event, u.Length, u.Priority, u.IdleTimeout, u.TableId, u.Cookie, u.MatchLen, u.Offset));
                    LengthSlot update = w.BeginOnfFlowUpdateFull(u.Event, u.Reason, u.Priority, u.IdleTimeout, u.HardTimeout, u.TableId, u.Cookie);
                    w.WriteBytes(u.OxmFieldBytes);
                    w.EndOnfFlowUpdateMatch(update);
                    w.WriteBytes(u.Instructions.Bytes);
                    w.EndOnfFlowUpdate(update);
                }
                else
                {
                    Assert.Equal((OnfFlowUpdateEvent.Abbrev, new Xid(7)), (u.Event, u.AbbrevXid));
                    w.WriteOnfFlowUpdateAbbrev(u.AbbrevXid);
                }

                n++;
            }

            Assert.Equal(2, n);
            return w.EndMessage(slot);
        });
        Build.AssertBytes(Ofp13MultipartVectors.OnfFlowMonitorReply, rewritten);
    }

    [Fact]
    public void OnfFlowMonitorReply_MatchLenBeyondUpdate_ThrowsWithFieldAndOffset()
    {
        byte[] bad = (byte[])Ofp13MultipartVectors.OnfFlowMonitorReply.Clone();
        bad[37] = 0x18;
        Build.AssertFormatError(() => MessageWalker.Walk(bad), "updates[0].match_len", 36);
    }
}
