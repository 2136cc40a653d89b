using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// The fixed part <c>ofp_multipart_request</c> and <c>ofp_multipart_reply</c> share (type, flags, pad, then the
/// body at 16), read the same way by <see cref="MultipartRequestView"/> and <see cref="MultipartReplyView"/>.
/// </summary>
internal static class MultipartHeader
{
    /// <summary>Size of the fixed part, which is also the offset of the body.</summary>
    public const int Size = 16;

    /// <summary>Offset of the experimenter data of an <c>OFPMP_EXPERIMENTER</c> message (after its 8-byte header).</summary>
    public const int ExperimenterDataOffset = Size + ExperimenterMultipartView.MinLength;

    private const int TypeOffset = 8;
    private const int FlagsOffset = 10;

    /// <summary>The multipart type of a checked request or reply.</summary>
    public static OfpMultipartType Type(ReadOnlySpan<byte> message) =>
        (OfpMultipartType)BinaryPrimitives.ReadUInt16BigEndian(message.Slice(TypeOffset));

    /// <summary>The raw flags of a checked request or reply.</summary>
    public static ushort Flags(ReadOnlySpan<byte> message) => BinaryPrimitives.ReadUInt16BigEndian(message.Slice(FlagsOffset));

    /// <summary>Whether a checked request or reply is ONF's flow monitor (<c>OFPMP_EXPERIMENTER</c>, ONF, <c>ONFMP_FLOW_MONITOR</c>).</summary>
    public static bool IsOnfFlowMonitor(ReadOnlySpan<byte> message)
    {
        ReadOnlySpan<byte> body = message.Slice(Size);
        return Type(message) == OfpMultipartType.Experimenter && body.Length >= ExperimenterMultipartView.MinLength
            && BinaryPrimitives.ReadUInt32BigEndian(body) == OnfFlowMonitorRequestView.OnfExperimenterId
            && BinaryPrimitives.ReadUInt32BigEndian(body.Slice(4)) == OnfFlowMonitorRequestView.FlowMonitorExpType;
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> with <paramref name="mismatch"/> unless the message is of <paramref name="type"/>.</summary>
    public static void RequireType(ReadOnlySpan<byte> message, OfpMultipartType type, string mismatch)
    {
        if (Type(message) != type)
        {
            ThrowHelper.ThrowInvalidOperation(mismatch);
        }
    }
}
