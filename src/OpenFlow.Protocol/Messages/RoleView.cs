using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_ROLE_REQUEST</c> or <c>OFPT_ROLE_REPLY</c> (<c>struct ofp_role_request</c>, 24 bytes).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    | type = 24/25  |          length = 24          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              role                             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              pad                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                     generation_id (64 bits)                   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct RoleView
{
    /// <summary>Size of <c>ofp_role_request</c>.</summary>
    public const int Size = 24;

    private const int RoleOffset = 8;
    private const int GenerationIdOffset = 16;

    private readonly ReadOnlySpan<byte> _message;

    private RoleView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary><see cref="OfpType.RoleRequest"/> or <see cref="OfpType.RoleReply"/>.</summary>
    public OfpType Type => (OfpType)_message[OfpHeader.TypeOffset];

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The role; a value outside <see cref="OfpControllerRole"/> is surfaced as it is.</summary>
    public OfpControllerRole Role => (OfpControllerRole)BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(RoleOffset));

    /// <summary>The master election generation id.</summary>
    public ulong GenerationId => BinaryPrimitives.ReadUInt64BigEndian(_message.Slice(GenerationIdOffset));

    /// <summary>Reads a role request or reply.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed role request or reply.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out RoleView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!MessageChecks.TryCheckFrame(message, OfpType.RoleRequest, out error))
        {
            return false;
        }

        var type = (OfpType)message[OfpHeader.TypeOffset];
        if (type is not (OfpType.RoleRequest or OfpType.RoleReply))
        {
            error = MessageChecks.WrongType(OfpType.RoleRequest);
            return false;
        }

        if (!MessageChecks.TryCheckSize(message, type, Size, exact: true, out error))
        {
            return false;
        }

        view = new RoleView(message);
        return true;
    }

    /// <summary>Reads a role request or reply, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static RoleView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out RoleView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
