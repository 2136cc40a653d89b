using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

public class GroupModTests
{
    internal static int WriteVector(ref OpenFlowWriter w)
    {
        LengthSlot slot = w.BeginGroupMod(new Xid(1), OfpGroupModCommand.Add, OfpGroupType.Select, new GroupId(5));
        LengthSlot bucket = w.BeginBucket(10, PortNo.Any, GroupId.Any);
        w.WriteOutputAction(new PortNo(2));
        w.EndBucket(bucket);
        bucket = w.BeginBucket(20, new PortNo(3), new GroupId(7));
        w.WriteOutputAction(new PortNo(3), 0);
        w.EndBucket(bucket);
        return w.EndMessage(slot);
    }

    [Fact]
    public void WriteGroupMod_TwoBuckets_MatchesSpecVector() => Build.AssertBytes(Ofp13Vectors.GroupMod, Build.Message(WriteVector));

    [Fact]
    public void Read_GroupMod_ExposesEveryField()
    {
        GroupModView view = GroupModView.Read(Ofp13Vectors.GroupMod);
        Assert.Equal(new Xid(1), view.Xid);
        Assert.Equal(OfpGroupModCommand.Add, view.Command);
        Assert.Equal(OfpGroupType.Select, view.GroupType);
        Assert.Equal(new GroupId(5), view.GroupId);
        int i = 0;
        foreach (BucketView bucket in view.Buckets)
        {
            Assert.Equal(32, bucket.Length);
            Assert.Equal(16 + (32 * i), bucket.Offset);
            Assert.Equal(i == 0 ? 10 : 20, bucket.Weight);
            Assert.Equal(i == 0 ? PortNo.Any : new PortNo(3), bucket.WatchPort);
            Assert.Equal(i == 0 ? GroupId.Any : new GroupId(7), bucket.WatchGroup);
            foreach (ActionView action in bucket.Actions)
            {
                Assert.Equal(OfpActionType.Output, action.Type);
                Assert.Equal(new PortNo((uint)(2 + i)), action.Port);
            }

            i++;
        }

        Assert.Equal(2, i);
    }

    [Fact]
    public void ReadThenRewrite_GroupMod_SameBytes()
    {
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            GroupModView view = GroupModView.Read(Ofp13Vectors.GroupMod);
            LengthSlot slot = w.BeginGroupMod(view.Xid, view.Command, view.GroupType, view.GroupId);
            foreach (BucketView bucket in view.Buckets)
            {
                LengthSlot b = w.BeginBucket(bucket.Weight, bucket.WatchPort, bucket.WatchGroup);
                w.WriteBytes(bucket.Actions.Bytes);
                w.EndBucket(b);
            }

            return w.EndMessage(slot);
        });
        Build.AssertBytes(Ofp13Vectors.GroupMod, rewritten);
    }

    [Fact]
    public void Buckets_LengthBelowHeader_ThrowsWithFieldAndOffset()
    {
        byte[] bad = (byte[])Ofp13Vectors.GroupMod.Clone();
        bad[48] = 0x00;
        bad[49] = 0x08;
        Build.AssertFormatError(() => Walk(bad), "buckets[1].len", 48);
    }

    [Fact]
    public void Buckets_LengthBeyondMessage_ThrowsWithFieldAndOffset()
    {
        byte[] bad = (byte[])Ofp13Vectors.GroupMod.Clone();
        bad[17] = 0x68;
        Build.AssertFormatError(() => Walk(bad), "buckets[0].len", 16);
    }

    [Fact]
    public void BucketActions_BadActionLength_ThrowsNamingTheBucket()
    {
        byte[] bad = (byte[])Ofp13Vectors.GroupMod.Clone();
        bad[35] = 0x0c;
        var ex = Assert.Throws<OpenFlowFormatException>(() => Walk(bad));
        Assert.StartsWith("buckets[0].actions[0]", ex.Field, StringComparison.Ordinal);
        Assert.Equal(34, ex.Offset);
    }

    [Fact]
    public void TryRead_ShorterThanFixedPart_FalseWithBadLen()
    {
        byte[] bad = Hex.Parse("04 0f 000c 00000001 0000 01 00");
        Assert.False(GroupModView.TryRead(bad, out _, out OpenFlowFormatError error));
        Assert.Equal("header.length", error.Field);
    }

    private static void Walk(byte[] message) => MessageWalker.Walk(message);
}

