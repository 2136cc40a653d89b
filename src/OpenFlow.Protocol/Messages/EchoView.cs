using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_ECHO_REQUEST</c> or <c>OFPT_ECHO_REPLY</c>: the header followed by arbitrary data, which a
/// reply copies from its request.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |  type = 2 / 3 |            length             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  data ...                                                     |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct EchoView
{
    /// <summary>Size of an echo without data.</summary>
    public const int MinLength = OfpHeader.Size;

    /// <summary>Offset of the data.</summary>
    public const int DataOffset = OfpHeader.Size;

    private readonly ReadOnlySpan<byte> _message;

    private EchoView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary><see cref="OfpType.EchoRequest"/> or <see cref="OfpType.EchoReply"/>.</summary>
    public OfpType Type => (OfpType)_message[OfpHeader.TypeOffset];

    /// <summary>Whether this is a request, to be answered with an echo reply carrying the same xid and data.</summary>
    public bool IsRequest => Type == OfpType.EchoRequest;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The message length.</summary>
    public int Length => _message.Length;

    /// <summary>The data after the header.</summary>
    public ReadOnlySpan<byte> Data => _message.Slice(DataOffset);

    /// <summary>Reads an echo request or reply.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed echo request or reply.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out EchoView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!MessageChecks.TryCheckFrame(message, OfpType.EchoRequest, out error))
        {
            return false;
        }

        var type = (OfpType)message[OfpHeader.TypeOffset];
        if (type is not (OfpType.EchoRequest or OfpType.EchoReply))
        {
            error = MessageChecks.WrongType(OfpType.EchoRequest);
            return false;
        }

        view = new EchoView(message);
        return true;
    }

    /// <summary>Reads an echo request or reply, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static EchoView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out EchoView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
