using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Actions.Nicira;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.TestKit;

/// <summary>
/// Reads every field of a message, nested lists included, with the library's views, and folds what it read into a
/// checksum. Allocation-free, so allocation tests can wrap it, and a single entry point for mutation tests: for
/// any input, <see cref="Walk"/> either returns or throws <see cref="OpenFlow.Protocol.Errors.OpenFlowFormatException"/>.
/// Message types without a view are folded in as raw bytes.
/// </summary>
public static class MessageWalker
{
    private const ulong Prime = 0x100000001b3UL;
    private const ulong Seed = 0xcbf29ce484222325UL;

    /// <summary>Reads every field of <paramref name="message"/> (header included) and returns a checksum of them.</summary>
    public static ulong Walk(ReadOnlySpan<byte> message)
    {
        OpenFlowMessage m = OpenFlowMessage.Read(message);
        ulong sum = Mix(Seed, m.Version);
        sum = Mix(sum, (ulong)m.Type);
        sum = Mix(sum, m.Xid.Value);
        sum = Mix(sum, (ulong)m.Length);
        switch (m.Type)
        {
            case OfpType.Hello:
                return WalkHello(sum, m.AsHello());
            case OfpType.Error:
                return WalkError(sum, m.AsError());
            case OfpType.EchoRequest:
            case OfpType.EchoReply:
                return MixBytes(sum, m.AsEcho().Data);
            case OfpType.Experimenter:
                ExperimenterView experimenter = m.AsExperimenter();
                sum = Mix(sum, experimenter.Experimenter);
                sum = Mix(sum, experimenter.ExpType);
                return MixBytes(sum, experimenter.Data);
            case OfpType.FeaturesRequest:
            case OfpType.GetConfigRequest:
            case OfpType.BarrierRequest:
            case OfpType.BarrierReply:
            case OfpType.GetAsyncRequest:
                return Mix(sum, m.AsHeaderOnly().Xid.Value);
            case OfpType.FeaturesReply:
                FeaturesReplyView features = m.AsFeaturesReply();
                sum = Mix(sum, features.DatapathId.Value);
                sum = Mix(sum, features.NBuffers);
                sum = Mix(sum, features.NTables);
                sum = Mix(sum, features.AuxiliaryId);
                sum = Mix(sum, (ulong)features.Capabilities);
                return Mix(sum, features.Reserved);
            case OfpType.GetConfigReply:
            case OfpType.SetConfig:
                SwitchConfigView config = m.AsSwitchConfig();
                sum = Mix(sum, (ulong)config.Flags);
                return Mix(sum, config.MissSendLen);
            case OfpType.PortStatus:
                PortStatusView status = m.AsPortStatus();
                sum = Mix(sum, (ulong)status.Reason);
                return WalkPort(sum, status.Desc);
            case OfpType.PacketIn:
                PacketInView packetIn = m.AsPacketIn();
                sum = Mix(sum, packetIn.BufferId.Value);
                sum = Mix(sum, packetIn.TotalLen);
                sum = Mix(sum, (ulong)packetIn.Reason);
                sum = Mix(sum, packetIn.TableId.Value);
                sum = Mix(sum, packetIn.Cookie.Value);
                sum = WalkMatch(sum, packetIn.Match);
                sum = Mix(sum, packetIn.InPort.Value);
                return MixBytes(sum, packetIn.Data);
            case OfpType.FlowRemoved:
                FlowRemovedView removed = m.AsFlowRemoved();
                sum = Mix(sum, removed.Cookie.Value);
                sum = Mix(sum, removed.Priority);
                sum = Mix(sum, (ulong)removed.Reason);
                sum = Mix(sum, removed.TableId.Value);
                sum = Mix(sum, removed.DurationSec);
                sum = Mix(sum, removed.DurationNsec);
                sum = Mix(sum, removed.IdleTimeout);
                sum = Mix(sum, removed.HardTimeout);
                sum = Mix(sum, removed.PacketCount);
                sum = Mix(sum, removed.ByteCount);
                return WalkMatch(sum, removed.Match);
            case OfpType.PacketOut:
                PacketOutView packetOut = m.AsPacketOut();
                sum = Mix(sum, packetOut.BufferId.Value);
                sum = Mix(sum, packetOut.InPort.Value);
                sum = Mix(sum, packetOut.ActionsLen);
                sum = WalkActions(sum, packetOut.Actions);
                return MixBytes(sum, packetOut.Data);
            case OfpType.FlowMod:
                FlowModView flowMod = m.AsFlowMod();
                sum = Mix(sum, flowMod.Cookie.Value);
                sum = Mix(sum, flowMod.CookieMask.Value);
                sum = Mix(sum, flowMod.TableId.Value);
                sum = Mix(sum, (ulong)flowMod.Command);
                sum = Mix(sum, flowMod.IdleTimeout);
                sum = Mix(sum, flowMod.HardTimeout);
                sum = Mix(sum, flowMod.Priority);
                sum = Mix(sum, flowMod.BufferId.Value);
                sum = Mix(sum, flowMod.OutPort.Value);
                sum = Mix(sum, flowMod.OutGroup.Value);
                sum = Mix(sum, (ulong)flowMod.Flags);
                sum = WalkMatch(sum, flowMod.Match);
                return WalkInstructions(sum, flowMod.Instructions);
            case OfpType.GroupMod:
                GroupModView groupMod = m.AsGroupMod();
                sum = Mix(sum, (ulong)groupMod.Command);
                sum = Mix(sum, (ulong)groupMod.GroupType);
                sum = Mix(sum, groupMod.GroupId.Value);
                return WalkBuckets(sum, groupMod.Buckets);
            case OfpType.PortMod:
                PortModView portMod = m.AsPortMod();
                sum = Mix(sum, portMod.PortNo.Value);
                sum = Mix(sum, portMod.HwAddr.Value);
                sum = Mix(sum, (ulong)portMod.Config);
                sum = Mix(sum, (ulong)portMod.Mask);
                return Mix(sum, (ulong)portMod.Advertise);
            case OfpType.TableMod:
                TableModView tableMod = m.AsTableMod();
                sum = Mix(sum, tableMod.TableId.Value);
                return Mix(sum, (ulong)tableMod.Config);
            case OfpType.MeterMod:
                MeterModView meterMod = m.AsMeterMod();
                sum = Mix(sum, (ulong)meterMod.Command);
                sum = Mix(sum, (ulong)meterMod.Flags);
                sum = Mix(sum, meterMod.MeterId.Value);
                return WalkBands(sum, meterMod.Bands);
            case OfpType.QueueGetConfigRequest:
                return Mix(sum, m.AsQueueGetConfigRequest().Port.Value);
            case OfpType.QueueGetConfigReply:
                QueueGetConfigReplyView queues = m.AsQueueGetConfigReply();
                sum = Mix(sum, queues.Port.Value);
                foreach (PacketQueueView queue in queues.Queues)
                {
                    sum = Mix(sum, queue.QueueId);
                    sum = Mix(sum, queue.Port.Value);
                    sum = Mix(sum, (ulong)queue.Length);
                    foreach (QueuePropertyView property in queue.Properties)
                    {
                        sum = Mix(sum, (ulong)property.Property);
                        sum = Mix(sum, (ulong)property.Length);
                        sum = Mix(sum, property.Rate);
                        sum = Mix(sum, property.Experimenter);
                        sum = MixBytes(sum, property.ExperimenterData);
                    }
                }

                return sum;
            case OfpType.RoleRequest:
            case OfpType.RoleReply:
                RoleView role = m.AsRole();
                sum = Mix(sum, (ulong)role.Role);
                return Mix(sum, role.GenerationId);
            case OfpType.GetAsyncReply:
            case OfpType.SetAsync:
                AsyncConfigView async = m.AsAsyncConfig();
                sum = Mix(sum, async.PacketInMaskMaster);
                sum = Mix(sum, async.PacketInMaskSlave);
                sum = Mix(sum, async.PortStatusMaskMaster);
                sum = Mix(sum, async.PortStatusMaskSlave);
                sum = Mix(sum, async.FlowRemovedMaskMaster);
                return Mix(sum, async.FlowRemovedMaskSlave);
            case OfpType.MultipartRequest:
                return WalkMultipartRequest(sum, m.AsMultipartRequest());
            case OfpType.MultipartReply:
                return WalkMultipartReply(sum, m.AsMultipartReply());
            default:
                return MixBytes(sum, message);
        }
    }