public class PortModTests
{
    [Fact]
    public void WritePortMod_MatchesSpecVector() => Build.AssertBytes(Ofp13Vectors.PortMod, Build.Message((ref OpenFlowWriter w) =>
        w.WritePortMod(new Xid(2), new PortNo(3), new MacAddress(0x0a0b0c0d0e0f), OfpPortConfig.PortDown, OfpPortConfig.PortDown | OfpPortConfig.NoRecv, OfpPortFeatures.Rate1GbFd)));

    [Fact]
    public void Read_PortMod_ExposesEveryField()
    {
        PortModView view = PortModView.Read(Ofp13Vectors.PortMod);
        Assert.Equal(new Xid(2), view.Xid);
        Assert.Equal(new PortNo(3), view.PortNo);
        Assert.Equal(new MacAddress(0x0a0b0c0d0e0f), view.HwAddr);
        Assert.Equal(OfpPortConfig.PortDown, view.Config);
        Assert.Equal(OfpPortConfig.PortDown | OfpPortConfig.NoRecv, view.Mask);
        Assert.Equal(OfpPortFeatures.Rate1GbFd, view.Advertise);
    }

    [Fact]
    public void ReadThenRewrite_PortMod_SameBytes()
    {
        PortModView view = PortModView.Read(Ofp13Vectors.PortMod);
        (Xid xid, PortNo port, MacAddress mac, OfpPortConfig config, OfpPortConfig mask, OfpPortFeatures advertise) = (view.Xid, view.PortNo, view.HwAddr, view.Config, view.Mask, view.Advertise);
        Build.AssertBytes(Ofp13Vectors.PortMod, Build.Message((ref OpenFlowWriter w) => w.WritePortMod(xid, port, mac, config, mask, advertise)));
    }

    [Fact]
    public void TryRead_WrongLength_False()
    {
        byte[] bad = Ofp13Vectors.PortMod.AsSpan(0, 36).ToArray();
        bad[3] = 36;
        Assert.False(PortModView.TryRead(bad, out _, out OpenFlowFormatError error));
        Assert.Equal(OfpBadRequestCode.BadLen, (OfpBadRequestCode)error.ErrorCode);
    }
}

public class TableModTests
{
    [Fact]
    public void WriteTableMod_MatchesSpecVector() => Build.AssertBytes(Ofp13Vectors.TableMod, Build.Message((ref OpenFlowWriter w) =>
        w.WriteTableMod(new Xid(3), new TableId(1), OfpTableConfig.DeprecatedMask)));

    [Fact]
    public void ReadThenRewrite_TableMod_SameBytes()
    {
        TableModView view = TableModView.Read(Ofp13Vectors.TableMod);
        Assert.Equal(new TableId(1), view.TableId);
        Assert.Equal(OfpTableConfig.DeprecatedMask, view.Config);
        (Xid xid, TableId table, OfpTableConfig config) = (view.Xid, view.TableId, view.Config);
        Build.AssertBytes(Ofp13Vectors.TableMod, Build.Message((ref OpenFlowWriter w) => w.WriteTableMod(xid, table, config)));
    }
}

public class MeterModTests
{
    internal static int WriteVector(ref OpenFlowWriter w)
    {
        LengthSlot slot = w.BeginMeterMod(new Xid(6), OfpMeterModCommand.Add, OfpMeterFlags.Kbps | OfpMeterFlags.Burst | OfpMeterFlags.Stats, new MeterId(1));
        w.WriteDropMeterBand(1000, 100);
        w.WriteDscpRemarkMeterBand(2000, 200, 2);
        w.WriteExperimenterMeterBand(3000, 300, 0x2320, [1, 2, 3, 4, 5, 6, 7, 8]);
        return w.EndMessage(slot);
    }

