using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_PACKET_OUT</c> (<c>struct ofp_packet_out</c>). <c>actions_len</c> is checked against the message
/// when the view is created; the actions themselves are checked while enumerating <see cref="Actions"/>.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 13   |            length             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           buffer_id                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            in_port                            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |          actions_len          |         pad (6 bytes)         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
/// |                                                               |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  actions (actions_len bytes) ...                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  data (the packet, when buffer_id is OFP_NO_BUFFER) ...       |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct PacketOutView
{
    /// <summary>Size of <c>ofp_packet_out</c> without actions and data.</summary>
    public const int MinLength = 24;

    /// <summary>Offset of the actions.</summary>
    public const int ActionsOffset = 24;

    private const int BufferIdOffset = 8;
    private const int InPortOffset = 12;
    private const int ActionsLenOffset = 16;

    private readonly ReadOnlySpan<byte> _message;

    private PacketOutView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The message length.</summary>
    public int Length => _message.Length;

    /// <summary>The buffered packet to send, or <see cref="BufferId.NoBuffer"/> when the packet is in <see cref="Data"/>.</summary>
    public BufferId BufferId => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(BufferIdOffset)));

    /// <summary>The packet's input port (<see cref="PortNo.Controller"/> for a packet the controller made).</summary>
    public PortNo InPort => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(InPortOffset)));

    /// <summary>The <c>actions_len</c> field: the size of the action list in bytes.</summary>
    public ushort ActionsLen => BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(ActionsLenOffset));

    /// <summary>The actions to apply.</summary>
    public ActionListView Actions => new(_message.Slice(ActionsOffset, ActionsLen), OfpType.PacketOut, ActionsOffset);

    /// <summary>Offset of <see cref="Data"/> from the start of the message.</summary>
    public int DataOffset => ActionsOffset + ActionsLen;

    /// <summary>The packet to send (empty when it is buffered).</summary>
    public ReadOnlySpan<byte> Data => _message.Slice(DataOffset);

    /// <summary>Reads a packet-out message.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed packet-out.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out PacketOutView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!MessageChecks.TryCheck(message, OfpType.PacketOut, MinLength, exact: false, out error))
        {
            return false;
        }

        int actionsLen = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(ActionsLenOffset));
        if (actionsLen > message.Length - ActionsOffset)
        {
            error = MessageChecks.BadLength(OfpType.PacketOut, "actions_len", ActionsLenOffset, "the actions extend beyond the message");
            return false;
        }

        view = new PacketOutView(message);
        return true;
    }

    /// <summary>Reads a packet-out message, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static PacketOutView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out PacketOutView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
