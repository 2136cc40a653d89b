using System;
using System.IO;
using System.Linq;
using System.Text;
using OpenFlow.TestKit;
using OpenFlow.Tools.Ofp;
using Xunit;

namespace OpenFlow.Protocol.Tests.Ofp;

public sealed class OfpCommandTests
{
    private static readonly byte[] BarrierRequest = Hex.Parse("04 14 0008 00000001 # OFPT_BARRIER_REQUEST xid=1");
    private static readonly byte[] FeaturesRequest = Hex.Parse("04 05 0008 00000002 # OFPT_FEATURES_REQUEST xid=2");
    private static readonly byte[] BarrierReply = Hex.Parse("04 15 0008 00000003 # OFPT_BARRIER_REPLY xid=3");

    private sealed record Result(int Exit, string Out, string Err, byte[] Binary);

    private static Result Run(byte[] stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        using var binary = new MemoryStream();
        int exit = OfpCommand.Run(args, new MemoryStream(stdin), output, error, binary);
        return new Result(exit, output.ToString(), error.ToString(), binary.ToArray());
    }

    private static Result Run(params string[] args) => Run([], args);

    private static string TempFile(byte[] bytes)
    {
        string path = Path.Combine(Path.GetTempPath(), "ofp-test-" + Guid.NewGuid().ToString("n"));
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Decode_ThreeConcatenatedMessagesAsText_PrintsOneLineEach()
    {
        string file = TempFile([.. BarrierRequest, .. FeaturesRequest, .. BarrierReply]);

        Result r = Run("decode", file);

        Assert.Equal(0, r.Exit);
        Assert.Equal(
            ["OFPT_BARRIER_REQUEST (OF1.3) (xid=0x1):", "OFPT_FEATURES_REQUEST (OF1.3) (xid=0x2):", "OFPT_BARRIER_REPLY (OF1.3) (xid=0x3):"],
            Lines(r.Out));
        Assert.Equal("", r.Err);
    }

    [Fact]
    public void Decode_ThreeConcatenatedMessagesAsJson_PrintsOneCompactDocumentPerLine()
    {
        string file = TempFile([.. BarrierRequest, .. FeaturesRequest, .. BarrierReply]);

        Result r = Run("decode", "--format", "json", file);

        Assert.Equal(0, r.Exit);
        Assert.Equal(["{\"OFPBarrierRequest\":{}}", "{\"OFPFeaturesRequest\":{}}", "{\"OFPBarrierReply\":{}}"], Lines(r.Out));
    }

    [Fact]
    public void Decode_Hex_DecodesTheMessage()
    {
        Result r = Run("decode", "--hex", "04140008 0000002a");

        Assert.Equal(0, r.Exit);
        Assert.Equal("OFPT_BARRIER_REQUEST (OF1.3) (xid=0x2a):\n", r.Out);
    }

    [Fact]
    public void Decode_Stdin_DecodesBinaryInput()
    {
        Result r = Run([.. BarrierReply, .. BarrierRequest], "decode", "--format=json", "-");

        Assert.Equal(0, r.Exit);
        Assert.Equal(["{\"OFPBarrierReply\":{}}", "{\"OFPBarrierRequest\":{}}"], Lines(r.Out));
    }

    [Fact]
    public void Decode_CorpusFlowModAsText_ShowsCommandTableMatchAndActions()
    {
        byte[] bytes = Corpus.ReadPacket("4-46-ofp_flow_mod.packet");

        Result r = Run(bytes, "decode", "-");

        Assert.True(r.Exit == 0, r.Err);
        Assert.Equal("OFPT_FLOW_MOD (OF1.3) (xid=0x0): ADD table:1 priority=123 eth_dst=f2:0b:a4:7d:f8:ea meter:1,write_actions(output:6)\n", r.Out);
    }

    [Fact]
    public void Decode_TruncatedLastMessage_ExitsOneWithOneLineErrorAtItsOffset()
    {
        Result r = Run([.. BarrierRequest, .. FeaturesRequest.AsSpan(0, 5)], "decode", "-");

        Assert.Equal(1, r.Exit);
        Assert.Equal("OFPT_BARRIER_REQUEST (OF1.3) (xid=0x1):\n", r.Out);
        Assert.Equal("ofp: -: offset 8: 5 bytes left, less than a message header\n", r.Err);
    }

    [Fact]
    public void Decode_LengthBelowHeader_ExitsOneWithFramingError()
    {
        Result r = Run("decode", "--hex", "04140004 00000000");

        Assert.Equal(1, r.Exit);
        Assert.Equal("ofp: (hex): offset 2: length 4 is below the 8-byte header; framing is lost\n", r.Err);
    }

    [Fact]
    public void Decode_HeaderOnlyMessageWithBody_ReportsFieldAndOffset()
    {
        Result r = Run("decode", "--hex", "0414000c 00000000 00000000");

        Assert.Equal(1, r.Exit);
        Assert.Single(Lines(r.Err));
        Assert.StartsWith("ofp: (hex): offset 2: BarrierRequest: ", r.Err);
    }

    [Fact]
    public void Decode_MissingFile_ExitsOneWithFileName()
    {
        Result r = Run("decode", "/nonexistent/file.bin");

        Assert.Equal(1, r.Exit);
        Assert.StartsWith("ofp: /nonexistent/file.bin: ", r.Err);
        Assert.Single(Lines(r.Err));
    }

    [Fact]
    public void Run_NoArgumentsOrUnknownCommand_ExitsTwo()
    {
        Assert.Equal(2, Run().Exit);
        Assert.Equal(2, Run("frobnicate").Exit);
        Assert.Equal(2, Run("decode").Exit);
        Assert.Equal(2, Run("decode", "--format", "xml", "-").Exit);
    }

    [Fact]
    public void Encode_WithoutOutput_WritesBinaryToStdout()
    {
        Result r = Run(Encoding.UTF8.GetBytes("{\"OFPBarrierRequest\": {\"xid\": 1}}"), "encode", "-");

        Assert.Equal(0, r.Exit);
        Assert.Equal(BarrierRequest, r.Binary);
    }

    [Fact]
    public void Encode_JsonLines_WritesMessagesBackToBack()
    {
        string json = TempFile(Encoding.UTF8.GetBytes("{\"OFPBarrierRequest\": {\"xid\": 1}}\n{\"OFPFeaturesRequest\": {\"xid\": 2}}\n"));
        string output = Path.Combine(Path.GetTempPath(), "ofp-test-" + Guid.NewGuid().ToString("n"));

        Result r = Run("encode", json, "-o", output);

        Assert.Equal(0, r.Exit);
        Assert.Equal([.. BarrierRequest, .. FeaturesRequest], File.ReadAllBytes(output));
    }

    [Fact]
    public void EncodeThenDecode_CorpusFile_ReproducesBytesAndJson()
    {
        string dir = Corpus.RequireDirectory();
        string output = Path.Combine(Path.GetTempPath(), "ofp-test-" + Guid.NewGuid().ToString("n"));

        Result encoded = Run("encode", Path.Combine(dir, "4-46-ofp_flow_mod.packet.json"), "-o", output);
        Result decoded = Run("decode", "--format", "json", output);

        Assert.True(encoded.Exit == 0, encoded.Err);
        Assert.Equal(Corpus.ReadPacket("4-46-ofp_flow_mod.packet"), File.ReadAllBytes(output));
        Assert.True(decoded.Exit == 0, decoded.Err);
        Assert.Null(Conformance.JsonDiff.FirstDifference(Corpus.ReadJson("4-46-ofp_flow_mod.packet"), decoded.Out));
    }

    [Fact]
    public void Encode_UnknownKey_ExitsOneNamingTheJsonPath()
    {
        Result r = Run(Encoding.UTF8.GetBytes("{\"OFPBarrierRequest\": {\"bogus\": 1}}"), "encode", "-");

        Assert.Equal(1, r.Exit);
        Assert.Equal("ofp: -: $.OFPBarrierRequest.bogus: OFPBarrierRequest has no field \"bogus\"\n", r.Err);
        Assert.Empty(r.Binary);
    }

    [Fact]
    public void Encode_NotJson_ExitsOne()
    {
        Result r = Run(Encoding.UTF8.GetBytes("{nope"), "encode", "-");

        Assert.Equal(1, r.Exit);
        Assert.StartsWith("ofp: -: $: not JSON", r.Err);
        Assert.Single(Lines(r.Err));
    }

    [Fact]
    public void Decode_ToolOutputForEveryCorpusFile_NeverCrashes()
    {
        string dir = Corpus.RequireDirectory();
        foreach (string name in Corpus.PacketNames())
        {
            Result r = Run("decode", Path.Combine(dir, name));
            Assert.True(r.Exit is 0 or 1, name);
            Assert.True(r.Exit == 0 || Lines(r.Err).All(l => l.StartsWith("ofp: ", StringComparison.Ordinal)), r.Err);
        }
    }
}
