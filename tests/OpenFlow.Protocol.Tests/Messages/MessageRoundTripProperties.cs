using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>Random field values: write, read back the same values, and rewrite from the view to the same bytes.</summary>
public class MessageRoundTripProperties
{
    [Property]
    public void Hello_RandomVersions_RoundTrip(uint xid, byte[] versions)
    {
        if (versions.Length == 0)
        {
            versions = [4];
        }

        byte[] message = Build.Message((ref OpenFlowWriter w) => w.WriteHello(new Xid(xid), versions));
        HelloView hello = HelloView.Read(message);
        Assert.Equal(new Xid(xid), hello.Xid);
        for (int v = 0; v < 256; v++)
        {
            Assert.Equal(versions.Contains((byte)v), hello.SupportsVersion((byte)v));
        }

        Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) => RewriteHello(ref w, message)));
    }

    [Property]
    public void HelloElements_RandomRawElements_RoundTrip(uint xid, ushort[] types, byte[] body)
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginHello(new Xid(xid));
            for (int i = 0; i < types.Length && i < 8; i++)
            {
                var type = types[i] == 1 ? (OfpHelloElemType)2 : (OfpHelloElemType)types[i];
                w.WriteHelloElement(type, body.AsSpan(0, Math.Min(body.Length, i * 3)));
            }

            return w.EndMessage(slot);
        });

        int count = 0;
        foreach (HelloElementView element in HelloView.Read(message))
        {
            Assert.Equal(Math.Min(body.Length, count * 3), element.Body.Length);
            count++;
        }

        Assert.Equal(Math.Min(types.Length, 8), count);
        Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) => RewriteHello(ref w, message)));
    }

    [Property]
    public void Error_RandomFields_RoundTrip(uint xid, ushort type, ushort code, byte[] data)
    {
        if (type == 0xffff)
        {
            type = 1;
        }

        byte[] message = Build.Message((ref OpenFlowWriter w) => w.WriteError(new Xid(xid), (OfpErrorType)type, code, data));
        ErrorView view = ErrorView.Read(message);
        Assert.Equal((OfpErrorType)type, view.Type);
        Assert.Equal(code, view.Code);
        Assert.Equal(data, view.Data.ToArray());
        Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
        {
            ErrorView v = ErrorView.Read(message);
            return w.WriteError(v.Xid, v.Type, v.Code, v.Data);
        }));
    }

    [Property]
    public void ExperimenterError_RandomFields_RoundTrip(uint xid, ushort expType, uint experimenter, byte[] data)
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) => w.WriteExperimenterError(new Xid(xid), expType, experimenter, data));
        ErrorView view = ErrorView.Read(message);
        Assert.True(view.IsExperimenter);
        Assert.Equal(expType, view.ExpType);
        Assert.Equal(experimenter, view.Experimenter);
        Assert.Equal(data, view.Data.ToArray());
        Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
        {
            ErrorView v = ErrorView.Read(message);
            return w.WriteExperimenterError(v.Xid, v.ExpType, v.Experimenter, v.Data);
        }));
    }

    [Property]
    public void Echo_RandomData_RoundTrip(uint xid, bool request, byte[] data)
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) => request ? w.WriteEchoRequest(new Xid(xid), data) : w.WriteEchoReply(new Xid(xid), data));
        EchoView view = EchoView.Read(message);
        Assert.Equal(request, view.IsRequest);
        Assert.Equal(new Xid(xid), view.Xid);
        Assert.Equal(data, view.Data.ToArray());
        Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
        {
            EchoView v = EchoView.Read(message);
            return v.IsRequest ? w.WriteEchoRequest(v.Xid, v.Data) : w.WriteEchoReply(v.Xid, v.Data);
        }));
    }

    [Property]
    public void Experimenter_RandomFields_RoundTrip(uint xid, uint experimenter, uint expType, byte[] data)
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) => w.WriteExperimenter(new Xid(xid), experimenter, expType, data));
        ExperimenterView view = ExperimenterView.Read(message);
        Assert.Equal(experimenter, view.Experimenter);
        Assert.Equal(expType, view.ExpType);
        Assert.Equal(data, view.Data.ToArray());
        Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
        {
            ExperimenterView v = ExperimenterView.Read(message);
            return w.WriteExperimenter(v.Xid, v.Experimenter, v.ExpType, v.Data);
        }));
    }

    [Property]
    public void HeaderOnly_RandomTypeAndXid_RoundTrip(uint xid, byte pick)
    {
        OfpType[] types = [OfpType.FeaturesRequest, OfpType.GetConfigRequest, OfpType.BarrierRequest, OfpType.BarrierReply, OfpType.GetAsyncRequest];
        OfpType type = types[pick % types.Length];
        byte[] message = Build.Message((ref OpenFlowWriter w) => w.WriteHeaderOnlyMessage(type, new Xid(xid)));
        HeaderOnlyView view = HeaderOnlyView.Read(message);
        Assert.Equal(type, view.Type);
        Assert.Equal(new Xid(xid), view.Xid);
    }

    [Property]
    public void FeaturesReply_RandomFields_RoundTrip(uint xid, ulong dpid, uint nBuffers, byte nTables, byte auxiliaryId, uint capabilities, uint reserved)
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) =>
            w.WriteFeaturesReply(new Xid(xid), new DatapathId(dpid), nBuffers, nTables, auxiliaryId, (OfpCapabilities)capabilities, reserved));
        FeaturesReplyView v = FeaturesReplyView.Read(message);
        Assert.Equal(new Xid(xid), v.Xid);
        Assert.Equal(new DatapathId(dpid), v.DatapathId);
        Assert.Equal(nBuffers, v.NBuffers);
        Assert.Equal(nTables, v.NTables);
        Assert.Equal(auxiliaryId, v.AuxiliaryId);
        Assert.Equal((OfpCapabilities)capabilities, v.Capabilities);
        Assert.Equal(reserved, v.Reserved);
        Assert.Equal(0, message[22] | message[23]);
    }

    [Property]
    public void SwitchConfig_RandomFields_RoundTrip(uint xid, bool set, ushort flags, ushort missSendLen)
    {
        byte[] message = Build.Message((ref OpenFlowWriter w) => set
            ? w.WriteSetConfig(new Xid(xid), (OfpConfigFlags)flags, missSendLen)
            : w.WriteGetConfigReply(new Xid(xid), (OfpConfigFlags)flags, missSendLen));
        SwitchConfigView v = SwitchConfigView.Read(message);
        Assert.Equal(set ? OfpType.SetConfig : OfpType.GetConfigReply, v.Type);
        Assert.Equal((OfpConfigFlags)flags, v.Flags);
        Assert.Equal(missSendLen, v.MissSendLen);
    }

    [Property]
    public Property PortStatus_RandomPort_RoundTrip()
    {
        return Prop.ForAll(Generators.Port.ToArbitrary(), ArbMap.Default.ArbFor<byte>(), (port, reason) =>
        {
            byte[] message = Build.Message((ref OpenFlowWriter w) => w.WritePortStatus(new Xid(1), (OfpPortReason)reason, in port));
            PortStatusView view = PortStatusView.Read(message);
            Assert.Equal((OfpPortReason)reason, view.Reason);
            Assert.Equal(port, view.Desc.ToSpec());
            Build.AssertBytes(message, Build.Message((ref OpenFlowWriter w) =>
            {
                PortStatusView v = PortStatusView.Read(message);
                return w.WritePortStatus(v.Xid, v.Reason, v.Desc);
            }));
        });
    }

    [Property]
    public void OpenFlowMessage_AnyWellFormedHeader_ExposesHeader(byte version, byte type, uint xid, byte[] body)
    {
        byte[] message = new byte[8 + Math.Min(body.Length, 100)];
        message[0] = version;
        message[1] = type;
        message[2] = (byte)(message.Length >> 8);
        message[3] = (byte)message.Length;
        message[4] = (byte)(xid >> 24);
        message[5] = (byte)(xid >> 16);
        message[6] = (byte)(xid >> 8);
        message[7] = (byte)xid;
        OpenFlowMessage m = OpenFlowMessage.Read(message);
        Assert.Equal(version, m.Version);
        Assert.Equal((OfpType)type, m.Type);
        Assert.Equal(new Xid(xid), m.Xid);
        Assert.Equal(message.Length, m.Header.Length);
    }

    private static int RewriteHello(ref OpenFlowWriter w, byte[] message)
    {
        HelloView hello = HelloView.Read(message);
        LengthSlot slot = w.BeginHello(hello.Xid);
        foreach (HelloElementView element in hello)
        {
            w.WriteHelloElement(element.Type, element.Body);
        }

        return w.EndMessage(slot);
    }
}
