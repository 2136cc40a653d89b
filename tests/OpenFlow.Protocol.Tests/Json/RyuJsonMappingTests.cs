using System;
using System.IO;
using System.Text;
using System.Text.Json;
using OpenFlow.Protocol.Json;
using OpenFlow.Protocol.Json.Mapping;
using OpenFlow.Protocol.Tests.Conformance;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Json;

public sealed class RyuJsonMappingTests
{
    private static readonly byte[] ExperimenterError = Hex.Parse("""
        04 01 001b 00000000   # header: OFPT_ERROR, length 27
        ffff                  # type: OFPET_EXPERIMENTER
        ea60                  # exp_type: 60000
        000f423f              # experimenter: 999999
        6a696b6b656e2064617461 # data: "jikken data"
        """);

    [Fact]
    public void Decode_ExperimenterError_HasNullCodeAndExperimenterFields()
    {
        string json = RyuJsonWriter.ToJson(ExperimenterError);

        Assert.Null(JsonDiff.FirstDifference(
            """{"OFPErrorMsg": {"code": null, "data": "amlra2VuIGRhdGE=", "exp_type": 60000, "experimenter": 999999, "type": 65535}}""",
            json));
    }

    [Fact]
    public void Encode_ExperimenterErrorWithNullOrAbsentCode_WritesExperimenterLayout()
    {
        Assert.Equal(ExperimenterError, RyuJsonReader.Encode("""{"OFPErrorMsg": {"code": null, "data": "amlra2VuIGRhdGE=", "exp_type": 60000, "experimenter": 999999, "type": 65535}}"""));
        Assert.Equal(ExperimenterError, RyuJsonReader.Encode("""{"OFPErrorMsg": {"data": "amlra2VuIGRhdGE=", "exp_type": 60000, "experimenter": 999999, "type": 65535}}"""));
    }

    [Fact]
    public void Encode_ExperimenterErrorWithCode_ThrowsNamingCode()
    {
        var e = Assert.Throws<RyuJsonException>(() => RyuJsonReader.Encode("""{"OFPErrorMsg": {"code": 3, "data": "", "exp_type": 1, "experimenter": 2, "type": 65535}}"""));

        Assert.Equal("$.OFPErrorMsg.code", e.Path);
    }

    [Fact]
    public void Encode_HelloWithoutLengths_ComputesElementLength()
    {
        byte[] expected = Hex.Parse("""
            04 00 0010 00000000   # header: OFPT_HELLO, length 16
            0001 0008             # element: OFPHET_VERSIONBITMAP, length 8
            00000012              # bitmap: versions 1 and 4
            """);

        Assert.Equal(expected, RyuJsonReader.Encode("""{"OFPHello": {"elements": [{"OFPHelloElemVersionBitmap": {"versions": [1, 4]}}]}}"""));
    }

    [Fact]
    public void Encode_WrongElementLength_ThrowsNamingThePath()
    {
        var e = Assert.Throws<RyuJsonException>(() => RyuJsonReader.Encode("""{"OFPHello": {"elements": [{"OFPHelloElemVersionBitmap": {"length": 12, "type": 1, "versions": [4]}}]}}"""));

        Assert.Equal("$.OFPHello.elements[0].OFPHelloElemVersionBitmap.length", e.Path);
    }

    [Fact]
    public void Encode_ActionsWithoutLen_ComputesLenAndPadding()
    {
        byte[] actual = EncodeActions("""[{"OFPActionOutput": {"port": 6}}, {"OFPActionSetField": {"field": {"OXMTlv": {"field": "vlan_vid", "mask": null, "value": 258}}}}]""");

        Assert.Equal(Hex.Parse("""
            0000 0010 00000006 ffff 000000000000  # OFPAT_OUTPUT len 16, port 6, max_len 0xffff
            0019 0010 80000c02 0102 000000000000  # OFPAT_SET_FIELD len 16, OXM vlan_vid=258, padding
            """), actual);
    }

    [Fact]
    public void Encode_ActionLenSaysMore_PadsToIt()
    {
        byte[] actual = EncodeActions("""[{"OFPActionPopVlan": {"len": 16, "type": 18}}]""");

        Assert.Equal(Hex.Parse("0012 0010 00000000 0000000000000000 # OFPAT_POP_VLAN padded to 16"), actual);
    }

