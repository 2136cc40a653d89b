using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received message that is only an <c>ofp_header</c>: <c>OFPT_FEATURES_REQUEST</c>, <c>OFPT_GET_CONFIG_REQUEST</c>,
/// <c>OFPT_BARRIER_REQUEST</c>, <c>OFPT_BARRIER_REPLY</c> or <c>OFPT_GET_ASYNC_REQUEST</c>. Any body is an error.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |     type      |          length = 8           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct HeaderOnlyView
{
    /// <summary>The size of every header-only message.</summary>
    public const int Size = OfpHeader.Size;

    private readonly ReadOnlySpan<byte> _message;

    private HeaderOnlyView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The message type.</summary>
    public OfpType Type => (OfpType)_message[OfpHeader.TypeOffset];

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>Whether messages of <paramref name="type"/> are only a header.</summary>
    /// <param name="type">A message type.</param>
    public static bool IsHeaderOnly(OfpType type) =>
        type is OfpType.FeaturesRequest or OfpType.GetConfigRequest or OfpType.BarrierRequest or OfpType.BarrierReply or OfpType.GetAsyncRequest;

    /// <summary>Reads a header-only message of any of the header-only types.</summary>
    /// <param name="message">The whole message.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed header-only message.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out HeaderOnlyView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!MessageChecks.TryCheckFrame(message, OfpType.BarrierRequest, out error))
        {
            return false;
        }

        var type = (OfpType)message[OfpHeader.TypeOffset];
        if (!IsHeaderOnly(type))
        {
            error = MessageChecks.WrongType(OfpType.BarrierRequest);
            return false;
        }

        if (!MessageChecks.TryCheckSize(message, type, Size, exact: true, out error))
        {
            return false;
        }

        view = new HeaderOnlyView(message);
        return true;
    }

    /// <summary>Reads a header-only message, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message.</param>
    public static HeaderOnlyView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out HeaderOnlyView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
