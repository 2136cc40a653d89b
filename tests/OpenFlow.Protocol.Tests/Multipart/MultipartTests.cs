using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Messages;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Multipart;

public class MultipartTests
{
    private static readonly byte[] DescRequest = Hex.Parse("""
        04 12 0010 00000001  # ofp_header: OFPT_MULTIPART_REQUEST, length 16, xid 1
        0000                 # type = OFPMP_DESC
        0000                 # flags = 0
        00000000             # pad
        """);

    private static readonly byte[] PortDescRequest = Hex.Parse("""
        04 12 0010 00000002  # ofp_header: OFPT_MULTIPART_REQUEST, length 16, xid 2
        000d                 # type = OFPMP_PORT_DESC
        0000                 # flags = 0
        00000000             # pad
        """);

    private static readonly byte[] PortDescReply = Hex.Parse("""
        04 13 0090 00000002  # ofp_header: OFPT_MULTIPART_REPLY, length 144, xid 2
        000d                 # type = OFPMP_PORT_DESC
        0001                 # flags = OFPMPF_REPLY_MORE
        00000000             # pad
        """ + "\n" + PortStatusTests.Eth0PortHex + "\n" + """
        00000002 00000000    # ports[1].port_no = 2, pad
        0a0b0c0d0e0f 0000    # ports[1].hw_addr = 0a:0b:0c:0d:0e:0f, pad2
        65746831 00000000 00000000 00000000 # ports[1].name = "eth1"
        00000001             # config = OFPPC_PORT_DOWN
        00000001             # state = OFPPS_LINK_DOWN
        00000000 00000000 00000000 00000000 # curr, advertised, supported, peer
        00000000 00000000    # curr_speed, max_speed
        """);

    private static readonly PortSpec Eth1 = new()
    {
        PortNo = new PortNo(2),
        HwAddr = new MacAddress(0x0a0b0c0d0e0f),
        Name = "eth1",
        Config = OfpPortConfig.PortDown,
        State = OfpPortState.LinkDown,
    };

    internal static byte[] DescReply() =>
        Build.Message((ref OpenFlowWriter w) => w.WriteDescReply(new Xid(1), "Nicira, Inc.", "Open vSwitch", "3.3.0", "None", "br0"));

    [Fact]
    public void WriteDescRequest_MatchesSpecVector()
    {
        Build.AssertBytes(DescRequest, Build.Message((ref OpenFlowWriter w) => w.WriteDescRequest(new Xid(1))));
        MultipartRequestView view = MultipartRequestView.Read(DescRequest);
        Assert.Equal(OfpMultipartType.Desc, view.Type);
        Assert.Equal(OfpMultipartRequestFlags.None, view.Flags);
        Assert.False(view.More);
        Assert.True(view.Body.IsEmpty);
        Assert.True(view.TryCheckEmptyBody(out _));
    }

    [Fact]
    public void WritePortDescRequest_MatchesSpecVector()
    {
        Build.AssertBytes(PortDescRequest, Build.Message((ref OpenFlowWriter w) => w.WritePortDescRequest(new Xid(2))));
        Assert.Equal(OfpMultipartType.PortDesc, MultipartRequestView.Read(PortDescRequest).Type);
    }

