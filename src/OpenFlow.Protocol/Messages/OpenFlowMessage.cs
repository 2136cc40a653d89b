using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// One whole received message (header included), for dispatching on <see cref="Type"/>: switch on the type, then
/// call the matching <c>As...</c> accessor, which reads the message with that type's view. Each accessor throws
/// <see cref="OpenFlowFormatException"/> when the message is malformed or of another type (<c>OFPBRC_BAD_TYPE</c>).
/// </summary>
public readonly ref struct OpenFlowMessage
{
    private readonly ReadOnlySpan<byte> _message;

    private OpenFlowMessage(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Span => _message;

    /// <summary>The wire version of the header.</summary>
    public byte Version => _message[OfpHeader.VersionOffset];

    /// <summary>The message type.</summary>
    public OfpType Type => (OfpType)_message[OfpHeader.TypeOffset];

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The message length.</summary>
    public int Length => _message.Length;

    /// <summary>The header.</summary>
    public OfpHeader Header => new(Version, Type, (ushort)_message.Length, Xid);

    /// <summary>Checks that <paramref name="message"/> is one message: a header whose length field is the span's length.</summary>
    /// <param name="message">The whole message, as the frame reader returned it.</param>
    /// <param name="view">The message, when its framing is sound.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the framing is sound; the body is checked by the <c>As...</c> accessors.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out OpenFlowMessage view, out OpenFlowFormatError error)
    {
        OfpType type = message.Length > OfpHeader.TypeOffset ? (OfpType)message[OfpHeader.TypeOffset] : OfpType.Hello;
        if (!MessageChecks.TryCheckFrame(message, type, out error))
        {
            view = default;
            return false;
        }

        view = new OpenFlowMessage(message);
        return true;
    }

    /// <summary>Checks the framing of <paramref name="message"/>, throwing <see cref="OpenFlowFormatException"/> when it is unsound.</summary>
    /// <param name="message">The whole message.</param>
    public static OpenFlowMessage Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out OpenFlowMessage view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>The message as <c>OFPT_HELLO</c>.</summary>
    public HelloView AsHello() => HelloView.Read(_message);

    /// <summary>The message as <c>OFPT_ERROR</c>.</summary>
    public ErrorView AsError() => ErrorView.Read(_message);

    /// <summary>The message as <c>OFPT_ECHO_REQUEST</c> or <c>OFPT_ECHO_REPLY</c>.</summary>
    public EchoView AsEcho() => EchoView.Read(_message);

    /// <summary>The message as <c>OFPT_EXPERIMENTER</c>.</summary>
    public ExperimenterView AsExperimenter() => ExperimenterView.Read(_message);

    /// <summary>The message as a header-only message (features request, get-config request, barrier request or reply, get-async request).</summary>
    public HeaderOnlyView AsHeaderOnly() => HeaderOnlyView.Read(_message);

    /// <summary>The message as <c>OFPT_FEATURES_REPLY</c>.</summary>
    public FeaturesReplyView AsFeaturesReply() => FeaturesReplyView.Read(_message);

    /// <summary>The message as <c>OFPT_GET_CONFIG_REPLY</c> or <c>OFPT_SET_CONFIG</c>.</summary>
    public SwitchConfigView AsSwitchConfig() => SwitchConfigView.Read(_message);

    /// <summary>The message as <c>OFPT_PACKET_IN</c>.</summary>
    public PacketInView AsPacketIn() => PacketInView.Read(_message);

    /// <summary>The message as <c>OFPT_FLOW_REMOVED</c>.</summary>
    public FlowRemovedView AsFlowRemoved() => FlowRemovedView.Read(_message);

    /// <summary>The message as <c>OFPT_PACKET_OUT</c>.</summary>
    public PacketOutView AsPacketOut() => PacketOutView.Read(_message);

    /// <summary>The message as <c>OFPT_FLOW_MOD</c>.</summary>
    public FlowModView AsFlowMod() => FlowModView.Read(_message);

    /// <summary>The message as <c>OFPT_PORT_STATUS</c>.</summary>
    public PortStatusView AsPortStatus() => PortStatusView.Read(_message);

    /// <summary>The message as <c>OFPT_MULTIPART_REQUEST</c>.</summary>
    public MultipartRequestView AsMultipartRequest() => MultipartRequestView.Read(_message);

    /// <summary>The message as <c>OFPT_MULTIPART_REPLY</c>.</summary>
    public MultipartReplyView AsMultipartReply() => MultipartReplyView.Read(_message);
}