    [Fact]
    public void WriteMeterMod_ThreeBands_MatchesSpecVector() => Build.AssertBytes(Ofp13Vectors.MeterMod, Build.Message(WriteVector));

    [Fact]
    public void Read_MeterMod_ExposesEveryBand()
    {
        MeterModView view = MeterModView.Read(Ofp13Vectors.MeterMod);
        Assert.Equal(OfpMeterModCommand.Add, view.Command);
        Assert.Equal(OfpMeterFlags.Kbps | OfpMeterFlags.Burst | OfpMeterFlags.Stats, view.Flags);
        Assert.Equal(new MeterId(1), view.MeterId);
        MeterBandEnumerator bands = view.Bands;
        Assert.True(bands.MoveNext());
        Assert.Equal((OfpMeterBandType.Drop, 16, 1000u, 100u, (byte)0, 0u), (bands.Current.Type, bands.Current.Length, bands.Current.Rate, bands.Current.BurstSize, bands.Current.PrecLevel, bands.Current.Experimenter));
        Assert.True(bands.MoveNext());
        Assert.Equal((OfpMeterBandType.DscpRemark, 2000u, 200u, (byte)2), (bands.Current.Type, bands.Current.Rate, bands.Current.BurstSize, bands.Current.PrecLevel));
        Assert.True(bands.MoveNext());
        Assert.Equal((OfpMeterBandType.Experimenter, 24, 0x2320u), (bands.Current.Type, bands.Current.Length, bands.Current.Experimenter));
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, bands.Current.ExperimenterData.ToArray());
        Assert.Equal(48, bands.Current.Offset);
        Assert.False(bands.MoveNext());
    }

    [Fact]
    public void ReadThenRewrite_MeterMod_SameBytes()
    {
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            MeterModView view = MeterModView.Read(Ofp13Vectors.MeterMod);
            LengthSlot slot = w.BeginMeterMod(view.Xid, view.Command, view.Flags, view.MeterId);
            foreach (MeterBandView band in view.Bands)
            {
                w.WriteMeterBand(band);
            }

            return w.EndMessage(slot);
        });
        Build.AssertBytes(Ofp13Vectors.MeterMod, rewritten);
    }

    [Fact]
    public void Bands_MisalignedLength_ThrowsWithFieldAndOffset()
    {
        byte[] bad = (byte[])Ofp13Vectors.MeterMod.Clone();
        bad[35] = 0x14;
        Build.AssertFormatError(() => MessageWalker.Walk(bad), "bands[1].len", 34);
    }

    [Fact]
    public void WriteExperimenterMeterBand_UnalignedData_ThrowsArgumentException()
    {
        var w = new OpenFlowWriter(new byte[64]);
        bool threw = false;
        try
        {
            w.WriteExperimenterMeterBand(1, 1, 1, [1, 2, 3]);
        }
        catch (ArgumentException)
        {
            threw = true;
        }

        Assert.True(threw);
    }
}

public class QueueConfigTests
{
    internal static int WriteReply(ref OpenFlowWriter w)
    {
        LengthSlot slot = w.BeginQueueGetConfigReply(new Xid(7), new PortNo(1));
        LengthSlot queue = w.BeginPacketQueue(5, new PortNo(1));
        w.WriteMinRateQueueProperty(100);
        w.WriteMaxRateQueueProperty(900);
        w.WriteExperimenterQueueProperty(0x2320, [0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x00, 0x11]);
        w.EndPacketQueue(queue);
        return w.EndMessage(slot);
    }

    [Fact]
    public void WriteQueueGetConfigRequest_MatchesSpecVector() => Build.AssertBytes(Ofp13Vectors.QueueGetConfigRequest, Build.Message((ref OpenFlowWriter w) =>
        w.WriteQueueGetConfigRequest(new Xid(7), new PortNo(1))));

