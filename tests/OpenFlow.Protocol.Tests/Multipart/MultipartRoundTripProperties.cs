using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Messages;
using OpenFlow.Protocol.Wire;
using Xunit;

namespace OpenFlow.Protocol.Tests.Multipart;

public class MultipartRoundTripProperties
{
    [Property]
    public void RawRequestAndReply_RandomFields_RoundTrip(uint xid, ushort type, ushort flags, byte[] body, bool reply)
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) => reply
            ? w.WriteMultipartReply(new Xid(xid), (OfpMultipartType)type, (OfpMultipartReplyFlags)flags, body)
            : w.WriteMultipartRequest(new Xid(xid), (OfpMultipartType)type, (OfpMultipartRequestFlags)flags, body));

        if (reply)
        {
            MultipartReplyView v = MultipartReplyView.Read(message);
            Assert.Equal((OfpMultipartType)type, v.Type);
            Assert.Equal((OfpMultipartReplyFlags)flags, v.Flags);
            Assert.Equal((flags & 1) != 0, v.More);
            Assert.Equal(body, v.Body.ToArray());
            Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
            {
                MultipartReplyView r = MultipartReplyView.Read(message);
                return w.WriteMultipartReply(r.Xid, r.Type, r.Flags, r.Body);
            }));
        }
        else
        {
            MultipartRequestView v = MultipartRequestView.Read(message);
            Assert.Equal((OfpMultipartType)type, v.Type);
            Assert.Equal((OfpMultipartRequestFlags)flags, v.Flags);
            Assert.Equal((flags & 1) != 0, v.More);
            Assert.Equal(body, v.Body.ToArray());
            Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
            {
                MultipartRequestView r = MultipartRequestView.Read(message);
                return w.WriteMultipartRequest(r.Xid, r.Type, r.Flags, r.Body);
            }));
        }
    }

    [Property]
    public Property DescReply_RandomText_RoundTrip()
    {
        Gen<string[]> texts =
            from mfr in Generators.Ascii(255)
            from hw in Generators.Ascii(255)
            from sw in Generators.Ascii(255)
            from serial in Generators.Ascii(31)
            from dp in Generators.Ascii(255)
            select new[] { mfr, hw, sw, serial, dp };

        return Prop.ForAll(texts.ToArbitrary(), t =>
        {
            byte[] message = Build.Message((ref OpenFlowWriter w) => w.WriteDescReply(new Xid(1), t[0], t[1], t[2], t[3], t[4]));
            DescView desc = MultipartReplyView.Read(message).ReadDesc();
            Assert.Equal(t[0], desc.GetMfrDesc());
            Assert.Equal(t[1], desc.GetHwDesc());
            Assert.Equal(t[2], desc.GetSwDesc());
            Assert.Equal(t[3], desc.GetSerialNum());
            Assert.Equal(t[4], desc.GetDpDesc());
            Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
            {
                MultipartReplyView r = MultipartReplyView.Read(message);
                return w.WriteDescReply(r.Xid, r.ReadDesc(), r.Flags);
            }));
        });
    }

    [Property]
    public Property PortDescReply_RandomPorts_RoundTrip()
    {
        Gen<PortSpec[]> ports = Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Generators.Port, n));
        return Prop.ForAll(ports.ToArbitrary(), list =>
        {
            byte[] message = Build.Message((ref OpenFlowWriter w) => w.WritePortDescReply(new Xid(3), list));
            var read = new List<PortSpec>();
            foreach (PortView port in MultipartReplyView.Read(message).GetPorts())
            {
                read.Add(port.ToSpec());
            }

            Assert.Equal(list, read);
            Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
            {
                MultipartReplyView r = MultipartReplyView.Read(message);
                LengthSlot slot = w.BeginMultipartReply(r.Xid, r.Type, r.Flags);
                foreach (PortView port in r.GetPorts())
                {
                    w.WritePort(port);
                }

                return w.EndMessage(slot);
            }));
        });
    }
}