    private static ulong WalkHello(ulong sum, HelloView hello)
    {
        foreach (HelloElementView element in hello)
        {
            sum = Mix(sum, (ulong)element.Type);
            sum = Mix(sum, (ulong)element.Length);
            sum = Mix(sum, (ulong)element.Offset);
            sum = MixBytes(sum, element.Body);
            for (int i = 0; i < element.BitmapCount; i++)
            {
                sum = Mix(sum, element.GetBitmap(i));
            }
        }

        return Mix(sum, hello.SupportsVersion(OfpVersion.Of13) ? 1UL : 0UL);
    }

    private static ulong WalkError(ulong sum, ErrorView error)
    {
        sum = Mix(sum, (ulong)error.Type);
        sum = Mix(sum, error.Code);
        sum = Mix(sum, error.Experimenter);
        if (error.TryGetFailedHeader(out var header))
        {
            sum = Mix(sum, (ulong)header.Type);
        }

        return MixBytes(sum, error.Data);
    }

    private static ulong WalkPort(ulong sum, PortView port)
    {
        sum = Mix(sum, port.PortNo.Value);
        sum = Mix(sum, port.HwAddr.Value);
        sum = MixBytes(sum, port.NameBytes);
        sum = Mix(sum, (ulong)port.Config);
        sum = Mix(sum, (ulong)port.State);
        sum = Mix(sum, (ulong)port.Curr);
        sum = Mix(sum, (ulong)port.Advertised);
        sum = Mix(sum, (ulong)port.Supported);
        sum = Mix(sum, (ulong)port.Peer);
        sum = Mix(sum, port.CurrSpeed);
        return Mix(sum, port.MaxSpeed);
    }