    [Fact]
    public void Encode_ActionLenSaysLess_ThrowsNamingLen()
    {
        var e = Assert.Throws<RyuJsonException>(() => EncodeActions("""[{"OFPActionOutput": {"len": 8, "port": 6}}]"""));

        Assert.Equal("$.actions[0].OFPActionOutput.len", e.Path);
    }

    [Fact]
    public void Action_UnknownExperimenter_RoundTripsAsExperimenterUnknownWithPaddedData()
    {
        const string json = """[{"OFPActionExperimenterUnknown": {"data": "AAECAwQFBgc=", "experimenter": 101, "len": 16, "type": 65535}}]""";
        byte[] bytes = EncodeActions(json);

        Assert.Equal(Hex.Parse("ffff 0010 00000065 0001020304050607 # OFPAT_EXPERIMENTER 101, 8 bytes of data"), bytes);
        Assert.Null(JsonDiff.FirstDifference(json, DecodeActions(bytes)));
    }

    [Fact]
    public void Action_NiciraUnknownSubtype_IsNXActionUnknown()
    {
        byte[] bytes = Hex.Parse("ffff 0010 00002320 6578 705f64617461 # Nicira, subtype 0x6578, data");

        Assert.Null(JsonDiff.FirstDifference(
            """[{"NXActionUnknown": {"data": "cF9kYXRh", "experimenter": 8992, "len": 16, "subtype": 25976, "type": 65535}}]""",
            DecodeActions(bytes)));
        Assert.Equal(bytes, EncodeActions(DecodeActions(bytes)));
    }

    [Fact]
    public void Action_NiciraKnownSubtype_IsReportedAsNotSupportedWithItsClass()
    {
        byte[] learn = Hex.Parse("ffff 0010 00002320 0010 000000000000 # Nicira, subtype 16 (learn)");

        var e = Assert.Throws<RyuJsonNotSupportedException>(() => DecodeActions(learn));

        Assert.Equal("NXActionLearn", e.ClassName);
        Assert.Equal("needs NXActionLearn (issue 3)", e.Message);
    }

    [Fact]
    public void Oxm_OnfPbbUcaAndNiciraRegister_UseRyuNames()
    {
        Assert.Equal("pbb_uca", OxmJson.FieldName(Hex.Parse("ffff 0007 4f4e4600 0a00 01 # ONF EXT-256 pbb_uca=1")));
        Assert.Equal("reg5", OxmJson.FieldName(Hex.Parse("0001 0b08 0000abcd 0000ffff # NXM_NX_REG5/mask")));
        Assert.Equal("tun_ipv4_src", OxmJson.FieldName(Hex.Parse("0001 3e04 c0a80203 # NXM_NX_TUN_IPV4_SRC")));
    }

    [Fact]
    public void Encode_NotSupportedClass_ThrowsWithTheClassName()
    {
        var e = Assert.Throws<RyuJsonNotSupportedException>(() => RyuJsonReader.Encode("""{"OFPRoleRequest": {"generation_id": 1, "role": 2}}"""));

        Assert.Equal("OFPRoleRequest", e.ClassName);
    }

    [Fact]
    public void Encode_UnknownClass_ThrowsRyuJsonException()
    {
        var e = Assert.Throws<RyuJsonException>(() => RyuJsonReader.Encode("""{"OFPNothing": {}}"""));

        Assert.Equal("$.OFPNothing", e.Path);
    }

    [Fact]
    public void Encode_WrongValueKind_ThrowsNamingThePath()
    {
        var e = Assert.Throws<RyuJsonException>(() => RyuJsonReader.Encode("""{"OFPSetConfig": {"flags": "zero", "miss_send_len": 128}}"""));

        Assert.Equal("$.OFPSetConfig.flags", e.Path);
    }

    private static byte[] EncodeActions(string list)
    {
        using JsonDocument document = JsonDocument.Parse("{\"actions\": " + list + "}");
        var body = new JsonBody("test", document.RootElement, "$");
        byte[] buffer = new byte[1024];
        var writer = new OpenFlowWriter(buffer);
        ActionJson.EncodeList(ref writer, body, "actions");
        return writer.Written.ToArray();
    }

    private static string DecodeActions(byte[] actions)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            ActionJson.WriteList(json, "actions", new OpenFlow.Protocol.Actions.ActionListView(actions, OpenFlow.Protocol.Primitives.OfpType.FlowMod, 0));
            json.WriteEndObject();
        }

        using JsonDocument document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.GetProperty("actions").GetRawText();
    }
}
