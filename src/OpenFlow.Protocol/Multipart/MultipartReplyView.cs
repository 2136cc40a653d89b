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
    public const int MinLength = MultipartHeader.Size;

    /// <summary>Offset of the body from the start of the message.</summary>
    public const int BodyOffset = MultipartHeader.Size;

    private readonly ReadOnlySpan<byte> _message;

    private MultipartReplyView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id (that of the request).</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The message length.</summary>
    public int Length => _message.Length;

    /// <summary>The multipart type; a value outside <see cref="OfpMultipartType"/> is surfaced as it is.</summary>
    public OfpMultipartType Type => MultipartHeader.Type(_message);

    /// <summary>The flags; unknown bits are kept.</summary>
    public OfpMultipartReplyFlags Flags => (OfpMultipartReplyFlags)MultipartHeader.Flags(_message);

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

    /// <summary>The entries of an <c>OFPMP_TABLE</c> reply. Throws <see cref="InvalidOperationException"/> for another type.</summary>
    public TableStatsEnumerator GetTableStats()
    {
        RequireType(OfpMultipartType.Table);
        return new TableStatsEnumerator(Body, OfpType.MultipartReply, BodyOffset);
    }

    /// <summary>The entries of an <c>OFPMP_PORT_STATS</c> reply. Throws <see cref="InvalidOperationException"/> for another type.</summary>
    public PortStatsEnumerator GetPortStats()
    {
        RequireType(OfpMultipartType.PortStats);
        return new PortStatsEnumerator(Body, OfpType.MultipartReply, BodyOffset);
    }

    /// <summary>The entries of an <c>OFPMP_QUEUE</c> reply. Throws <see cref="InvalidOperationException"/> for another type.</summary>
    public QueueStatsEnumerator GetQueueStats()
    {
        RequireType(OfpMultipartType.Queue);
        return new QueueStatsEnumerator(Body, OfpType.MultipartReply, BodyOffset);
    }

    /// <summary>The entries of an <c>OFPMP_GROUP</c> reply. Throws <see cref="InvalidOperationException"/> for another type.</summary>
    public GroupStatsEnumerator GetGroupStats()
    {
        RequireType(OfpMultipartType.Group);
        return new GroupStatsEnumerator(Body, OfpType.MultipartReply, BodyOffset);
    }

    /// <summary>The entries of an <c>OFPMP_GROUP_DESC</c> reply. Throws <see cref="InvalidOperationException"/> for another type.</summary>
    public GroupDescEnumerator GetGroupDesc()
    {
        RequireType(OfpMultipartType.GroupDesc);
        return new GroupDescEnumerator(Body, OfpType.MultipartReply, BodyOffset);
    }

    /// <summary>The body of an <c>OFPMP_GROUP_FEATURES</c> reply. Throws <see cref="InvalidOperationException"/> for another type and <see cref="OpenFlowFormatException"/> for a malformed body.</summary>
    public GroupFeaturesView ReadGroupFeatures()
    {
        RequireType(OfpMultipartType.GroupFeatures);
        if (!GroupFeaturesView.TryRead(Body, OfpType.MultipartReply, BodyOffset, out GroupFeaturesView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>The entries of an <c>OFPMP_METER</c> reply. Throws <see cref="InvalidOperationException"/> for another type.</summary>
    public MeterStatsEnumerator GetMeterStats()
    {
        RequireType(OfpMultipartType.Meter);
        return new MeterStatsEnumerator(Body, OfpType.MultipartReply, BodyOffset);
    }

    /// <summary>The entries of an <c>OFPMP_METER_CONFIG</c> reply. Throws <see cref="InvalidOperationException"/> for another type.</summary>
    public MeterConfigEnumerator GetMeterConfig()
    {
        RequireType(OfpMultipartType.MeterConfig);
        return new MeterConfigEnumerator(Body, OfpType.MultipartReply, BodyOffset);
    }

    /// <summary>The body of an <c>OFPMP_METER_FEATURES</c> reply. Throws <see cref="InvalidOperationException"/> for another type and <see cref="OpenFlowFormatException"/> for a malformed body.</summary>
    public MeterFeaturesView ReadMeterFeatures()
    {
        RequireType(OfpMultipartType.MeterFeatures);
        if (!MeterFeaturesView.TryRead(Body, OfpType.MultipartReply, BodyOffset, out MeterFeaturesView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>The entries of an <c>OFPMP_TABLE_FEATURES</c> reply. Throws <see cref="InvalidOperationException"/> for another type.</summary>
    public TableFeaturesEnumerator GetTableFeatures()
    {
        RequireType(OfpMultipartType.TableFeatures);
        return new TableFeaturesEnumerator(Body, OfpType.MultipartReply, BodyOffset);
    }

    /// <summary>The body of an <c>OFPMP_EXPERIMENTER</c> reply. Throws <see cref="InvalidOperationException"/> for another type and <see cref="OpenFlowFormatException"/> for a body shorter than 8 bytes.</summary>
    public ExperimenterMultipartView ReadExperimenter()
    {
        RequireType(OfpMultipartType.Experimenter);
        if (!ExperimenterMultipartView.TryRead(Body, OfpType.MultipartReply, BodyOffset, out ExperimenterMultipartView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>Whether this is an ONF flow monitor reply (<c>OFPMP_EXPERIMENTER</c>, ONF, <c>ONFMP_FLOW_MONITOR</c>).</summary>
    public bool IsOnfFlowMonitor => MultipartHeader.IsOnfFlowMonitor(_message);

    /// <summary>The updates of an ONF flow monitor reply. Throws <see cref="InvalidOperationException"/> unless <see cref="IsOnfFlowMonitor"/>.</summary>
    public OnfFlowUpdateEnumerator GetOnfFlowUpdates()
    {
        if (!IsOnfFlowMonitor)
        {
            ThrowHelper.ThrowInvalidOperation("The multipart reply is not an ONF flow monitor reply; check IsOnfFlowMonitor first.");
        }

        const int dataOffset = MultipartHeader.ExperimenterDataOffset;
        return new OnfFlowUpdateEnumerator(_message.Slice(dataOffset), OfpType.MultipartReply, dataOffset);
    }

    private void RequireType(OfpMultipartType type) =>
        MultipartHeader.RequireType(_message, type, "The multipart reply is of another type; check Type before reading its body.");
}