    private static ulong WalkMultipartRequest(ulong sum, MultipartRequestView request)
    {
        sum = Mix(sum, (ulong)request.Type);
        sum = Mix(sum, (ulong)request.Flags);
        switch (request.Type)
        {
            case OfpMultipartType.Flow:
                FlowStatsRequestView flow = request.ReadFlowStatsRequest();
                sum = WalkStatsRequest(sum, flow.TableId, flow.OutPort, flow.OutGroup, flow.Cookie, flow.CookieMask);
                return WalkMatch(sum, flow.Match);
            case OfpMultipartType.Aggregate:
                FlowStatsRequestView aggregate = request.ReadAggregateStatsRequest();
                sum = WalkStatsRequest(sum, aggregate.TableId, aggregate.OutPort, aggregate.OutGroup, aggregate.Cookie, aggregate.CookieMask);
                return WalkMatch(sum, aggregate.Match);
            case OfpMultipartType.PortStats:
                return Mix(sum, request.ReadPortStatsRequest().PortNo.Value);
            case OfpMultipartType.Queue:
                QueueStatsRequestView queue = request.ReadQueueStatsRequest();
                sum = Mix(sum, queue.PortNo.Value);
                return Mix(sum, queue.QueueId);
            case OfpMultipartType.Group:
                return Mix(sum, request.ReadGroupStatsRequest().GroupId.Value);
            case OfpMultipartType.Meter:
            case OfpMultipartType.MeterConfig:
                return Mix(sum, request.ReadMeterRequest().MeterId.Value);
            case OfpMultipartType.TableFeatures:
                return WalkTableFeatures(sum, request.GetTableFeatures());
            case OfpMultipartType.Experimenter:
                ExperimenterMultipartView experimenter = request.ReadExperimenter();
                sum = Mix(sum, experimenter.Experimenter);
                sum = Mix(sum, experimenter.ExpType);
                sum = MixBytes(sum, experimenter.Data);
                if (request.IsOnfFlowMonitor)
                {
                    foreach (OnfFlowMonitorRequestView monitor in request.GetOnfFlowMonitorRequests())
                    {
                        sum = Mix(sum, monitor.Id);
                        sum = Mix(sum, (ulong)monitor.Flags);
                        sum = Mix(sum, (ulong)monitor.MatchLen);
                        sum = Mix(sum, monitor.OutPort.Value);
                        sum = Mix(sum, monitor.TableId.Value);
                        foreach (OxmView oxm in monitor.OxmFields)
                        {
                            sum = WalkOxm(sum, oxm);
                        }
                    }
                }

                return sum;
            default:
                return MixBytes(sum, request.Body);
        }
    }

