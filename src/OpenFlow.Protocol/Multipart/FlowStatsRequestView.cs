using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// The body of an <c>OFPMP_FLOW</c> or <c>OFPMP_AGGREGATE</c> request (<c>struct ofp_flow_stats_request</c>, whose layout
/// <c>struct ofp_aggregate_stats_request</c> shares); the match (padded to 8) ends the body.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |   table_id    |                 pad (3 bytes)                 |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            out_port                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           out_group                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          pad2 (4 bytes)                       |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         cookie (64 bits)                      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                       cookie_mask (64 bits)                   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  match (ofp_match, padded to 8) ...                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct FlowStatsRequestView
{
    /// <summary>Offset of the match within the body.</summary>
    public const int MatchOffset = 32;

    /// <summary>Size of the body with an empty match.</summary>
    public const int MinLength = MatchOffset + MatchView.EmptySize;

    private const int TableIdOffset = 0;
    private const int OutPortOffset = 4;
    private const int OutGroupOffset = 8;
    private const int CookieOffset = 16;
    private const int CookieMaskOffset = 24;

    private readonly ReadOnlySpan<byte> _body;
    private readonly MatchView _match;

    private FlowStatsRequestView(ReadOnlySpan<byte> body, MatchView match)
    {
        _body = body;
        _match = match;
    }

    /// <summary>The table to read, or <see cref="TableId.All"/>.</summary>
    public TableId TableId => new(_body[TableIdOffset]);

    /// <summary>Only flows outputting to this port (<see cref="PortNo.Any"/>: no restriction).</summary>
    public PortNo OutPort => new(BinaryPrimitives.ReadUInt32BigEndian(_body.Slice(OutPortOffset)));

    /// <summary>Only flows outputting to this group (<see cref="GroupId.Any"/>: no restriction).</summary>
    public GroupId OutGroup => new(BinaryPrimitives.ReadUInt32BigEndian(_body.Slice(OutGroupOffset)));

    /// <summary>Only flows whose cookie matches under <see cref="CookieMask"/>.</summary>
    public Cookie Cookie => new(BinaryPrimitives.ReadUInt64BigEndian(_body.Slice(CookieOffset)));

    /// <summary>Which cookie bits must match; 0 matches any.</summary>
    public Cookie CookieMask => new(BinaryPrimitives.ReadUInt64BigEndian(_body.Slice(CookieMaskOffset)));

    /// <summary>The fields to match.</summary>
    public MatchView Match => _match;

    /// <summary>Reads an <c>ofp_flow_stats_request</c>, which must fill <paramref name="body"/> exactly.</summary>
    /// <param name="body">The multipart request body.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="body"/> from the start of the message, for errors.</param>
    /// <param name="view">The view, when the body is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the body is well formed.</returns>
    public static bool TryRead(ReadOnlySpan<byte> body, OfpType messageType, int offset, out FlowStatsRequestView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!TryReadMatch(body, messageType, offset, out MatchView match, out error))
        {
            return false;
        }

        view = new FlowStatsRequestView(body, match);
        return true;
    }

    /// <summary>Checks the fixed part and reads the match, which must end the body.</summary>
    private static bool TryReadMatch(ReadOnlySpan<byte> body, OfpType messageType, int offset, out MatchView match, out OpenFlowFormatError error)
    {
        match = default;
        if (body.Length < MinLength)
        {
            error = MessageChecks.BadLength(messageType, "body", offset, "body is shorter than ofp_flow_stats_request");
            return false;
        }

        if (!MatchView.TryRead(body.Slice(MatchOffset), messageType, offset + MatchOffset, out match, out error))
        {
            return false;
        }

        if (MatchOffset + match.PaddedLength != body.Length)
        {
            error = MessageChecks.BadLength(messageType, "body.match.length", offset + MatchOffset + 2, "the match (padded to 8) must end the body");
            return false;
        }

        return true;
    }
}
