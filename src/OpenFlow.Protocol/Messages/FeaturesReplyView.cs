using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_FEATURES_REPLY</c> (<c>struct ofp_switch_features</c>, 32 bytes).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 6    |          length = 32          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                      datapath_id (64 bits)                    |
/// +                                                               +
/// |                                                               |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           n_buffers                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |   n_tables    | auxiliary_id  |             pad               |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          capabilities                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            reserved                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct FeaturesReplyView
{
    /// <summary>Size of <c>ofp_switch_features</c>.</summary>
    public const int Size = 32;

    private const int DatapathIdOffset = 8;
    private const int NBuffersOffset = 16;
    private const int NTablesOffset = 20;
    private const int AuxiliaryIdOffset = 21;
    private const int CapabilitiesOffset = 24;
    private const int ReservedOffset = 28;

    private readonly ReadOnlySpan<byte> _message;

    private FeaturesReplyView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The datapath id: the switch's MAC address in the low 48 bits, implementer-defined above.</summary>
    public DatapathId DatapathId => new(BinaryPrimitives.ReadUInt64BigEndian(_message.Slice(DatapathIdOffset)));

    /// <summary>How many packets the switch can buffer at once.</summary>
    public uint NBuffers => BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(NBuffersOffset));

    /// <summary>How many tables the datapath supports.</summary>
    public byte NTables => _message[NTablesOffset];

    /// <summary>Which connection this is: 0 for the main connection, otherwise an auxiliary one.</summary>
    public byte AuxiliaryId => _message[AuxiliaryIdOffset];

    /// <summary>The switch's capabilities; unknown bits are kept.</summary>
    public OfpCapabilities Capabilities => (OfpCapabilities)BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(CapabilitiesOffset));

    /// <summary>The <c>reserved</c> field, as it is on the wire.</summary>
    public uint Reserved => BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(ReservedOffset));

    /// <summary>Reads a features reply.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed features reply.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out FeaturesReplyView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheck(message, OfpType.FeaturesReply, Size, exact: true, out error))
        {
            view = default;
            return false;
        }

        view = new FeaturesReplyView(message);
        return true;
    }

    /// <summary>Reads a features reply, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static FeaturesReplyView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out FeaturesReplyView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
