using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// The body of an <c>OFPMP_QUEUE</c> request (<c>struct ofp_queue_stats_request</c>, 8 bytes).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            port_no                            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            queue_id                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct QueueStatsRequestView
{
    /// <summary>Size of the structure.</summary>
    public const int Size = 8;

    private const int PortNoOffset = 0;
    private const int QueueIdOffset = 4;

    private readonly ReadOnlySpan<byte> _body;

    private QueueStatsRequestView(ReadOnlySpan<byte> body, int offset)
    {
        _body = body;
        Offset = offset;
    }

    /// <summary>Offset of the body from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The body's bytes.</summary>
    public ReadOnlySpan<byte> Raw => _body;

    /// <summary>The port (<see cref="PortNo.Any"/> for all ports).</summary>
    public PortNo PortNo => new(BinaryPrimitives.ReadUInt32BigEndian(_body.Slice(PortNoOffset)));

    /// <summary>The queue (<c>OFPQ_ALL</c>, 0xffffffff, for all queues).</summary>
    public uint QueueId => BinaryPrimitives.ReadUInt32BigEndian(_body.Slice(QueueIdOffset));

    /// <summary>Reads the body, which must be exactly 8 bytes.</summary>
    /// <param name="body">The multipart body.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="body"/> from the start of the message, for errors.</param>
    /// <param name="view">The view, when the body is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the body is well formed.</returns>
    public static bool TryRead(ReadOnlySpan<byte> body, OfpType messageType, int offset, out QueueStatsRequestView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheckFixedBody(body, Size, messageType, offset, "an ofp_queue_stats_request is 8 bytes", out error))
        {
            view = default;
            return false;
        }

        view = new QueueStatsRequestView(body, offset);
        return true;
    }
}
