using System;
using System.Collections.Generic;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Json;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Conformance;
using OpenFlow.Protocol.Tests.Messages;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Interop;

/// <summary>
/// A second opinion from Wireshark's OpenFlow 1.3 dissector: what our JSON encoder makes of each corpus message, and
/// what our writers build, is read by <c>tshark</c> as OpenFlow 1.3 of the right type, with no malformed packet or
/// error expert info that the corpus's original bytes do not also get. Every group of messages goes through tshark
/// once (one pcap, one conversation per message).
/// </summary>
public sealed class TsharkTests
{
    private static readonly Lazy<Dictionary<string, CorpusResult>> CorpusResults = new(DissectCorpus);
    private static readonly Lazy<Dictionary<string, (byte[] Message, Dissection Dissection)>> BuiltResults = new(DissectBuilt);

    public static TheoryData<string> Files() => new(CorpusCase.Names());

    [Theory]
    [MemberData(nameof(Files))]
    public void Dissect_CorpusFile_IsOpenFlow13OfItsType(string file)
    {
        Corpus.RequireDirectory();
        Tshark.Require();
        CorpusResult result = CorpusResults.Value[file];

        Assert.Equal([result.Original[OfpHeader.TypeOffset]], result.OriginalDissection.Types);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Dissect_CorpusFileReencodedByUs_FaresNoWorseThanOriginal(string file)
    {
        Corpus.RequireDirectory();
        Tshark.Require();
        CorpusResult result = CorpusResults.Value[file];
        Assert.Null(result.NotSupported);
        Assert.Null(result.Failure);
        Dissection ours = result.OursDissection!;

        Assert.Equal([result.Original[OfpHeader.TypeOffset]], ours.Types);
        foreach (string problem in ours.Problems)
        {
            Assert.Contains(problem, result.OriginalDissection.Problems);
        }

        Assert.Equal(result.OriginalDissection.OpenFlow, ours.OpenFlow);
    }

    public static TheoryData<string> Built()
    {
        var names = new TheoryData<string>();
        foreach ((string name, _) in BuiltMessages())
        {
            names.Add(name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Built))]
    public void Dissect_MessageOurWriterBuilds_IsOpenFlow13WithoutProblems(string name)
    {
        Tshark.Require();
        (byte[] message, Dissection dissection) = BuiltResults.Value[name];

        Assert.Equal([message[OfpHeader.TypeOffset]], dissection.Types);
        if (Tolerated.TryGetValue(name, out var tolerated))
        {
            // Only the one dissector named gives up, for the reason given; nothing else is reported.
            Assert.All(dissection.MalformedProtocols, protocol => Assert.Equal(tolerated.Protocol, protocol));
            Assert.All(dissection.Problems, line => Assert.Contains("Malformed", line, StringComparison.Ordinal));
        }
        else
        {
            Assert.Empty(dissection.Problems);
        }
    }

    /// <summary>
    /// Samples that Wireshark flags for a reason outside our encoding: the packet they carry as data is deliberately
    /// not a whole packet, or Wireshark 4.0 cannot read that kind of body (as it cannot in the corpus's originals).
    /// </summary>
    private static readonly Dictionary<string, (string Protocol, string Reason)> Tolerated = new(StringComparer.Ordinal)
    {
        ["packet-in"] = ("ARP/RARP", "its data is a bare Ethernet header announcing ARP, short for Wireshark's ARP dissector"),
        ["packet-out"] = ("Ethernet", "its data is 10 arbitrary bytes, short of an Ethernet header"),
        ["error"] = ("openflow_v4", "Wireshark 4.0 reads an error's data as a whole message, and this data is a lone FLOW_MOD header, as a switch echoes a request it could not parse"),
    };

    /// <summary>Prints the table of corpus files Wireshark flags, in the original and in ours (the per-file theory checks the details).</summary>
    [Fact]
    public void Dissect_Corpus_OursFlaggedOnlyWhereTheOriginalIs()
    {
        Corpus.RequireDirectory();
        Tshark.Require();
        var table = new System.Text.StringBuilder("file | original | ours\n");
        var flaggedInOursOnly = new List<string>();
        foreach ((string name, CorpusResult result) in CorpusResults.Value)
        {
            string ours = result.NotSupported is not null ? "(not supported yet)" : result.OursDissection is { } d ? Flags(d) : "(failed)";
            if (result.OriginalDissection.Problems.Count > 0 || (result.OursDissection?.Problems.Count ?? 0) > 0)
            {
                table.Append(name).Append(" | ").Append(Flags(result.OriginalDissection)).Append(" | ").Append(ours).Append('\n');
            }

            if (result.OriginalDissection.Problems.Count == 0 && (result.OursDissection?.Problems.Count ?? 0) > 0)
            {
                flaggedInOursOnly.Add(name);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(table.ToString());
        Assert.Empty(flaggedInOursOnly);

        static string Flags(Dissection d) => d.MalformedProtocols.Count == 0 ? (d.Problems.Count == 0 ? "clean" : string.Join("; ", d.Problems)) : "malformed: " + string.Join(", ", d.MalformedProtocols);
    }

    /// <summary>The messages our writers build: the robustness samples plus a few that use every action, instruction and a rich match.</summary>
    private static List<(string Name, byte[] Message)> BuiltMessages()
    {
        var list = new List<(string, byte[])>(MessageSamples.All);
        list.Add(("flow-mod-every-action", Build.Message(FlowModWithEveryAction)));
        list.Add(("flow-mod-ipv6-match", Build.Message(FlowModWithIpv6Match)));
        list.Add(("packet-in-tcp", Build.Message(PacketInWithTcpSegment)));
        list.Add(("error-bad-match", Build.Message((ref OpenFlowWriter w) =>
            w.WriteError(new Xid(20), OfpErrorType.BadMatch, (ushort)OfpBadMatchCode.BadPrereq, Phase2Vectors.FlowMod))));
        return list;
    }

    private static int FlowModWithEveryAction(ref OpenFlowWriter w)
    {
        FlowModFields fields = (new FlowModSpec() with { TableId = new TableId(0), Priority = 10, IdleTimeout = 60 }).ToFields();
        LengthSlot slot = w.BeginFlowMod(new Xid(30), in fields);
        LengthSlot match = w.BeginMatch();
        w.WriteOxm(OxmField.InPort, 1);
        w.WriteOxm(OxmField.EthDst, new MacAddress(0x0200_0000_0002), new MacAddress(0xffff_ffff_ff00));
        w.WriteOxm(OxmField.EthType, 0x0800);
        w.WriteOxm(OxmField.IpDscp, 10);
        w.WriteOxm(OxmField.IpProto, 17);
        w.WriteOxm(OxmField.Ipv4Src, new Ipv4Address(0xc0a80001));
        w.WriteOxm(OxmField.UdpDst, 53);
        w.EndMatch(match);
        w.WriteWriteMetadataInstruction(0x1234, 0xffff);
        w.WriteMeterInstruction(new MeterId(1));
        w.WriteClearActionsInstruction();
        LengthSlot write = w.BeginWriteActionsInstruction();
        w.WriteSetQueueAction(3);
        w.WriteGroupAction(new GroupId(9));
        w.EndActionsInstruction(write);
        LengthSlot apply = w.BeginApplyActionsInstruction();
        w.WriteCopyTtlOutAction();
        w.WriteCopyTtlInAction();
        w.WritePushMplsAction(new EtherType(0x8847));
        w.WriteSetMplsTtlAction(32);
        w.WriteDecMplsTtlAction();
        w.WritePopMplsAction(new EtherType(0x0800));
        w.WritePushVlanAction(new EtherType(0x8100));
        w.WriteSetFieldAction(OxmField.VlanVid, 0x1000 | 42);
        w.WritePopVlanAction();
        w.WritePushPbbAction(new EtherType(0x88e7));
        w.WritePopPbbAction();
        w.WriteSetNwTtlAction(9);
        w.WriteDecNwTtlAction();
        w.WriteSetFieldAction(OxmField.EthSrc, new MacAddress(0x0200_0000_0009));
        w.WriteSetFieldAction(OxmField.Ipv4Dst, new Ipv4Address(0x0a000001));
        w.WriteOutputAction(PortNo.Controller, 128);
        w.WriteOutputAction(new PortNo(2));
        w.EndActionsInstruction(apply);
        w.WriteGotoTableInstruction(new TableId(1));
        return w.EndMessage(slot);
    }

    private static int FlowModWithIpv6Match(ref OpenFlowWriter w)
    {
        FlowModFields fields = (new FlowModSpec() with { Command = OfpFlowModCommand.Delete, TableId = TableId.All, OutPort = PortNo.Any, OutGroup = GroupId.Any }).ToFields();
        LengthSlot slot = w.BeginFlowMod(new Xid(31), in fields);
        LengthSlot match = w.BeginMatch();
        w.WriteOxm(OxmField.EthType, 0x86dd);
        w.WriteOxm(OxmField.Ipv6Src, Ipv6Address.Parse("2001:db8::1"), Ipv6Address.Parse("ffff:ffff:ffff:ffff::"));
        w.WriteOxm(OxmField.Ipv6Flabel, 0x12345);
        w.WriteOxm(OxmField.IpProto, 58);
        w.WriteOxm(OxmField.Icmpv6Type, 135);
        w.WriteOxm(OxmField.Ipv6NdTarget, Ipv6Address.Parse("2001:db8::2"));
        w.EndMatch(match);
        return w.EndMessage(slot);
    }

    private static int PacketInWithTcpSegment(ref OpenFlowWriter w)
    {
        Span<byte> packet = stackalloc byte[EthernetView.Size + 40 + 4];
        int length = new EthernetHeader(new MacAddress(0x0200_0000_0002), new MacAddress(0x0200_0000_0001), EtherType.Ipv4).Write(packet);
        var ip = new Ipv4Header { Source = new Ipv4Address(0x0a000001), Destination = new Ipv4Address(0x0a000002) };
        var tcp = new TcpHeader { SourcePort = 33000, DestinationPort = 80, SequenceNumber = 1, Flags = TcpFlags.Syn, Window = 1024 };
        length += PacketBuilder.WriteIpv4Tcp(packet.Slice(length), ip, tcp, [], "GET "u8);
        LengthSlot slot = w.BeginPacketIn(new Xid(32), BufferId.NoBuffer, (ushort)length, OfpPacketInReason.NoMatch, new TableId(0), new Cookie(0));
        LengthSlot match = w.BeginMatch();
        w.WriteOxm(OxmField.InPort, 3);
        w.EndMatch(match);
        return w.EndPacketIn(slot, packet.Slice(0, length));
    }

    private static Dictionary<string, (byte[], Dissection)> DissectBuilt()
    {
        List<(string Name, byte[] Message)> built = BuiltMessages();
        var messages = new List<byte[]>(built.Count);
        foreach ((_, byte[] message) in built)
        {
            messages.Add(message);
        }

        IReadOnlyList<Dissection> dissections = Tshark.Dissect(messages);
        var results = new Dictionary<string, (byte[], Dissection)>(StringComparer.Ordinal);
        for (int i = 0; i < built.Count; i++)
        {
            results.Add(built[i].Name, (built[i].Message, dissections[i]));
        }

        return results;
    }

    private static Dictionary<string, CorpusResult> DissectCorpus()
    {
        IReadOnlyList<string> names = Corpus.PacketNames();
        var originals = new List<byte[]>(names.Count);
        var ours = new List<byte[]>(names.Count);
        var oursIndex = new int[names.Count];
        var notSupported = new string?[names.Count];
        var failures = new string?[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            byte[] original = Corpus.ReadPacket(names[i]);
            originals.Add(original);
            oursIndex[i] = -1;
            try
            {
                byte[] encoded = RyuJsonReader.Encode(RyuJsonWriter.ToJson(original));
                oursIndex[i] = ours.Count;
                ours.Add(encoded);
            }
            catch (RyuJsonNotSupportedException e)
            {
                notSupported[i] = e.Message;
            }
            catch (Exception e) when (e is OpenFlowFormatException or RyuJsonException or FormatException or InvalidOperationException or ArgumentException)
            {
                failures[i] = e.GetType().Name + ": " + e.Message;
            }
        }

        IReadOnlyList<Dissection> originalDissections = Tshark.Dissect(originals);
        IReadOnlyList<Dissection> ourDissections = Tshark.Dissect(ours);
        var results = new Dictionary<string, CorpusResult>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            results.Add(names[i], new CorpusResult(
                originals[i],
                originalDissections[i],
                oursIndex[i] < 0 ? null : ourDissections[oursIndex[i]],
                notSupported[i],
                failures[i]));
        }

        return results;
    }

    private sealed record CorpusResult(byte[] Original, Dissection OriginalDissection, Dissection? OursDissection, string? NotSupported, string? Failure);
}