    private static ulong WalkMultipartReply(ulong sum, MultipartReplyView reply)
    {
        sum = Mix(sum, (ulong)reply.Type);
        sum = Mix(sum, (ulong)reply.Flags);
        switch (reply.Type)
        {
            case OfpMultipartType.Desc:
                DescView desc = reply.ReadDesc();
                sum = MixBytes(sum, desc.MfrDescBytes);
                sum = MixBytes(sum, desc.HwDescBytes);
                sum = MixBytes(sum, desc.SwDescBytes);
                sum = MixBytes(sum, desc.SerialNumBytes);
                return MixBytes(sum, desc.DpDescBytes);
            case OfpMultipartType.PortDesc:
                foreach (PortView port in reply.GetPorts())
                {
                    sum = WalkPort(sum, port);
                }

                return sum;
            case OfpMultipartType.Flow:
                foreach (FlowStatsView stats in reply.GetFlowStats())
                {
                    sum = Mix(sum, (ulong)stats.Length);
                    sum = Mix(sum, stats.TableId.Value);
                    sum = Mix(sum, stats.DurationSec);
                    sum = Mix(sum, stats.DurationNsec);
                    sum = Mix(sum, stats.Priority);
                    sum = Mix(sum, stats.IdleTimeout);
                    sum = Mix(sum, stats.HardTimeout);
                    sum = Mix(sum, (ulong)stats.Flags);
                    sum = Mix(sum, stats.Cookie.Value);
                    sum = Mix(sum, stats.PacketCount);
                    sum = Mix(sum, stats.ByteCount);
                    sum = WalkMatch(sum, stats.Match);
                    sum = WalkInstructions(sum, stats.Instructions);
                }

                return sum;
            case OfpMultipartType.Aggregate:
                AggregateStatsReplyView aggregate = reply.ReadAggregateStats();
                sum = Mix(sum, aggregate.PacketCount);
                sum = Mix(sum, aggregate.ByteCount);
                return Mix(sum, aggregate.FlowCount);
            case OfpMultipartType.Table:
                foreach (TableStatsView table in reply.GetTableStats())
                {
                    sum = Mix(sum, table.TableId.Value);
                    sum = Mix(sum, table.ActiveCount);
                    sum = Mix(sum, table.LookupCount);
                    sum = Mix(sum, table.MatchedCount);
                }

                return sum;
            case OfpMultipartType.PortStats:
                foreach (PortStatsView port in reply.GetPortStats())
                {
                    sum = Mix(sum, port.PortNo.Value);
                    sum = Mix(sum, port.RxPackets);
                    sum = Mix(sum, port.TxPackets);
                    sum = Mix(sum, port.RxBytes);
                    sum = Mix(sum, port.TxBytes);
                    sum = Mix(sum, port.RxDropped);
                    sum = Mix(sum, port.TxDropped);
                    sum = Mix(sum, port.RxErrors);
                    sum = Mix(sum, port.TxErrors);
                    sum = Mix(sum, port.RxFrameErr);
                    sum = Mix(sum, port.RxOverErr);
                    sum = Mix(sum, port.RxCrcErr);
                    sum = Mix(sum, port.Collisions);
                    sum = Mix(sum, port.DurationSec);
                    sum = Mix(sum, port.DurationNsec);
                }

                return sum;
            case OfpMultipartType.Queue:
                foreach (QueueStatsView queue in reply.GetQueueStats())
                {
                    sum = Mix(sum, queue.PortNo.Value);
                    sum = Mix(sum, queue.QueueId);
                    sum = Mix(sum, queue.TxBytes);
                    sum = Mix(sum, queue.TxPackets);
                    sum = Mix(sum, queue.TxErrors);
                    sum = Mix(sum, queue.DurationSec);
                    sum = Mix(sum, queue.DurationNsec);
                }

                return sum;
            case OfpMultipartType.Group:
                foreach (GroupStatsView group in reply.GetGroupStats())
                {
                    sum = Mix(sum, (ulong)group.Length);
                    sum = Mix(sum, group.GroupId.Value);
                    sum = Mix(sum, group.RefCount);
                    sum = Mix(sum, group.PacketCount);
                    sum = Mix(sum, group.ByteCount);
                    sum = Mix(sum, group.DurationSec);
                    sum = Mix(sum, group.DurationNsec);
                    foreach (BucketCounterView counter in group.BucketStats)
                    {
                        sum = Mix(sum, counter.PacketCount);
                        sum = Mix(sum, counter.ByteCount);
                    }
                }

                return sum;
            case OfpMultipartType.GroupDesc:
                foreach (GroupDescView groupDesc in reply.GetGroupDesc())
                {
                    sum = Mix(sum, (ulong)groupDesc.Length);
                    sum = Mix(sum, (ulong)groupDesc.GroupType);
                    sum = Mix(sum, groupDesc.GroupId.Value);
                    sum = WalkBuckets(sum, groupDesc.Buckets);
                }

                return sum;
            case OfpMultipartType.GroupFeatures:
                GroupFeaturesView groupFeatures = reply.ReadGroupFeatures();
                sum = Mix(sum, groupFeatures.Types);
                sum = Mix(sum, (ulong)groupFeatures.Capabilities);
                for (int i = 0; i < 4; i++)
                {
                    sum = Mix(sum, groupFeatures.GetMaxGroups(i));
                    sum = Mix(sum, groupFeatures.GetActions(i));
                }

                return sum;
            case OfpMultipartType.Meter:
                foreach (MeterStatsView meter in reply.GetMeterStats())
                {
                    sum = Mix(sum, meter.MeterId.Value);
                    sum = Mix(sum, (ulong)meter.Length);
                    sum = Mix(sum, meter.FlowCount);
                    sum = Mix(sum, meter.PacketInCount);
                    sum = Mix(sum, meter.ByteInCount);
                    sum = Mix(sum, meter.DurationSec);
                    sum = Mix(sum, meter.DurationNsec);
                    foreach (MeterBandStatsView band in meter.BandStats)
                    {
                        sum = Mix(sum, band.PacketBandCount);
                        sum = Mix(sum, band.ByteBandCount);
                    }
                }

                return sum;
            case OfpMultipartType.MeterConfig:
                foreach (MeterConfigView meterConfig in reply.GetMeterConfig())
                {
                    sum = Mix(sum, (ulong)meterConfig.Length);
                    sum = Mix(sum, (ulong)meterConfig.Flags);
                    sum = Mix(sum, meterConfig.MeterId.Value);
                    sum = WalkBands(sum, meterConfig.Bands);
                }

                return sum;
            case OfpMultipartType.MeterFeatures:
                MeterFeaturesView meterFeatures = reply.ReadMeterFeatures();
                sum = Mix(sum, meterFeatures.MaxMeter);
                sum = Mix(sum, meterFeatures.BandTypes);
                sum = Mix(sum, meterFeatures.Capabilities);
                sum = Mix(sum, meterFeatures.MaxBands);
                return Mix(sum, meterFeatures.MaxColor);
            case OfpMultipartType.TableFeatures:
                return WalkTableFeatures(sum, reply.GetTableFeatures());
            case OfpMultipartType.Experimenter:
                ExperimenterMultipartView experimenter = reply.ReadExperimenter();
                sum = Mix(sum, experimenter.Experimenter);
                sum = Mix(sum, experimenter.ExpType);
                sum = MixBytes(sum, experimenter.Data);
                if (reply.IsOnfFlowMonitor)
                {
                    foreach (OnfFlowUpdateView update in reply.GetOnfFlowUpdates())
                    {
                        sum = Mix(sum, (ulong)update.Length);
                        sum = Mix(sum, (ulong)update.Event);
                        sum = Mix(sum, update.Reason);
                        sum = Mix(sum, update.Priority);
                        sum = Mix(sum, update.IdleTimeout);
                        sum = Mix(sum, update.HardTimeout);
                        sum = Mix(sum, update.TableId.Value);
                        sum = Mix(sum, update.Cookie.Value);
                        sum = Mix(sum, update.AbbrevXid.Value);
                        foreach (OxmView oxm in update.OxmFields)
                        {
                            sum = WalkOxm(sum, oxm);
                        }

                        sum = WalkInstructions(sum, update.Instructions);
                    }
                }

                return sum;
            default:
                return MixBytes(sum, reply.Body);
        }
    }

