using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>
/// Writers for multipart requests and replies (see <see cref="MultipartRequestView"/>, <see cref="MultipartReplyView"/>):
/// a <c>Begin...</c>/<see cref="EndMessage"/> pair around any body, and one-call forms per type.
/// </content>
public ref partial struct OpenFlowWriter
{
    /// <summary>Starts a multipart request; write the body, then call <see cref="EndMessage"/>.</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="type">The multipart type.</param>
    /// <param name="flags">The flags (<see cref="OfpMultipartRequestFlags.ReqMore"/> when more parts follow).</param>
    /// <returns>The slot to pass to <see cref="EndMessage"/>.</returns>
    public LengthSlot BeginMultipartRequest(Xid xid, OfpMultipartType type, OfpMultipartRequestFlags flags = OfpMultipartRequestFlags.None) =>
        BeginMultipart(OfpType.MultipartRequest, xid, (ushort)type, (ushort)flags);

    /// <summary>Starts a multipart reply; write the body, then call <see cref="EndMessage"/>.</summary>
    /// <param name="xid">The xid of the request.</param>
    /// <param name="type">The multipart type.</param>
    /// <param name="flags">The flags (<see cref="OfpMultipartReplyFlags.ReplyMore"/> when more parts follow).</param>
    /// <returns>The slot to pass to <see cref="EndMessage"/>.</returns>
    public LengthSlot BeginMultipartReply(Xid xid, OfpMultipartType type, OfpMultipartReplyFlags flags = OfpMultipartReplyFlags.None) =>
        BeginMultipart(OfpType.MultipartReply, xid, (ushort)type, (ushort)flags);

    /// <summary>Writes a multipart request with a body given as bytes (any type, including unknown ones).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="type">The multipart type.</param>
    /// <param name="flags">The flags.</param>
    /// <param name="body">The body, as it goes on the wire.</param>
    /// <returns>The message length.</returns>
    public int WriteMultipartRequest(Xid xid, OfpMultipartType type, OfpMultipartRequestFlags flags, scoped ReadOnlySpan<byte> body)
    {
        MessageChecks.CheckBodyFits(MultipartRequestView.MinLength, body.Length, nameof(body));
        LengthSlot slot = BeginMultipartRequest(xid, type, flags);
        WriteBytes(body);
        return EndMessage(slot);
    }

    /// <summary>Writes a multipart reply with a body given as bytes (any type, including unknown ones).</summary>
    /// <param name="xid">The xid of the request.</param>
    /// <param name="type">The multipart type.</param>
    /// <param name="flags">The flags.</param>
    /// <param name="body">The body, as it goes on the wire.</param>
    /// <returns>The message length.</returns>
    public int WriteMultipartReply(Xid xid, OfpMultipartType type, OfpMultipartReplyFlags flags, scoped ReadOnlySpan<byte> body)
    {
        MessageChecks.CheckBodyFits(MultipartReplyView.MinLength, body.Length, nameof(body));
        LengthSlot slot = BeginMultipartReply(xid, type, flags);
        WriteBytes(body);
        return EndMessage(slot);
    }

    /// <summary>Writes an <c>OFPMP_DESC</c> request (no body).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <returns>The message length (16).</returns>
    public int WriteDescRequest(Xid xid) => EndMessage(BeginMultipartRequest(xid, OfpMultipartType.Desc));

    /// <summary>Writes an <c>OFPMP_PORT_DESC</c> request (no body).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <returns>The message length (16).</returns>
    public int WritePortDescRequest(Xid xid) => EndMessage(BeginMultipartRequest(xid, OfpMultipartType.PortDesc));

    /// <summary>
    /// Writes an <c>OFPMP_DESC</c> reply (<c>ofp_desc</c>). Text is ASCII (other characters become '?') and is cut
    /// so that a terminating zero always fits its field.
    /// </summary>
    /// <param name="xid">The xid of the request.</param>
    /// <param name="mfrDesc">Manufacturer description (at most 255 characters).</param>
    /// <param name="hwDesc">Hardware description (at most 255 characters).</param>
    /// <param name="swDesc">Software description (at most 255 characters).</param>
    /// <param name="serialNum">Serial number (at most 31 characters).</param>
    /// <param name="dpDesc">Datapath description (at most 255 characters).</param>
    /// <param name="flags">The reply flags.</param>
    /// <returns>The message length (1072).</returns>
    public int WriteDescReply(
        Xid xid,
        scoped ReadOnlySpan<char> mfrDesc,
        scoped ReadOnlySpan<char> hwDesc,
        scoped ReadOnlySpan<char> swDesc,
        scoped ReadOnlySpan<char> serialNum,
        scoped ReadOnlySpan<char> dpDesc,
        OfpMultipartReplyFlags flags = OfpMultipartReplyFlags.None)
    {
        LengthSlot slot = BeginMultipartReply(xid, OfpMultipartType.Desc, flags);
        WriteFixedString(mfrDesc, DescView.DescStrLen);
        WriteFixedString(hwDesc, DescView.DescStrLen);
        WriteFixedString(swDesc, DescView.DescStrLen);
        WriteFixedString(serialNum, DescView.SerialNumLen);
        WriteFixedString(dpDesc, DescView.DescStrLen);
        return EndMessage(slot);
    }

    /// <summary>Writes an <c>OFPMP_DESC</c> reply copying the fields of a received one (bytes after each terminating zero become zeros).</summary>
    /// <param name="xid">The xid of the request.</param>
    /// <param name="desc">The received description.</param>
    /// <param name="flags">The reply flags.</param>
    /// <returns>The message length (1072).</returns>
    public int WriteDescReply(Xid xid, DescView desc, OfpMultipartReplyFlags flags = OfpMultipartReplyFlags.None)
    {
        LengthSlot slot = BeginMultipartReply(xid, OfpMultipartType.Desc, flags);
        WriteFixedBytes(desc.MfrDescBytes, DescView.DescStrLen);
        WriteFixedBytes(desc.HwDescBytes, DescView.DescStrLen);
        WriteFixedBytes(desc.SwDescBytes, DescView.DescStrLen);
        WriteFixedBytes(desc.SerialNumBytes, DescView.SerialNumLen);
        WriteFixedBytes(desc.DpDescBytes, DescView.DescStrLen);
        return EndMessage(slot);
    }

    /// <summary>
    /// Writes an <c>OFPMP_PORT_DESC</c> reply listing <paramref name="ports"/>. At most 1,023 ports fit in one
    /// message; send more in several replies flagged <see cref="OfpMultipartReplyFlags.ReplyMore"/> (or use
    /// <see cref="BeginMultipartReply"/> and <see cref="WritePort(in PortSpec)"/>).
    /// </summary>
    /// <param name="xid">The xid of the request.</param>
    /// <param name="ports">The ports.</param>
    /// <param name="flags">The reply flags.</param>
    /// <returns>The message length.</returns>
    public int WritePortDescReply(Xid xid, scoped ReadOnlySpan<PortSpec> ports, OfpMultipartReplyFlags flags = OfpMultipartReplyFlags.None)
    {
        if (ports.Length > (MessageChecks.MaxMessageLength - MultipartReplyView.MinLength) / PortView.Size)
        {
            ThrowHelper.ThrowArgument("At most 1,023 ports fit in one port description reply.", nameof(ports));
        }

        LengthSlot slot = BeginMultipartReply(xid, OfpMultipartType.PortDesc, flags);
        foreach (ref readonly PortSpec port in ports)
        {
            WritePort(in port);
        }

        return EndMessage(slot);
    }

    private LengthSlot BeginMultipart(OfpType messageType, Xid xid, ushort type, ushort flags)
    {
        LengthSlot slot = BeginMessage(messageType, xid);
        WriteUInt16(type);
        WriteUInt16(flags);
        WriteZeros(4);
        return slot;
    }
}
