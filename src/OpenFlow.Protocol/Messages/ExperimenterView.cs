using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_EXPERIMENTER</c> (<c>struct ofp_experimenter_header</c>); the experimenter-defined data is kept raw.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 4    |            length             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          experimenter                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            exp_type                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  experimenter-defined data ...                                |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct ExperimenterView
{
    /// <summary>Size of <c>ofp_experimenter_header</c>.</summary>
    public const int MinLength = 16;

    /// <summary>Offset of the experimenter-defined data.</summary>
    public const int DataOffset = 16;

    private const int ExperimenterOffset = 8;
    private const int ExpTypeOffset = 12;

    private readonly ReadOnlySpan<byte> _message;

    private ExperimenterView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The message length.</summary>
    public int Length => _message.Length;

    /// <summary>The experimenter id (an IEEE OUI in the low 24 bits, or a registered id).</summary>
    public uint Experimenter => BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(ExperimenterOffset));

    /// <summary>The experimenter-defined message type.</summary>
    public uint ExpType => BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(ExpTypeOffset));

    /// <summary>The experimenter-defined data.</summary>
    public ReadOnlySpan<byte> Data => _message.Slice(DataOffset);

    /// <summary>Reads an experimenter message.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed experimenter message.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out ExperimenterView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheck(message, OfpType.Experimenter, MinLength, exact: false, out error))
        {
            view = default;
            return false;
        }

        view = new ExperimenterView(message);
        return true;
    }

    /// <summary>Reads an experimenter message, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static ExperimenterView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out ExperimenterView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
