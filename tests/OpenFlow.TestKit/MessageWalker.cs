using System;
using OpenFlow.Protocol.Actions;
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
            default:
                return MixBytes(sum, reply.Body);
        }
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
