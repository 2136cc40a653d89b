using System;
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
            default:
                return MixBytes(sum, reply.Body);
        }
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
