using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_GET_ASYNC_REPLY</c> or <c>OFPT_SET_ASYNC</c> (<c>struct ofp_async_config</c>, 32 bytes). Index 0
/// of each mask is for a master or equal controller, index 1 for a slave.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    | type = 27/28  |          length = 32          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                       packet_in_mask[0]                       |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                       packet_in_mask[1]                       |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                      port_status_mask[0]                      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                      port_status_mask[1]                      |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                      flow_removed_mask[0]                     |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                      flow_removed_mask[1]                     |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct AsyncConfigView
{
    /// <summary>Size of <c>ofp_async_config</c>.</summary>
    public const int Size = 32;

    private const int PacketInMaskOffset = 8;
    private const int PortStatusMaskOffset = 16;
    private const int FlowRemovedMaskOffset = 24;

    private readonly ReadOnlySpan<byte> _message;

    private AsyncConfigView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary><see cref="OfpType.GetAsyncReply"/> or <see cref="OfpType.SetAsync"/>.</summary>
    public OfpType Type => (OfpType)_message[OfpHeader.TypeOffset];

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary><c>packet_in_mask[0]</c> (master or equal).</summary>
    public uint PacketInMaskMaster => Word(PacketInMaskOffset);

    /// <summary><c>packet_in_mask[1]</c> (slave).</summary>
    public uint PacketInMaskSlave => Word(PacketInMaskOffset + 4);

    /// <summary><c>port_status_mask[0]</c> (master or equal).</summary>
    public uint PortStatusMaskMaster => Word(PortStatusMaskOffset);

    /// <summary><c>port_status_mask[1]</c> (slave).</summary>
    public uint PortStatusMaskSlave => Word(PortStatusMaskOffset + 4);

    /// <summary><c>flow_removed_mask[0]</c> (master or equal).</summary>
    public uint FlowRemovedMaskMaster => Word(FlowRemovedMaskOffset);

    /// <summary><c>flow_removed_mask[1]</c> (slave).</summary>
    public uint FlowRemovedMaskSlave => Word(FlowRemovedMaskOffset + 4);

    /// <summary>Reads a get-async reply or set-async message.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed asynchronous configuration.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out AsyncConfigView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!MessageChecks.TryCheckFrame(message, OfpType.GetAsyncReply, out error))
        {
            return false;
        }

        var type = (OfpType)message[OfpHeader.TypeOffset];
        if (type is not (OfpType.GetAsyncReply or OfpType.SetAsync))
        {
            error = MessageChecks.WrongType(OfpType.GetAsyncReply);
            return false;
        }

        if (!MessageChecks.TryCheckSize(message, type, Size, exact: true, out error))
        {
            return false;
        }

        view = new AsyncConfigView(message);
        return true;
    }

    /// <summary>Reads a get-async reply or set-async message, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static AsyncConfigView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out AsyncConfigView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>The masks as a <see cref="AsyncConfigSpec"/>.</summary>
    public AsyncConfigSpec ToSpec() => new()
    {
        PacketInMaskMaster = PacketInMaskMaster,
        PacketInMaskSlave = PacketInMaskSlave,
        PortStatusMaskMaster = PortStatusMaskMaster,
        PortStatusMaskSlave = PortStatusMaskSlave,
        FlowRemovedMaskMaster = FlowRemovedMaskMaster,
        FlowRemovedMaskSlave = FlowRemovedMaskSlave,
    };

    private uint Word(int offset) => BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(offset));
}
