using System;
using FsCheck.Xunit;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>Random field values for the full OpenFlow 1.3 messages: write, read back the same values, rewrite from the view to the same bytes.</summary>
public class Ofp13RoundTripProperties
{
    [Property]
    public void GroupMod_RandomBuckets_RoundTrip(uint xid, ushort command, byte type, uint group, ushort[] weights, uint[] ports)
    {
        int count = Math.Min(weights.Length, 20);
        byte[] message = Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginGroupMod(new Xid(xid), (OfpGroupModCommand)command, (OfpGroupType)type, new GroupId(group));
            for (int i = 0; i < count; i++)
            {
                LengthSlot b = w.BeginBucket(weights[i], new PortNo((uint)i), new GroupId((uint)(i * 7)));
                for (int a = 0; a < ports.Length && a < i; a++)
                {
                    w.WriteOutputAction(new PortNo(ports[a]), (ushort)a);
                }

                w.EndBucket(b);
            }

            return w.EndMessage(slot);
        });

        GroupModView view = GroupModView.Read(message);
        Assert.Equal((new Xid(xid), (OfpGroupModCommand)command, (OfpGroupType)type, new GroupId(group)), (view.Xid, view.Command, view.GroupType, view.GroupId));
        int n = 0;
        foreach (BucketView bucket in view.Buckets)
        {
            Assert.Equal(weights[n], bucket.Weight);
            Assert.Equal(new GroupId((uint)(n * 7)), bucket.WatchGroup);
            int a = 0;
            foreach (ActionView action in bucket.Actions)
            {
                Assert.Equal(new PortNo(ports[a]), action.Port);
                a++;
            }

            Assert.Equal(Math.Min(ports.Length, n), a);
            n++;
        }

        Assert.Equal(count, n);
        Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
        {
            GroupModView v = GroupModView.Read(message);
            LengthSlot slot = w.BeginGroupMod(v.Xid, v.Command, v.GroupType, v.GroupId);
            foreach (BucketView bucket in v.Buckets)
            {
                LengthSlot b = w.BeginBucket(bucket.Weight, bucket.WatchPort, bucket.WatchGroup);
                w.WriteBytes(bucket.Actions.Bytes);
                w.EndBucket(b);
            }

            return w.EndMessage(slot);
        }));
    }

    [Property]
    public void MeterMod_RandomBands_RoundTrip(uint xid, ushort flags, uint meter, uint[] rates, byte prec)
    {
        int count = Math.Min(rates.Length, 30);
        byte[] message = Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMeterMod(new Xid(xid), OfpMeterModCommand.Modify, (OfpMeterFlags)flags, new MeterId(meter));
            for (int i = 0; i < count; i++)
            {
                switch (i % 3)
                {
                    case 0: w.WriteDropMeterBand(rates[i], (uint)i); break;
                    case 1: w.WriteDscpRemarkMeterBand(rates[i], (uint)i, prec); break;
                    default: w.WriteExperimenterMeterBand(rates[i], (uint)i, rates[i] ^ 0x55, new byte[8 * (i % 4)]); break;
                }
            }

            return w.EndMessage(slot);
        });

        int n = 0;
        MeterModView view = MeterModView.Read(message);
        Assert.Equal((OfpMeterFlags)flags, view.Flags);
        foreach (MeterBandView band in view.Bands)
        {
            Assert.Equal(rates[n], band.Rate);
            Assert.Equal((uint)n, band.BurstSize);
            Assert.Equal(n % 3 == 1 ? prec : (byte)0, band.PrecLevel);
            n++;
        }

        Assert.Equal(count, n);
        Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
        {
            MeterModView v = MeterModView.Read(message);
            LengthSlot slot = w.BeginMeterMod(v.Xid, v.Command, v.Flags, v.MeterId);
            foreach (MeterBandView band in v.Bands)
            {
                w.WriteMeterBand(band);
            }

            return w.EndMessage(slot);
        }));
    }

    [Property]
    public void FixedMessages_RandomFields_RoundTrip(uint xid, uint port, ulong mac, uint config, uint mask, uint advertise, byte table, uint role, ulong generation, uint[] masks)
    {
        var m = new uint[6];
        Array.Copy(masks, m, Math.Min(6, masks.Length));
        var macAddress = new MacAddress(mac & 0xffff_ffff_ffffUL);

        byte[] portMod = Build.Message((ref OpenFlowWriter w) => w.WritePortMod(new Xid(xid), new PortNo(port), macAddress, (OfpPortConfig)config, (OfpPortConfig)mask, (OfpPortFeatures)advertise));
        PortModView pm = PortModView.Read(portMod);
        Assert.Equal((new PortNo(port), macAddress, (OfpPortConfig)config, (OfpPortConfig)mask, (OfpPortFeatures)advertise), (pm.PortNo, pm.HwAddr, pm.Config, pm.Mask, pm.Advertise));

        byte[] tableMod = Build.Message((ref OpenFlowWriter w) => w.WriteTableMod(new Xid(xid), new TableId(table), (OfpTableConfig)config));
        Assert.Equal(((OfpTableConfig)config, new TableId(table)), (TableModView.Read(tableMod).Config, TableModView.Read(tableMod).TableId));

        byte[] roleRequest = Build.Message((ref OpenFlowWriter w) => w.WriteRoleRequest(new Xid(xid), (OfpControllerRole)role, generation));
        Assert.Equal(((OfpControllerRole)role, generation), (RoleView.Read(roleRequest).Role, RoleView.Read(roleRequest).GenerationId));

        var spec = new AsyncConfigSpec { PacketInMaskMaster = m[0], PacketInMaskSlave = m[1], PortStatusMaskMaster = m[2], PortStatusMaskSlave = m[3], FlowRemovedMaskMaster = m[4], FlowRemovedMaskSlave = m[5] };
        byte[] setAsync = Build.Message((ref OpenFlowWriter w) => w.WriteSetAsync(new Xid(xid), in spec));
        Assert.Equal(spec, AsyncConfigView.Read(setAsync).ToSpec());

        byte[] queueRequest = Build.Message((ref OpenFlowWriter w) => w.WriteQueueGetConfigRequest(new Xid(xid), new PortNo(port)));
        Assert.Equal(new PortNo(port), QueueGetConfigRequestView.Read(queueRequest).Port);
    }

    [Property]
    public void QueueGetConfigReply_RandomQueues_RoundTrip(uint xid, uint[] queueIds, ushort rate, byte[] data)
    {
        int count = Math.Min(queueIds.Length, 20);
        byte[] payload = data.AsSpan(0, Math.Min(data.Length, 40)).ToArray();
        byte[] message = Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginQueueGetConfigReply(new Xid(xid), PortNo.Any);
            for (int i = 0; i < count; i++)
            {
                LengthSlot q = w.BeginPacketQueue(queueIds[i], new PortNo((uint)i));
                if (i % 2 == 0)
                {
                    w.WriteMinRateQueueProperty(rate);
                }

                w.WriteExperimenterQueueProperty(queueIds[i], payload.AsSpan(0, i % (payload.Length + 1)));
                w.EndPacketQueue(q);
            }

            return w.EndMessage(slot);
        });

        int n = 0;
        foreach (PacketQueueView queue in QueueGetConfigReplyView.Read(message).Queues)
        {
            Assert.Equal(queueIds[n], queue.QueueId);
            foreach (QueuePropertyView property in queue.Properties)
            {
                if (property.Property == OfpQueueProperties.Experimenter)
                {
                    Assert.Equal(queueIds[n], property.Experimenter);
                    Assert.Equal(n % (payload.Length + 1), property.ExperimenterData.Length);
                }
                else
                {
                    Assert.Equal(rate, property.Rate);
                }
            }

            n++;
        }

        Assert.Equal(count, n);
    }

    [Property]
    public void TableFeatures_RandomProperties_RoundTrip(byte tableId, ulong metadata, uint maxEntries, ushort[] ids, byte[] tables, uint[] oxms)
    {
        ushort[] someIds = ids.AsSpan(0, Math.Min(ids.Length, 50)).ToArray();
        byte[] someTables = tables.AsSpan(0, Math.Min(tables.Length, 200)).ToArray();
        uint[] someOxms = Array.FindAll(oxms, h => (h >> 16) != 0xffff);
        if (someOxms.Length > 50)
        {
            someOxms = someOxms.AsSpan(0, 50).ToArray();
        }

        byte[] message = Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMultipartReply(new Xid(1), OfpMultipartType.TableFeatures);
            LengthSlot table = w.BeginTableFeatures(new TableId(tableId), "x"u8, metadata, ~metadata, OfpTableConfig.None, maxEntries);
            w.WriteTableFeatureIdsProperty(OfpTableFeaturePropType.InstructionsMiss, someIds);
            w.WriteNextTablesProperty(OfpTableFeaturePropType.NextTablesMiss, someTables);
            w.WriteOxmIdsProperty(OfpTableFeaturePropType.Wildcards, someOxms);
            w.WriteExperimenterTableFeatureProperty(OfpTableFeaturePropType.ExperimenterMiss, maxEntries, 7, someTables);
            w.EndTableFeatures(table);
            return w.EndMessage(slot);
        });

        foreach (TableFeaturesView t in MultipartReplyView.Read(message).GetTableFeatures())
        {
            Assert.Equal((new TableId(tableId), metadata, ~metadata, maxEntries), (t.TableId, t.MetadataMatch, t.MetadataWrite, t.MaxEntries));
            int kind = 0;
            foreach (TableFeaturePropertyView p in t.Properties)
            {
                switch (kind++)
                {
                    case 0:
                        int i = 0;
                        foreach (TableFeatureIdView id in p.Ids)
                        {
                            Assert.Equal(someIds[i++], id.Type);
                        }

                        Assert.Equal(someIds.Length, i);
                        break;
                    case 1:
                        Assert.Equal(someTables, p.TableIds.ToArray());
                        break;
                    case 2:
                        int j = 0;
                        foreach (OxmIdView oxm in p.OxmIds)
                        {
                            Assert.Equal(someOxms[j++], oxm.Header.Value);
                        }

                        Assert.Equal(someOxms.Length, j);
                        break;
                    default:
                        Assert.Equal((maxEntries, 7u), (p.Experimenter, p.ExpType));
                        Assert.Equal(someTables, p.ExperimenterData.ToArray());
                        break;
                }
            }

            Assert.Equal(4, kind);
        }
    }
}
