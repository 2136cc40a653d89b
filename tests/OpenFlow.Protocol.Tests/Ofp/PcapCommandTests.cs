using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Interop;
using OpenFlow.TestKit;
using OpenFlow.Tools.Ofp;
using Xunit;

namespace OpenFlow.Protocol.Tests.Ofp;

public sealed class PcapCommandTests
{
    private static readonly byte[] Hello = Hex.Parse("04 00 0008 00000001 # OFPT_HELLO xid=1");
    private static readonly byte[] FeaturesRequest = Hex.Parse("04 05 0008 00000002 # OFPT_FEATURES_REQUEST xid=2");
    private static readonly byte[] BarrierReply = Hex.Parse("04 15 0008 00000003 # OFPT_BARRIER_REPLY xid=3");

    private sealed record Result(int Exit, string Err, byte[] Binary);

    /// <summary>One TCP segment of a pcap written by <c>ofp pcap</c>, as read back with our own packet views.</summary>
    private sealed record Segment(ushort SourcePort, ushort DestinationPort, uint Sequence, uint Acknowledgment, TcpFlags Flags, byte[] Payload);

    private static Result Run(byte[] stdin, params string[] args)
    {
        var error = new StringWriter { NewLine = "\n" };
        using var binary = new MemoryStream();
        int exit = OfpCommand.Run(args, new MemoryStream(stdin), new StringWriter(), error, binary);
        return new Result(exit, error.ToString(), binary.ToArray());
    }

    private static Result Run(params string[] args) => Run([], args);