    private static ulong WalkBuckets(ulong sum, BucketEnumerator buckets)
    {
        foreach (BucketView bucket in buckets)
        {
            sum = Mix(sum, (ulong)bucket.Length);
            sum = Mix(sum, bucket.Weight);
            sum = Mix(sum, bucket.WatchPort.Value);
            sum = Mix(sum, bucket.WatchGroup.Value);
            sum = WalkActions(sum, bucket.Actions);
        }

        return sum;
    }

    private static ulong WalkBands(ulong sum, MeterBandEnumerator bands)
    {
        foreach (MeterBandView band in bands)
        {
            sum = Mix(sum, (ulong)band.Type);
            sum = Mix(sum, (ulong)band.Length);
            sum = Mix(sum, band.Rate);
            sum = Mix(sum, band.BurstSize);
            sum = Mix(sum, band.PrecLevel);
            sum = Mix(sum, band.Experimenter);
            sum = MixBytes(sum, band.ExperimenterData);
        }

        return sum;
    }

    private static ulong WalkTableFeatures(ulong sum, TableFeaturesEnumerator tables)
    {
        foreach (TableFeaturesView table in tables)
        {
            sum = Mix(sum, (ulong)table.Length);
            sum = Mix(sum, table.TableId.Value);
            sum = MixBytes(sum, table.NameBytes);
            sum = Mix(sum, table.MetadataMatch);
            sum = Mix(sum, table.MetadataWrite);
            sum = Mix(sum, (ulong)table.Config);
            sum = Mix(sum, table.MaxEntries);
            foreach (TableFeaturePropertyView property in table.Properties)
            {
                sum = Mix(sum, (ulong)property.Type);
                sum = Mix(sum, (ulong)property.Length);
                foreach (TableFeatureIdView id in property.Ids)
                {
                    sum = Mix(sum, id.Type);
                    sum = Mix(sum, (ulong)id.Length);
                    sum = Mix(sum, id.Experimenter);
                }

                sum = MixBytes(sum, property.TableIds);
                foreach (OxmIdView oxm in property.OxmIds)
                {
                    sum = Mix(sum, oxm.Header.Value);
                    sum = Mix(sum, oxm.Experimenter);
                }

                sum = Mix(sum, property.Experimenter);
                sum = Mix(sum, property.ExpType);
                sum = MixBytes(sum, property.ExperimenterData);
            }
        }

        return sum;
    }

