using System.Collections.Generic;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Multipart;
using OpenFlow.Protocol.Wire;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>One well-formed message of every type added for full OpenFlow 1.3 (configuration messages and every multipart), for the robustness and allocation tests.</summary>
internal static class Ofp13Samples
{
    public static IReadOnlyList<(string Name, byte[] Bytes)> All { get; } = Create();

    /// <summary>The sample names, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Names => SampleList.Names(All);

    /// <summary>One sample by name.</summary>
    public static byte[] Get(string name) => SampleList.Get(All, name);

    private static List<(string, byte[])> Create() =>
    [
        ("group-mod", Ofp13Vectors.GroupMod),
        ("group-mod-nested", Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginGroupMod(new Xid(1), OfpGroupModCommand.Modify, OfpGroupType.FastFailover, new GroupId(9));
            LengthSlot bucket = w.BeginBucket(0, new PortNo(1), GroupId.Any);
            w.WriteSetFieldAction(OxmField.EthDst, new MacAddress(0x020000000001));
            w.WriteGroupAction(new GroupId(3));
            w.EndBucket(bucket);
            bucket = w.BeginBucket(0, new PortNo(2), GroupId.Any);
            w.EndBucket(bucket);
            return w.EndMessage(slot);
        })),
        ("port-mod", Ofp13Vectors.PortMod),
        ("table-mod", Ofp13Vectors.TableMod),
        ("meter-mod", Ofp13Vectors.MeterMod),
        ("queue-get-config-request", Ofp13Vectors.QueueGetConfigRequest),
        ("queue-get-config-reply", Ofp13Vectors.QueueGetConfigReply),
        ("role-request", Ofp13Vectors.RoleRequest),
        ("role-reply", Ofp13Vectors.RoleReply),
        ("get-async-request", Ofp13Vectors.GetAsyncRequest),
        ("get-async-reply", Ofp13Vectors.GetAsyncReply),
        ("set-async", Ofp13Vectors.SetAsync),
        ("table-stats-request", Ofp13MultipartVectors.TableStatsRequest),
        ("table-stats-reply", Ofp13MultipartVectors.TableStatsReply),
        ("port-stats-request", Ofp13MultipartVectors.PortStatsRequest),
        ("port-stats-reply", Ofp13MultipartVectors.PortStatsReply),
        ("queue-stats-request", Ofp13MultipartVectors.QueueStatsRequest),
        ("queue-stats-reply", Ofp13MultipartVectors.QueueStatsReply),
        ("group-stats-request", Ofp13MultipartVectors.GroupStatsRequest),
        ("group-stats-reply", Ofp13MultipartVectors.GroupStatsReply),
        ("group-desc-request", Ofp13MultipartVectors.GroupDescRequest),
        ("group-desc-reply", Ofp13MultipartVectors.GroupDescReply),
        ("group-features-request", Ofp13MultipartVectors.GroupFeaturesRequest),
        ("group-features-reply", Ofp13MultipartVectors.GroupFeaturesReply),
        ("meter-stats-request", Ofp13MultipartVectors.MeterStatsRequest),
        ("meter-stats-reply", Ofp13MultipartVectors.MeterStatsReply),
        ("meter-config-request", Ofp13MultipartVectors.MeterConfigRequest),
        ("meter-config-reply", Ofp13MultipartVectors.MeterConfigReply),
        ("meter-features-request", Ofp13MultipartVectors.MeterFeaturesRequest),
        ("meter-features-reply", Ofp13MultipartVectors.MeterFeaturesReply),
        ("table-features-request", Ofp13MultipartVectors.TableFeaturesRequest),
        ("table-features-reply", Ofp13MultipartVectors.TableFeaturesReply),
        ("table-features-request-set", Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginMultipartRequest(new Xid(20), OfpMultipartType.TableFeatures);
            LengthSlot table = w.BeginTableFeatures(new TableId(1), "t1"u8, 0, 0, OfpTableConfig.None, 10);
            w.WriteTableFeatureIdsProperty(OfpTableFeaturePropType.WriteActionsMiss, [0, 11, 12]);
            w.WriteOxmIdsProperty(OfpTableFeaturePropType.ApplySetfield, [0x80000a02]);
            w.WriteTableFeatureProperty((OfpTableFeaturePropType)0x77, [1, 2, 3]);
            w.EndTableFeatures(table);
            return w.EndMessage(slot);
        })),
        ("experimenter-request", Ofp13MultipartVectors.ExperimenterRequest),
        ("experimenter-reply", Ofp13MultipartVectors.ExperimenterReply),
        ("onf-flow-monitor-request", Ofp13MultipartVectors.OnfFlowMonitorRequest),
        ("onf-flow-monitor-reply", Ofp13MultipartVectors.OnfFlowMonitorReply),
    ];
}
