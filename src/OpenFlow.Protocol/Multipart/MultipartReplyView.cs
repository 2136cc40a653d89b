using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// A received <c>OFPT_MULTIPART_REPLY</c> (<c>struct ofp_multipart_reply</c>): a type, flags, and a body whose layout
/// depends on the type. The body is read on demand by the typed accessors (<see cref="ReadDesc"/>,
/// <see cref="GetPorts"/>, ...), each of which requires the matching <see cref="Type"/>; unknown types are
/// surfaced with their raw <see cref="Type"/> and <see cref="Body"/>.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 19   |            length             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |       type (multipart)        |             flags             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              pad                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  body ...                                                     |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct MultipartReplyView
{
    /// <summary>Size of <c>ofp_multipart_reply</c> without a body.</summary>
    public const int MinLength = 16;

    /// <summary>Offset of the body from the start of the message.</summary>
    public const int BodyOffset = 16;

    private const int TypeOffset = 8;
    private const int FlagsOffset = 10;

    private readonly ReadOnlySpan<byte> _message;

    private MultipartReplyView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id (that of the request).</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The message length.</summary>
    public int Length => _message.Length;

    /// <summary>The multipart type; a value outside <see cref="OfpMultipartType"/> is surfaced as it is.</summary>
    public OfpMultipartType Type => (OfpMultipartType)BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(TypeOffset));

    /// <summary>The flags; unknown bits are kept.</summary>
    public OfpMultipartReplyFlags Flags => (OfpMultipartReplyFlags)BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(FlagsOffset));

    /// <summary>Whether more parts of this reply follow (<c>OFPMPF_REPLY_MORE</c>).</summary>
    public bool More => (Flags & OfpMultipartReplyFlags.ReplyMore) != 0;

    /// <summary>The body, whose layout depends on <see cref="Type"/>.</summary>
    public ReadOnlySpan<byte> Body => _message.Slice(BodyOffset);

    /// <summary>Reads a multipart reply (type, flags and body bounds; the body is read by the typed accessors).</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed multipart reply.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out MultipartReplyView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheck(message, OfpType.MultipartReply, MinLength, exact: false, out error))
        {
            view = default;
            return false;
        }

        view = new MultipartReplyView(message);
        return true;
    }

    /// <summary>Reads a multipart reply, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static MultipartReplyView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out MultipartReplyView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>
    /// The body of an <c>OFPMP_DESC</c> reply. Throws <see cref="InvalidOperationException"/> for another type and
    /// <see cref="OpenFlowFormatException"/> for a body that is not one <c>ofp_desc</c>.
    /// </summary>
    public DescView ReadDesc()
    {
        RequireType(OfpMultipartType.Desc);
        if (!DescView.TryRead(Body, OfpType.MultipartReply, BodyOffset, out DescView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>
    /// The ports of an <c>OFPMP_PORT_DESC</c> reply. Throws <see cref="InvalidOperationException"/> for another type;
    /// the enumerator throws <see cref="OpenFlowFormatException"/> when the body is not whole <c>ofp_port</c>s.
    /// </summary>
    public PortEnumerator GetPorts()
    {
        RequireType(OfpMultipartType.PortDesc);
        return new PortEnumerator(Body, OfpType.MultipartReply, BodyOffset);
    }

    /// <summary>
    /// The entries of an <c>OFPMP_FLOW</c> reply. Throws <see cref="InvalidOperationException"/> for another type; the
    /// enumerator throws <see cref="OpenFlowFormatException"/> for a malformed entry.
    /// </summary>
    public FlowStatsEnumerator GetFlowStats()
    {
        RequireType(OfpMultipartType.Flow);
        return new FlowStatsEnumerator(Body, OfpType.MultipartReply, BodyOffset);
    }

    /// <summary>
    /// The body of an <c>OFPMP_AGGREGATE</c> reply. Throws <see cref="InvalidOperationException"/> for another type and
    /// <see cref="OpenFlowFormatException"/> for a body that is not one <c>ofp_aggregate_stats_reply</c>.
    /// </summary>
    public AggregateStatsReplyView ReadAggregateStats()
    {
        RequireType(OfpMultipartType.Aggregate);
        if (!AggregateStatsReplyView.TryRead(Body, OfpType.MultipartReply, BodyOffset, out AggregateStatsReplyView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    internal void RequireType(OfpMultipartType type)
    {
        if (Type != type)
        {
            ThrowHelper.ThrowInvalidOperation("The multipart reply is of another type; check Type before reading its body.");
        }
    }
}
