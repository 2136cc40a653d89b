using System.Collections.Generic;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>One well-formed message of every kind the message views read, built with the writers; the input of the robustness tests.</summary>
internal static class MessageSamples
{
    private static readonly PortSpec Port = new()
    {
        PortNo = new PortNo(7),
        HwAddr = new MacAddress(0xf20ba4d03f70),
        Name = "veth-7",
        Config = OfpPortConfig.NoPacketIn,
        State = OfpPortState.Live,
        Curr = OfpPortFeatures.Rate10GbFd | OfpPortFeatures.Fiber,
        Advertised = OfpPortFeatures.Rate10GbFd,
        Supported = OfpPortFeatures.Rate10GbFd | OfpPortFeatures.Rate1GbFd,
        Peer = OfpPortFeatures.Rate10GbFd,
        CurrSpeed = 10_000_000,
        MaxSpeed = 10_000_000,
    };

    public static IReadOnlyList<(string Name, byte[] Bytes)> All { get; } = Create();

    /// <summary>The sample names, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Names => SampleList.Names(All);

    /// <summary>One sample by name.</summary>
    public static byte[] Get(string name) => SampleList.Get(All, name);

    private static List<(string, byte[])> Create()
    {
        var list = new List<(string, byte[])>
        {
            ("hello", Build.Message((ref OpenFlowWriter w) => w.WriteHello(new Xid(1), [1, 4, 5, 40]))),
            ("hello-raw", Build.Message((ref OpenFlowWriter w) =>
            {
                LengthSlot slot = w.BeginHello(new Xid(1));
                w.WriteHelloElement((OfpHelloElemType)9, [1, 2, 3]);
                w.WriteVersionBitmapElement([4]);
                return w.EndMessage(slot);
            })),
            ("error", Build.Message((ref OpenFlowWriter w) => w.WriteError(new Xid(2), OfpErrorType.BadRequest, (ushort)OfpBadRequestCode.BadLen, [4, 14, 0, 8, 0, 0, 0, 1]))),
            ("error-experimenter", Build.Message((ref OpenFlowWriter w) => w.WriteExperimenterError(new Xid(2), 7, 0x2320, [1, 2, 3]))),
            ("echo-request", Build.Message((ref OpenFlowWriter w) => w.WriteEchoRequest(new Xid(3), "ping"u8))),
            ("echo-reply", Build.Message((ref OpenFlowWriter w) => w.WriteEchoReply(new Xid(3), "ping"u8))),
            ("experimenter", Build.Message((ref OpenFlowWriter w) => w.WriteExperimenter(new Xid(4), 0x2320, 17, [9, 9, 9, 9]))),
            ("features-request", Build.Message((ref OpenFlowWriter w) => w.WriteFeaturesRequest(new Xid(5)))),
            ("features-reply", Build.Message((ref OpenFlowWriter w) => w.WriteFeaturesReply(new Xid(5), new DatapathId(0x1234), 256, 254, 0, OfpCapabilities.FlowStats | OfpCapabilities.PortBlocked))),
            ("get-config-request", Build.Message((ref OpenFlowWriter w) => w.WriteGetConfigRequest(new Xid(6)))),
            ("get-config-reply", Build.Message((ref OpenFlowWriter w) => w.WriteGetConfigReply(new Xid(6), OfpConfigFlags.FragDrop, 128))),
            ("set-config", Build.Message((ref OpenFlowWriter w) => w.WriteSetConfig(new Xid(6), OfpConfigFlags.FragNormal, SwitchConfigView.MissSendLenNoBuffer))),
            ("barrier-request", Build.Message((ref OpenFlowWriter w) => w.WriteBarrierRequest(new Xid(7)))),
            ("barrier-reply", Build.Message((ref OpenFlowWriter w) => w.WriteBarrierReply(new Xid(7)))),
            ("port-status", Build.Message((ref OpenFlowWriter w) => w.WritePortStatus(new Xid(8), OfpPortReason.Add, in Port))),
            ("desc-request", Build.Message((ref OpenFlowWriter w) => w.WriteDescRequest(new Xid(9)))),
            ("desc-reply", Build.Message((ref OpenFlowWriter w) => w.WriteDescReply(new Xid(9), "mfr", "hw", "sw", "serial", "dp"))),
            ("port-desc-request", Build.Message((ref OpenFlowWriter w) => w.WritePortDescRequest(new Xid(10)))),
            ("port-desc-reply", Build.Message((ref OpenFlowWriter w) => w.WritePortDescReply(new Xid(10), [Port, Port with { PortNo = new PortNo(8), Name = "veth-8" }]))),
            ("multipart-unknown", Build.Message((ref OpenFlowWriter w) => w.WriteMultipartReply(new Xid(11), OfpMultipartType.Table, OfpMultipartReplyFlags.None, new byte[24]))),
            ("packet-in", Phase2Vectors.PacketIn),
            ("packet-in-rich", Build.Message((ref OpenFlowWriter w) =>
            {
                LengthSlot slot = w.BeginPacketIn(new Xid(12), new BufferId(77), 1500, OfpPacketInReason.Action, new TableId(3), new Cookie(0x1234));
                LengthSlot match = w.BeginMatch();
                w.WriteOxm(OxmField.InPort, 5);
                w.WriteOxm(OxmField.Metadata, 0xfedcba9876543210);
                w.WriteOxm(OxmField.TunnelId, 0x55, 0xff);
                w.EndMatch(match);
                return w.EndPacketIn(slot, new byte[64]);
            })),
            ("flow-removed", Phase2Vectors.FlowRemoved),
            ("packet-out", Phase2Vectors.PacketOut),
            ("packet-out-rich", Build.Message((ref OpenFlowWriter w) =>
            {
                LengthSlot slot = w.BeginPacketOut(new Xid(13), new BufferId(9), new PortNo(4));
                w.WriteSetFieldAction(OxmField.EthDst, new MacAddress(0x020000000001));
                w.WritePushVlanAction(new EtherType(0x8100));
                w.WriteSetFieldAction(OxmField.VlanVid, 0x1005);
                w.WriteGroupAction(new GroupId(3));
                w.WriteExperimenterAction(0x2320, [0, 1, 2, 3, 4, 5, 6, 7]);
                w.WriteOutputAction(PortNo.Controller, 128);
                return w.EndPacketOut(slot, []);
            })),
            ("flow-mod", Phase2Vectors.FlowMod),
            ("flow-mod-rich", Build.Message((ref OpenFlowWriter w) =>
            {
                FlowModFields fields = (new FlowModSpec() with { Command = OfpFlowModCommand.ModifyStrict, TableId = new TableId(1), Priority = 100, HardTimeout = 300 }).ToFields();
                LengthSlot slot = w.BeginFlowMod(new Xid(14), in fields);
                LengthSlot match = w.BeginMatch();
                w.WriteOxm(OxmField.EthType, 0x0800);
                w.WriteOxm(OxmField.Ipv4Dst, new Ipv4Address(0x0a000001), new Ipv4Address(0xffffff00));
                w.WriteOxm(OxmField.IpProto, 6);
                w.WriteOxm(OxmField.TcpDst, 80);
                w.EndMatch(match);
                LengthSlot apply = w.BeginApplyActionsInstruction();
                w.WriteSetFieldAction(OxmField.Ipv4Dst, new Ipv4Address(0x0a000002));
                w.WriteSetFieldAction(OxmField.TcpDst, 8080);
                w.WriteDecNwTtlAction();
                w.WriteOutputAction(new PortNo(2));
                w.EndActionsInstruction(apply);
                w.WriteWriteMetadataInstruction(1, 0xff);
                w.WriteMeterInstruction(new MeterId(4));
                w.WriteGotoTableInstruction(new TableId(2));
                return w.EndMessage(slot);
            })),
            ("flow-stats-request", Phase2Vectors.FlowStatsRequest),
            ("flow-stats-reply", Phase2Vectors.FlowStatsReply),
            ("aggregate-request", Phase2Vectors.AggregateStatsRequest),
            ("aggregate-reply", Phase2Vectors.AggregateStatsReply),
        };
        return list;
    }
}