    [Fact]
    public void TryCheckEmptyBody_BodyPresent_ReturnsBadLen()
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) =>
            w.WriteMultipartRequest(new Xid(1), OfpMultipartType.Desc, OfpMultipartRequestFlags.ReqMore, [1, 2, 3, 4]));
        MultipartRequestView view = MultipartRequestView.Read(message);
        Assert.True(view.More);
        Assert.False(view.TryCheckEmptyBody(out OpenFlowFormatError error));
        Assert.Equal("body", error.Field);
        Assert.Equal(16, error.Offset);
    }

    [Fact]
    public void DescReply_WriteReadRewrite_RoundTrips()
    {
        byte[] message = DescReply();
        Assert.Equal(16 + 1056, message.Length);
        Assert.Equal(Hex.Parse("04 13 0430 00000001 0000 0000 00000000"), message.AsSpan(0, 16).ToArray());
        Assert.Equal("Nicira, Inc."u8.ToArray(), message.AsSpan(16, 12).ToArray());
        Assert.All(message.AsSpan(16 + 12, 256 - 12).ToArray(), b => Assert.Equal(0, b));

        MultipartReplyView reply = MultipartReplyView.Read(message);
        Assert.Equal(OfpMultipartType.Desc, reply.Type);
        DescView desc = reply.ReadDesc();
        Assert.Equal("Nicira, Inc.", desc.GetMfrDesc());
        Assert.Equal("Open vSwitch", desc.GetHwDesc());
        Assert.Equal("3.3.0", desc.GetSwDesc());
        Assert.Equal("None", desc.GetSerialNum());
        Assert.Equal("br0", desc.GetDpDesc());
        Assert.Equal("br0"u8.ToArray(), desc.DpDescBytes.ToArray());

        Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
        {
            MultipartReplyView r = MultipartReplyView.Read(message);
            return w.WriteDescReply(r.Xid, r.ReadDesc(), r.Flags);
        }));
    }

    [Fact]
    public void DescReply_SerialNumberTooLong_IsCutSoTheTerminatorFits()
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) =>
            w.WriteDescReply(new Xid(1), "", "", "", new string('x', 40), ""));
        DescView desc = MultipartReplyView.Read(message).ReadDesc();
        Assert.Equal(31, desc.SerialNumBytes.Length);
        Assert.Equal(0, message[16 + 768 + 31]);
    }

    [Theory]
    [InlineData(1055)]
    [InlineData(1057)]
    [InlineData(0)]
    public void ReadDesc_BodyNot1056_ThrowsBadLen(int bodyLength)
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) =>
            w.WriteMultipartReply(new Xid(1), OfpMultipartType.Desc, OfpMultipartReplyFlags.None, new byte[bodyLength]));
        Build.AssertFormatError(() => MultipartReplyView.Read(message).ReadDesc(), "body", 16);
    }

    [Fact]
    public void ReadDesc_OtherType_ThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() => MultipartReplyView.Read(PortDescReply).ReadDesc());
        byte[] descReply = DescReply();
        Assert.Throws<InvalidOperationException>(() => MultipartReplyView.Read(descReply).GetPorts());
    }

    [Fact]
    public void WritePortDescReply_MatchesSpecVector()
    {
        Build.AssertBytes(PortDescReply, Build.Message((ref OpenFlowWriter w) =>
            w.WritePortDescReply(new Xid(2), [PortStatusTests.Eth0, Eth1], OfpMultipartReplyFlags.ReplyMore)));
    }

    [Fact]
    public void ReadPortDescReply_EnumeratesPorts()
    {
        MultipartReplyView reply = MultipartReplyView.Read(PortDescReply);
        Assert.True(reply.More);
        Assert.Equal(OfpMultipartReplyFlags.ReplyMore, reply.Flags);
        PortEnumerator ports = reply.GetPorts();
        Assert.True(ports.MoveNext());
        Assert.Equal(PortStatusTests.Eth0, ports.Current.ToSpec());
        Assert.Equal(16, ports.Current.Offset);
        Assert.True(ports.MoveNext());
        Assert.Equal(Eth1, ports.Current.ToSpec());
        Assert.Equal(80, ports.Current.Offset);
        Assert.False(ports.MoveNext());
    }

    [Fact]
    public void ReadThenRewrite_PortDescReply_SameBytes()
    {
        Build.AssertBytes(PortDescReply, Build.Message((ref OpenFlowWriter w) =>
        {
            MultipartReplyView r = MultipartReplyView.Read(PortDescReply);
            LengthSlot slot = w.BeginMultipartReply(r.Xid, r.Type, r.Flags);
            foreach (PortView port in r.GetPorts())
            {
                w.WritePort(port);
            }

            return w.EndMessage(slot);
        }));
    }

    [Fact]
    public void PortDescReply_PartialSecondPort_ThrowsAtThatPort()
    {
        byte[] message = PortDescReply.AsSpan(0, 16 + 64 + 10).ToArray();
        message[3] = (byte)message.Length;
        MultipartReplyView reply = MultipartReplyView.Read(message);
        Build.AssertFormatError(
            () =>
            {
                foreach (PortView port in MultipartReplyView.Read(message).GetPorts())
                {
                    _ = port.PortNo;
                }
            },
            "body.ports[1]",
            80);
        Assert.Equal(90, reply.Length);
    }

    [Fact]
    public void WritePortDescReply_TooManyPorts_ThrowsArgument()
    {
        var ports = new PortSpec[1024];
        Assert.Throws<ArgumentException>(() =>
        {
            var w = new OpenFlowWriter(new byte[16]);
            w.WritePortDescReply(new Xid(0), ports);
        });
    }

    [Fact]
    public void UnknownMultipartType_IsSurfacedRaw()
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) =>
            w.WriteMultipartReply(new Xid(3), (OfpMultipartType)0x77, OfpMultipartReplyFlags.None, [9, 8, 7, 6]));
        MultipartReplyView reply = MultipartReplyView.Read(message);
        Assert.Equal((OfpMultipartType)0x77, reply.Type);
        Assert.Equal(new byte[] { 9, 8, 7, 6 }, reply.Body.ToArray());
    }

    [Fact]
    public void MultipartHeaders_ShorterThan16_ThrowBadLen()
    {
        Build.AssertFormatError(() => MultipartRequestView.Read(Hex.Parse("04 12 000c 00000000 0000 0000")), "header.length", 2);
        Build.AssertFormatError(() => MultipartReplyView.Read(Hex.Parse("04 13 000c 00000000 0000 0000")), "header.length", 2);
    }

    [Fact]
    public void BeginMultipartRequest_PadIsZeroOverDirtyBuffer()
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) =>
            w.EndMessage(w.BeginMultipartRequest(new Xid(5), OfpMultipartType.Table, OfpMultipartRequestFlags.ReqMore)));
        Build.AssertBytes(Hex.Parse("04 12 0010 00000005 0003 0001 00000000"), message);
    }
}