    private static string TempFile(byte[] bytes, string extension = "")
    {
        string path = Path.Combine(Path.GetTempPath(), "ofp-pcap-test-" + Guid.NewGuid().ToString("n") + extension);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string OutputPath() => Path.Combine(Path.GetTempPath(), "ofp-pcap-test-" + Guid.NewGuid().ToString("n") + ".pcap");

    /// <summary>Reads a pcap back: checks the global header and returns every frame as a TCP segment.</summary>
    private static List<Segment> ReadSegments(byte[] pcap)
    {
        Assert.True(pcap.Length >= 24);
        Assert.Equal(0xa1b2c3d4u, BinaryPrimitives.ReadUInt32LittleEndian(pcap));
        Assert.Equal(1u, BinaryPrimitives.ReadUInt32LittleEndian(pcap.AsSpan(20)));
        var segments = new List<Segment>();
        int offset = 24;
        while (offset < pcap.Length)
        {
            int included = (int)BinaryPrimitives.ReadUInt32LittleEndian(pcap.AsSpan(offset + 8));
            Assert.Equal(included, (int)BinaryPrimitives.ReadUInt32LittleEndian(pcap.AsSpan(offset + 12)));
            ReadOnlySpan<byte> frame = pcap.AsSpan(offset + 16, included);
            Assert.True(EthernetView.TryRead(frame, out EthernetView ethernet, out _));
            Assert.True(Ipv4View.TryRead(ethernet.Payload, out Ipv4View ip, out _));
            Assert.True(Checksums.VerifyIpv4Header(ip.Header));
            Assert.True(TcpView.TryRead(ip.Payload, out TcpView tcp, out _));
            Assert.True(Checksums.VerifyTcp(ip.Source, ip.Destination, ip.Payload));
            segments.Add(new Segment(tcp.SourcePort, tcp.DestinationPort, tcp.SequenceNumber, tcp.AcknowledgmentNumber, tcp.Flags, tcp.Payload.ToArray()));
            offset += 16 + included;
        }

        return segments;
    }

    [Fact]
    public void Pcap_ThreeMessagesInOneFile_OneSegmentEachInTheDirectionOfItsType()
    {
        string input = TempFile([.. Hello, .. FeaturesRequest, .. BarrierReply]);
        string output = OutputPath();

        Result r = Run("pcap", input, "-o", output);

        Assert.Equal(0, r.Exit);
        Assert.Equal("", r.Err);
        List<Segment> segments = ReadSegments(File.ReadAllBytes(output));
        Assert.Equal(3 + 3 + 3, segments.Count);
        Assert.Equal(TcpFlags.Syn, segments[0].Flags);
        Assert.Equal(TcpFlags.Syn | TcpFlags.Ack, segments[1].Flags);
        Assert.Equal(TcpFlags.Ack, segments[2].Flags);
        Assert.Equal((ushort)PcapCommand.SwitchPort, segments[0].SourcePort);
        Assert.Equal((ushort)PcapCommand.ControllerPort, segments[0].DestinationPort);

        Assert.Equal(Hello, segments[3].Payload);
        Assert.Equal((ushort)PcapCommand.ControllerPort, segments[3].DestinationPort);
        Assert.Equal(FeaturesRequest, segments[4].Payload);
        Assert.Equal((ushort)PcapCommand.ControllerPort, segments[4].SourcePort);
        Assert.Equal(BarrierReply, segments[5].Payload);
        Assert.Equal((ushort)PcapCommand.ControllerPort, segments[5].DestinationPort);
        Assert.Equal(TcpFlags.Fin | TcpFlags.Ack, segments[6].Flags);
    }

    [Fact]
    public void Pcap_SequenceNumbers_AdvanceByThePayloadAndAcknowledgeThePeer()
    {
        string output = OutputPath();

        Result r = Run("pcap", "--hex", Hex.Format([.. Hello, .. FeaturesRequest, .. BarrierReply, .. FeaturesRequest]), "-o", output);

        Assert.Equal(0, r.Exit);
        List<Segment> segments = ReadSegments(File.ReadAllBytes(output));
        uint switchNext = segments[0].Sequence + 1;
        uint controllerNext = segments[1].Sequence + 1;
        Assert.Equal(switchNext, segments[1].Acknowledgment);
        for (int i = 2; i < segments.Count; i++)
        {
            Segment s = segments[i];
            bool fromSwitch = s.SourcePort == PcapCommand.SwitchPort;
            Assert.Equal(fromSwitch ? switchNext : controllerNext, s.Sequence);
            Assert.Equal(fromSwitch ? controllerNext : switchNext, s.Acknowledgment);
            uint advance = (uint)s.Payload.Length + ((s.Flags & TcpFlags.Fin) != 0 ? 1u : 0u);
            if (fromSwitch)
            {
                switchNext += advance;
            }
            else
            {
                controllerNext += advance;
            }
        }
    }

    [Fact]
    public void Pcap_FromController_SendsSymmetricMessagesFromPort6653()
    {
        string output = OutputPath();

        Result r = Run("pcap", "--from", "controller", "--hex", Hex.Format([.. Hello, .. BarrierReply]), "-o", output);

        Assert.Equal(0, r.Exit);
        List<Segment> segments = ReadSegments(File.ReadAllBytes(output));
        Assert.Equal((ushort)PcapCommand.ControllerPort, segments[3].SourcePort);
        Assert.Equal((ushort)PcapCommand.ControllerPort, segments[4].DestinationPort);
    }

    [Fact]
    public void Pcap_StdinToStdout_WritesThePcapToBinaryOutput()
    {
        Result r = Run([.. BarrierReply], "pcap", "-", "-o", "-");

        Assert.Equal(0, r.Exit);
        List<Segment> segments = ReadSegments(r.Binary);
        Assert.Equal(BarrierReply, segments[3].Payload);
    }

    [Fact]
    public void Pcap_TruncatedLastMessage_ReportsItsOffsetAndKeepsTheCompleteOnes()
    {
        string input = TempFile([.. Hello, .. FeaturesRequest.AsSpan(0, 6)]);
        string output = OutputPath();

        Result r = Run("pcap", input, "-o", output);

        Assert.Equal(1, r.Exit);
        Assert.Equal($"ofp: {input}: offset 8: 6 bytes left, less than a message header\n", r.Err);
        List<Segment> segments = ReadSegments(File.ReadAllBytes(output));
        Assert.Equal(3 + 1 + 3, segments.Count);
        Assert.Equal(Hello, segments[3].Payload);
    }

    [Fact]
    public void Pcap_LengthBelowHeader_ReportsLostFraming()
    {
        Result r = Run("pcap", "--hex", "04000004 00000001", "-o", OutputPath());

        Assert.Equal(1, r.Exit);
        Assert.Equal("ofp: (hex): offset 2: length 4 is below the 8-byte header; framing is lost\n", r.Err);
    }

    [Fact]
    public void Pcap_MissingFile_ReportsItAndExitsOne()
    {
        string missing = Path.Combine(Path.GetTempPath(), "ofp-pcap-missing-" + Guid.NewGuid().ToString("n"));

        Result r = Run("pcap", missing, "-o", OutputPath());

        Assert.Equal(1, r.Exit);
        Assert.StartsWith($"ofp: {missing}: ", r.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ofp: pcap needs -o OUT.pcap (or -o - for stdout)", "pcap", "x.bin")]
    [InlineData("ofp: pcap needs a FILE, - or --hex HEX", "pcap", "-o", "x.pcap")]
    [InlineData("ofp: unknown side 'both' (switch or controller)", "pcap", "--from", "both", "x.bin", "-o", "x.pcap")]
    [InlineData("ofp: unknown option '--bogus'", "pcap", "--bogus", "x.bin", "-o", "x.pcap")]
    [InlineData("ofp: -o needs a value", "pcap", "x.bin", "-o")]
    public void Pcap_UsageMistake_ExitsTwoWithUsage(string message, params string[] args)
    {
        Result r = Run(args);

        Assert.Equal(2, r.Exit);
        Assert.StartsWith(message + "\nusage: ofp decode", r.Err, StringComparison.Ordinal);
        Assert.Contains("ofp pcap [--from switch|controller]", r.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OfpType.PacketIn, true)]
    [InlineData(OfpType.FeaturesReply, true)]
    [InlineData(OfpType.MultipartReply, true)]
    [InlineData(OfpType.PortStatus, true)]
    [InlineData(OfpType.FlowRemoved, true)]
    [InlineData(OfpType.RoleReply, true)]
    [InlineData(OfpType.FlowMod, false)]
    [InlineData(OfpType.PacketOut, false)]
    [InlineData(OfpType.MultipartRequest, false)]
    [InlineData(OfpType.SetAsync, false)]
    [InlineData(OfpType.MeterMod, false)]
    public void IsFromSwitch_DirectedType_IgnoresTheSymmetricSide(OfpType type, bool expected)
    {
        Assert.Equal(expected, PcapCommand.IsFromSwitch(OfpVersion.Of13, type, symmetricFromSwitch: true));
        Assert.Equal(expected, PcapCommand.IsFromSwitch(OfpVersion.Of13, type, symmetricFromSwitch: false));
    }

    [Theory]
    [InlineData(OfpType.Hello)]
    [InlineData(OfpType.Error)]
    [InlineData(OfpType.EchoRequest)]
    [InlineData(OfpType.EchoReply)]
    [InlineData(OfpType.Experimenter)]
    [InlineData((OfpType)200)]
    public void IsFromSwitch_SymmetricOrUnknownType_FollowsTheSymmetricSide(OfpType type)
    {
        Assert.True(PcapCommand.IsFromSwitch(OfpVersion.Of13, type, symmetricFromSwitch: true));
        Assert.False(PcapCommand.IsFromSwitch(OfpVersion.Of13, type, symmetricFromSwitch: false));
    }

    [Fact]
    public void IsFromSwitch_OtherVersion_FollowsTheSymmetricSide()
    {
        Assert.False(PcapCommand.IsFromSwitch(OfpVersion.Of10, OfpType.PacketIn, symmetricFromSwitch: false));
    }

    [Fact]
    public void Pcap_EveryCorpusFile_TsharkReadsEachMessageInOrderWithCleanTcp()
    {
        string dir = Corpus.RequireDirectory();
        Tshark.Require();
        IReadOnlyList<string> names = Corpus.PacketNames();
        var args = new List<string> { "pcap" };
        var expected = new List<string>();
        foreach (string name in names)
        {
            string path = Path.Combine(dir, name);
            args.Add(path);
            byte[] message = File.ReadAllBytes(path);
            var header = new OfpHeader(message[0], (OfpType)message[1], BinaryPrimitives.ReadUInt16BigEndian(message.AsSpan(2)), new Xid(BinaryPrimitives.ReadUInt32BigEndian(message.AsSpan(4))));
            int port = PcapCommand.IsFromSwitch(header.Version, header.Type, true) ? PcapCommand.ControllerPort : PcapCommand.SwitchPort;
            expected.Add(string.Create(CultureInfo.InvariantCulture, $"{port}\t{(int)header.Type}\t{header.Length}\t{header.Xid.Value}"));
        }

        string output = OutputPath();
        args.AddRange(["-o", output]);

        Result r = Run([.. args]);

        Assert.Equal(0, r.Exit);
        string fields = Tshark.Run(
            output,
            "-Y", "openflow_v4",
            "-T", "fields", "-E", "occurrence=f",
            "-e", "tcp.dstport", "-e", "openflow_v4.type", "-e", "openflow_v4.length", "-e", "openflow_v4.xid");
        Assert.Equal(expected, fields.TrimEnd('\n').Split('\n'));
        Assert.Equal("", Tshark.Run(output, "-Y", "tcp.analysis.flags && !tcp.analysis.window_update"));
        Assert.Equal("", Tshark.Run(
            output,
            "-o", "ip.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE",
            "-Y", "ip.checksum.status != 1 || tcp.checksum.status != 1",
            "-T", "fields", "-E", "occurrence=f", "-e", "frame.number"));
    }

    [Fact]
    public void Pcap_MessagesLargerThanASegment_TsharkReassemblesThem()
    {
        Tshark.Require();
        byte[] large = new byte[ushort.MaxValue];
        byte[] medium = new byte[3000];
        foreach (byte[] echo in new[] { large, medium })
        {
            echo[0] = OfpVersion.Of13;
            echo[1] = (byte)OfpType.EchoRequest;
            BinaryPrimitives.WriteUInt16BigEndian(echo.AsSpan(2), (ushort)echo.Length);
            BinaryPrimitives.WriteUInt32BigEndian(echo.AsSpan(4), (uint)echo.Length);
        }

        string input = TempFile([.. large, .. medium, .. BarrierReply]);
        string output = OutputPath();

        Result r = Run("pcap", input, "-o", output);

        Assert.Equal(0, r.Exit);
        string fields = Tshark.Run(output, "-Y", "openflow_v4", "-T", "fields", "-e", "openflow_v4.type", "-e", "openflow_v4.length");
        Assert.Equal(["2\t65535", "2\t3000", "21\t8"], fields.TrimEnd('\n').Split('\n'));
        Assert.Equal("", Tshark.Run(output, "-Y", "tcp.analysis.flags || _ws.malformed || _ws.expert.severity >= warning"));
    }
}
