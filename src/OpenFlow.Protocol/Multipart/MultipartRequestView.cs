using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// A received <c>OFPT_MULTIPART_REQUEST</c> (<c>struct ofp_multipart_request</c>): a type, flags, and a body whose
/// layout depends on the type. The body is read on demand by the typed accessors; unknown types are surfaced
/// with their raw <see cref="Type"/> and <see cref="Body"/> (answering <c>OFPBRC_BAD_MULTIPART</c> is the controller's job).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 18   |            length             |
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
public readonly ref struct MultipartRequestView
{
    /// <summary>Size of <c>ofp_multipart_request</c> without a body.</summary>
    public const int MinLength = MultipartHeader.Size;

    /// <summary>Offset of the body from the start of the message.</summary>
    public const int BodyOffset = MultipartHeader.Size;

    private readonly ReadOnlySpan<byte> _message;

    private MultipartRequestView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The message length.</summary>
    public int Length => _message.Length;

    /// <summary>The multipart type; a value outside <see cref="OfpMultipartType"/> is surfaced as it is.</summary>
    public OfpMultipartType Type => MultipartHeader.Type(_message);

    /// <summary>The flags; unknown bits are kept.</summary>
    public OfpMultipartRequestFlags Flags => (OfpMultipartRequestFlags)MultipartHeader.Flags(_message);

    /// <summary>Whether more parts of this request follow (<c>OFPMPF_REQ_MORE</c>).</summary>
    public bool More => (Flags & OfpMultipartRequestFlags.ReqMore) != 0;

    /// <summary>The body, whose layout depends on <see cref="Type"/>.</summary>
    public ReadOnlySpan<byte> Body => _message.Slice(BodyOffset);

    /// <summary>Reads a multipart request (type, flags and body bounds; the body is read by the typed accessors).</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed multipart request.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out MultipartRequestView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheck(message, OfpType.MultipartRequest, MinLength, exact: false, out error))
        {
            view = default;
            return false;
        }

        view = new MultipartRequestView(message);
        return true;
    }

    /// <summary>Reads a multipart request, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static MultipartRequestView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out MultipartRequestView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>
    /// Checks that the body of an <c>OFPMP_DESC</c>, <c>OFPMP_PORT_DESC</c>, <c>OFPMP_GROUP_DESC</c>,
    /// <c>OFPMP_GROUP_FEATURES</c> or <c>OFPMP_METER_FEATURES</c> request is empty, as the spec requires.
    /// </summary>
    /// <param name="error">What is wrong, when the body is not empty.</param>
    /// <returns>Whether the body is empty.</returns>
    public bool TryCheckEmptyBody(out OpenFlowFormatError error)
    {
        if (_message.Length != BodyOffset)
        {
            error = MessageChecks.BadLength(OfpType.MultipartRequest, "body", BodyOffset, "this multipart request has no body");
            return false;
        }

        error = default;
        return true;
    }

    /// <summary>
    /// The body of an <c>OFPMP_FLOW</c> request. Throws <see cref="InvalidOperationException"/> for another type and
    /// <see cref="OpenFlowFormatException"/> for a malformed body.
    /// </summary>
    public FlowStatsRequestView ReadFlowStatsRequest() => ReadFlowStatsRequestBody(OfpMultipartType.Flow);

    /// <summary>
    /// The body of an <c>OFPMP_AGGREGATE</c> request: <c>ofp_aggregate_stats_request</c> has the layout of
    /// <c>ofp_flow_stats_request</c>, so it is read with the same view. Throws <see cref="InvalidOperationException"/>
    /// for another type and <see cref="OpenFlowFormatException"/> for a malformed body.
    /// </summary>
    public FlowStatsRequestView ReadAggregateStatsRequest() => ReadFlowStatsRequestBody(OfpMultipartType.Aggregate);

    /// <summary>The body of an <c>OFPMP_PORT_STATS</c> request. Throws <see cref="InvalidOperationException"/> for another type and <see cref="OpenFlowFormatException"/> for a malformed body.</summary>
    public PortStatsRequestView ReadPortStatsRequest()
    {
        RequireType(OfpMultipartType.PortStats);
        if (!PortStatsRequestView.TryRead(Body, OfpType.MultipartRequest, BodyOffset, out PortStatsRequestView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>The body of an <c>OFPMP_QUEUE</c> request. Throws <see cref="InvalidOperationException"/> for another type and <see cref="OpenFlowFormatException"/> for a malformed body.</summary>
    public QueueStatsRequestView ReadQueueStatsRequest()
    {
        RequireType(OfpMultipartType.Queue);
        if (!QueueStatsRequestView.TryRead(Body, OfpType.MultipartRequest, BodyOffset, out QueueStatsRequestView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>The body of an <c>OFPMP_GROUP</c> request. Throws <see cref="InvalidOperationException"/> for another type and <see cref="OpenFlowFormatException"/> for a malformed body.</summary>
    public GroupStatsRequestView ReadGroupStatsRequest()
    {
        RequireType(OfpMultipartType.Group);
        if (!GroupStatsRequestView.TryRead(Body, OfpType.MultipartRequest, BodyOffset, out GroupStatsRequestView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>The body of an <c>OFPMP_METER</c> or <c>OFPMP_METER_CONFIG</c> request. Throws <see cref="InvalidOperationException"/> for another type and <see cref="OpenFlowFormatException"/> for a malformed body.</summary>
    public MeterMultipartRequestView ReadMeterRequest()
    {
        if (Type != OfpMultipartType.MeterConfig)
        {
            RequireType(OfpMultipartType.Meter);
        }

        if (!MeterMultipartRequestView.TryRead(Body, OfpType.MultipartRequest, BodyOffset, out MeterMultipartRequestView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>The table features of an <c>OFPMP_TABLE_FEATURES</c> request (an empty body asks without setting). Throws <see cref="InvalidOperationException"/> for another type.</summary>
    public TableFeaturesEnumerator GetTableFeatures()
    {
        RequireType(OfpMultipartType.TableFeatures);
        return new TableFeaturesEnumerator(Body, OfpType.MultipartRequest, BodyOffset);
    }

    /// <summary>The body of an <c>OFPMP_EXPERIMENTER</c> request. Throws <see cref="InvalidOperationException"/> for another type and <see cref="OpenFlowFormatException"/> for a body shorter than 8 bytes.</summary>
    public ExperimenterMultipartView ReadExperimenter()
    {
        RequireType(OfpMultipartType.Experimenter);
        if (!ExperimenterMultipartView.TryRead(Body, OfpType.MultipartRequest, BodyOffset, out ExperimenterMultipartView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>Whether this is an ONF flow monitor request (<c>OFPMP_EXPERIMENTER</c>, ONF, <c>ONFMP_FLOW_MONITOR</c>).</summary>
    public bool IsOnfFlowMonitor => MultipartHeader.IsOnfFlowMonitor(_message);

    /// <summary>The entries of an ONF flow monitor request. Throws <see cref="InvalidOperationException"/> unless <see cref="IsOnfFlowMonitor"/>.</summary>
    public OnfFlowMonitorRequestEnumerator GetOnfFlowMonitorRequests()
    {
        if (!IsOnfFlowMonitor)
        {
            ThrowHelper.ThrowInvalidOperation("The multipart request is not an ONF flow monitor request; check IsOnfFlowMonitor first.");
        }

        const int dataOffset = MultipartHeader.ExperimenterDataOffset;
        return new OnfFlowMonitorRequestEnumerator(_message.Slice(dataOffset), OfpType.MultipartRequest, dataOffset);
    }

    private FlowStatsRequestView ReadFlowStatsRequestBody(OfpMultipartType type)
    {
        RequireType(type);
        if (!FlowStatsRequestView.TryRead(Body, OfpType.MultipartRequest, BodyOffset, out FlowStatsRequestView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    private void RequireType(OfpMultipartType type) =>
        MultipartHeader.RequireType(_message, type, "The multipart request is of another type; check Type before reading its body.");
}