    private static ulong WalkStatsRequest(ulong sum, TableId table, PortNo outPort, GroupId outGroup, Cookie cookie, Cookie cookieMask)
    {
        sum = Mix(sum, table.Value);
        sum = Mix(sum, outPort.Value);
        sum = Mix(sum, outGroup.Value);
        sum = Mix(sum, cookie.Value);
        return Mix(sum, cookieMask.Value);
    }

    private static ulong WalkMatch(ulong sum, MatchView match)
    {
        sum = Mix(sum, match.Type);
        sum = Mix(sum, (ulong)match.Length);
        foreach (OxmView oxm in match)
        {
            sum = WalkOxm(sum, oxm);
        }

        return sum;
    }

    private static ulong WalkOxm(ulong sum, OxmView oxm)
    {
        sum = Mix(sum, (ulong)oxm.Class);
        sum = Mix(sum, oxm.FieldCode);
        sum = Mix(sum, oxm.HasMask ? 1UL : 0UL);
        sum = Mix(sum, oxm.ExperimenterId);
        sum = MixBytes(sum, oxm.Value);
        return MixBytes(sum, oxm.Mask);
    }

    private static ulong WalkActions(ulong sum, ActionListView actions)
    {
        foreach (ActionView action in actions)
        {
            sum = Mix(sum, (ulong)action.Type);
            sum = Mix(sum, (ulong)action.Length);
            sum = MixBytes(sum, action.Body);
            sum = Mix(sum, action.Port.Value);
            sum = Mix(sum, action.MaxLength);
            sum = Mix(sum, action.GroupId.Value);
            sum = Mix(sum, action.QueueId);
            sum = Mix(sum, action.EtherType.Value);
            sum = Mix(sum, action.ExperimenterId);
            if (action.Type == OfpActionType.SetField)
            {
                sum = WalkOxm(sum, action.Field);
            }
            else if (action.IsNicira)
            {
                sum = WalkNicira(sum, action);
            }
        }

        return sum;
    }

