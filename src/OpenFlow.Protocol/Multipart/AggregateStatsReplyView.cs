using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// The body of an <c>OFPMP_AGGREGATE</c> reply (<c>struct ofp_aggregate_stats_reply</c>, 24 bytes).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                      packet_count (64 bits)                   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                       byte_count (64 bits)                    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           flow_count                          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          pad (4 bytes)                        |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct AggregateStatsReplyView
{
    /// <summary>Size of <c>ofp_aggregate_stats_reply</c>.</summary>
    public const int Size = 24;

    private const int PacketCountOffset = 0;
    private const int ByteCountOffset = 8;
    private const int FlowCountOffset = 16;

    private readonly ReadOnlySpan<byte> _body;

    private AggregateStatsReplyView(ReadOnlySpan<byte> body) => _body = body;

    /// <summary>Packets matched by the selected flows.</summary>
    public ulong PacketCount => BinaryPrimitives.ReadUInt64BigEndian(_body.Slice(PacketCountOffset));

    /// <summary>Bytes matched by the selected flows.</summary>
    public ulong ByteCount => BinaryPrimitives.ReadUInt64BigEndian(_body.Slice(ByteCountOffset));

    /// <summary>How many flows were selected.</summary>
    public uint FlowCount => BinaryPrimitives.ReadUInt32BigEndian(_body.Slice(FlowCountOffset));

    /// <summary>Reads an <c>ofp_aggregate_stats_reply</c>, which must fill <paramref name="body"/> exactly.</summary>
    /// <param name="body">The multipart reply body.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="body"/> from the start of the message, for errors.</param>
    /// <param name="view">The view, when the body is 24 bytes.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the body is one <c>ofp_aggregate_stats_reply</c>.</returns>
    public static bool TryRead(ReadOnlySpan<byte> body, OfpType messageType, int offset, out AggregateStatsReplyView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheckFixedBody(body, Size, messageType, offset, "an OFPMP_AGGREGATE reply body is one 24-byte ofp_aggregate_stats_reply", out error))
        {
            view = default;
            return false;
        }

        view = new AggregateStatsReplyView(body);
        return true;
    }
}
