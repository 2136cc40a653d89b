using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_PORT_STATUS</c> (<c>struct ofp_port_status</c>, 80 bytes).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 12   |          length = 80          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    reason     |                  pad (7 bytes)                |
/// +-+-+-+-+-+-+-+-+                                               +
/// |                                                               |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  desc (struct ofp_port, 64 bytes; see PortView) ...           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct PortStatusView
{
    /// <summary>Size of <c>ofp_port_status</c>.</summary>
    public const int Size = 80;

    /// <summary>Offset of the port description.</summary>
    public const int DescOffset = 16;

    private const int ReasonOffset = 8;

    private readonly ReadOnlySpan<byte> _message;

    private PortStatusView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>Why the message was sent; a value outside <see cref="OfpPortReason"/> is surfaced as it is.</summary>
    public OfpPortReason Reason => (OfpPortReason)_message[ReasonOffset];

    /// <summary>The port that was added, removed or changed.</summary>
    public PortView Desc => new(_message.Slice(DescOffset, PortView.Size), DescOffset);

    /// <summary>Reads a port status message.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed port status message.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out PortStatusView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheck(message, OfpType.PortStatus, Size, exact: true, out error))
        {
            view = default;
            return false;
        }

        view = new PortStatusView(message);
        return true;
    }

    /// <summary>Reads a port status message, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static PortStatusView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out PortStatusView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