    [Fact]
    public void ReadQueueGetConfigRequest_Port() => Assert.Equal(new PortNo(1), QueueGetConfigRequestView.Read(Ofp13Vectors.QueueGetConfigRequest).Port);

    [Fact]
    public void WriteQueueGetConfigReply_MatchesSpecVector() => Build.AssertBytes(Ofp13Vectors.QueueGetConfigReply, Build.Message(WriteReply));

    [Fact]
    public void Read_QueueGetConfigReply_ExposesQueuesAndProperties()
    {
        QueueGetConfigReplyView view = QueueGetConfigReplyView.Read(Ofp13Vectors.QueueGetConfigReply);
        Assert.Equal(new PortNo(1), view.Port);
        PacketQueueEnumerator queues = view.Queues;
        Assert.True(queues.MoveNext());
        PacketQueueView queue = queues.Current;
        Assert.Equal((5u, new PortNo(1), 72, 16), (queue.QueueId, queue.Port, queue.Length, queue.Offset));
        QueuePropertyEnumerator properties = queue.Properties;
        Assert.True(properties.MoveNext());
        Assert.Equal((OfpQueueProperties.MinRate, (ushort)100), (properties.Current.Property, properties.Current.Rate));
        Assert.True(properties.MoveNext());
        Assert.Equal((OfpQueueProperties.MaxRate, (ushort)900), (properties.Current.Property, properties.Current.Rate));
        Assert.True(properties.MoveNext());
        Assert.Equal((OfpQueueProperties.Experimenter, 24, 0x2320u, 64), (properties.Current.Property, properties.Current.Length, properties.Current.Experimenter, properties.Current.Offset));
        Assert.Equal(new byte[] { 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x00, 0x11 }, properties.Current.ExperimenterData.ToArray());
        Assert.False(properties.MoveNext());
        Assert.False(queues.MoveNext());
    }

    [Fact]
    public void ReadThenRewrite_QueueGetConfigReply_SameBytes()
    {
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) =>
        {
            QueueGetConfigReplyView view = QueueGetConfigReplyView.Read(Ofp13Vectors.QueueGetConfigReply);
            LengthSlot slot = w.BeginQueueGetConfigReply(view.Xid, view.Port);
            foreach (PacketQueueView queue in view.Queues)
            {
                LengthSlot q = w.BeginPacketQueue(queue.QueueId, queue.Port);
                foreach (QueuePropertyView property in queue.Properties)
                {
                    switch (property.Property)
                    {
                        case OfpQueueProperties.MinRate: w.WriteMinRateQueueProperty(property.Rate); break;
                        case OfpQueueProperties.MaxRate: w.WriteMaxRateQueueProperty(property.Rate); break;
                        case OfpQueueProperties.Experimenter: w.WriteExperimenterQueueProperty(property.Experimenter, property.ExperimenterData); break;
                        default: w.WriteBytes(property.Raw); break;
                    }
                }

                w.EndPacketQueue(q);
            }

            return w.EndMessage(slot);
        });
        Build.AssertBytes(Ofp13Vectors.QueueGetConfigReply, rewritten);
    }

    [Fact]
    public void Properties_RateTooShort_ThrowsWithFieldAndOffset()
    {
        byte[] bad = (byte[])Ofp13Vectors.QueueGetConfigReply.Clone();
        bad[35] = 0x08;
        Build.AssertFormatError(() => MessageWalker.Walk(bad), "properties[0].len", 34);
    }

    [Fact]
    public void Queues_LengthBeyondMessage_ThrowsWithFieldAndOffset()
    {
        byte[] bad = (byte[])Ofp13Vectors.QueueGetConfigReply.Clone();
        bad[25] = 0x49;
        Build.AssertFormatError(() => MessageWalker.Walk(bad), "queues[0].len", 24);
    }
}