    private static ulong WalkInstructions(ulong sum, InstructionListView instructions)
    {
        foreach (InstructionView instruction in instructions)
        {
            sum = Mix(sum, (ulong)instruction.Type);
            sum = Mix(sum, (ulong)instruction.Length);
            sum = Mix(sum, instruction.TableId.Value);
            sum = Mix(sum, instruction.Metadata);
            sum = Mix(sum, instruction.MetadataMask);
            sum = Mix(sum, instruction.MeterId.Value);
            sum = Mix(sum, instruction.ExperimenterId);
            sum = MixBytes(sum, instruction.Body);
            if (instruction.Type is OfpInstructionType.ApplyActions or OfpInstructionType.WriteActions)
            {
                sum = WalkActions(sum, instruction.Actions);
            }
        }

        return sum;
    }

    /// <summary>Reads every action of a list, Nicira actions through their typed views (learn specs, ct's nested actions).</summary>
    /// <param name="actions">The list.</param>
    public static ulong WalkActions(ActionListView actions) => WalkActions(0, actions);

    private static ulong WalkNicira(ulong sum, ActionView action)
    {
        switch ((NxActionSubtype)action.NiciraSubtype)
        {
            case NxActionSubtype.RegLoad:
                NxRegLoadView load = NxRegLoadView.Read(action);
                return Mix(Mix(sum, load.Destination.Header.Value), load.Value);
            case NxActionSubtype.RegMove:
                NxRegMoveView move = NxRegMoveView.Read(action);
                return Mix(Mix(sum, move.Source.Header.Value), move.Destination.Header.Value);
            case NxActionSubtype.Learn:
                NxLearnView learn = NxLearnView.Read(action);
                sum = Mix(sum, learn.Cookie.Value);
                foreach (NxFlowSpecView spec in learn.Specs)
                {
                    sum = Mix(Mix(Mix(sum, (ulong)spec.NBits), spec.Source.Header.Value), spec.DestinationField.Header.Value);
                    sum = MixBytes(sum, spec.Immediate);
                }

                return sum;
            case NxActionSubtype.Ct:
                NxCtView ct = NxCtView.Read(action);
                sum = Mix(Mix(sum, (ulong)ct.Flags), ct.ZoneSource.Header.Value);
                return WalkActions(sum, ct.Actions);
            case NxActionSubtype.Nat:
                NxNatView nat = NxNatView.Read(action);
                return Mix(Mix(Mix(sum, nat.Ipv4Min.Value), nat.Ipv6Max.Low), nat.ProtoMax);
            case NxActionSubtype.Controller2:
                foreach (NxPropertyView property in NxController2View.Read(action).Properties)
                {
                    sum = MixBytes(Mix(sum, (ulong)property.Type), property.Value);
                }

                return sum;
            default:
                return sum;
        }
    }

    private static ulong Mix(ulong sum, ulong value) => (sum ^ value) * Prime;

    private static ulong MixBytes(ulong sum, ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            sum = (sum ^ b) * Prime;
        }

        return Mix(sum, (ulong)bytes.Length);
    }
}