public class RoleAndAsyncTests
{
    [Fact]
    public void WriteRoleRequest_MatchesSpecVector() => Build.AssertBytes(Ofp13Vectors.RoleRequest, Build.Message((ref OpenFlowWriter w) =>
        w.WriteRoleRequest(new Xid(4), OfpControllerRole.Master, 17)));

    [Fact]
    public void WriteRoleReply_MatchesSpecVector() => Build.AssertBytes(Ofp13Vectors.RoleReply, Build.Message((ref OpenFlowWriter w) =>
        w.WriteRoleReply(new Xid(4), OfpControllerRole.Slave, 0xf000000000000000)));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadThenRewrite_Role_SameBytes(bool request)
    {
        byte[] bytes = request ? Ofp13Vectors.RoleRequest : Ofp13Vectors.RoleReply;
        RoleView view = RoleView.Read(bytes);
        Assert.Equal(request ? OfpType.RoleRequest : OfpType.RoleReply, view.Type);
        Assert.Equal(request ? OfpControllerRole.Master : OfpControllerRole.Slave, view.Role);
        (Xid xid, OfpControllerRole role, ulong generation) = (view.Xid, view.Role, view.GenerationId);
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) => request ? w.WriteRoleRequest(xid, role, generation) : w.WriteRoleReply(xid, role, generation));
        Build.AssertBytes(bytes, rewritten);
    }

    [Fact]
    public void RoleView_OtherType_FalseWithBadType()
    {
        Assert.False(RoleView.TryRead(Ofp13Vectors.SetAsync, out _, out OpenFlowFormatError error));
        Assert.Equal((ushort)OfpBadRequestCode.BadType, error.ErrorCode);
    }

    [Fact]
    public void WriteGetAsyncRequest_MatchesSpecVector() => Build.AssertBytes(Ofp13Vectors.GetAsyncRequest, Build.Message((ref OpenFlowWriter w) =>
        w.WriteGetAsyncRequest(new Xid(5))));

    [Fact]
    public void WriteGetAsyncReply_MatchesSpecVector()
    {
        var spec = new AsyncConfigSpec { PacketInMaskMaster = 3, PortStatusMaskMaster = 7, PortStatusMaskSlave = 1, FlowRemovedMaskMaster = 0xf };
        Build.AssertBytes(Ofp13Vectors.GetAsyncReply, Build.Message((ref OpenFlowWriter w) => w.WriteGetAsyncReply(new Xid(5), in spec)));
    }

    [Fact]
    public void WriteSetAsync_MatchesSpecVector()
    {
        var spec = new AsyncConfigSpec { PacketInMaskMaster = 1, PacketInMaskSlave = 2, PortStatusMaskMaster = 3, PortStatusMaskSlave = 4, FlowRemovedMaskMaster = 5, FlowRemovedMaskSlave = 6 };
        Build.AssertBytes(Ofp13Vectors.SetAsync, Build.Message((ref OpenFlowWriter w) => w.WriteSetAsync(new Xid(9), in spec)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadThenRewrite_AsyncConfig_SameBytes(bool set)
    {
        byte[] bytes = set ? Ofp13Vectors.SetAsync : Ofp13Vectors.GetAsyncReply;
        AsyncConfigView view = AsyncConfigView.Read(bytes);
        AsyncConfigSpec spec = view.ToSpec();
        Xid xid = view.Xid;
        Assert.Equal(set ? 6u : 0u, spec.FlowRemovedMaskSlave);
        byte[] rewritten = Build.Message((ref OpenFlowWriter w) => set ? w.WriteSetAsync(xid, in spec) : w.WriteGetAsyncReply(xid, in spec));
        Build.AssertBytes(bytes, rewritten);
    }

    [Fact]
    public void AsyncConfig_ExtraBytes_FalseWithBadLen()
    {
        byte[] bad = new byte[36];
        Ofp13Vectors.SetAsync.CopyTo(bad, 0);
        bad[3] = 36;
        Assert.False(AsyncConfigView.TryRead(bad, out _, out OpenFlowFormatError error));
        Assert.Equal("header.length", error.Field);
    }
}
