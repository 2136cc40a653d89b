using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_GET_CONFIG_REPLY</c> or <c>OFPT_SET_CONFIG</c> (<c>struct ofp_switch_config</c>, 12 bytes).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |  type = 8 / 9 |          length = 12          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |             flags             |         miss_send_len         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct SwitchConfigView
{
    /// <summary>Size of <c>ofp_switch_config</c>.</summary>
    public const int Size = 12;

    /// <summary><c>OFPCML_MAX</c>: the largest <c>miss_send_len</c> that asks for buffering.</summary>
    public const ushort MissSendLenMax = 0xffe5;

    /// <summary><c>OFPCML_NO_BUFFER</c>: send whole packets to the controller, unbuffered.</summary>
    public const ushort MissSendLenNoBuffer = 0xffff;

    private const int FlagsOffset = 8;
    private const int MissSendLenOffset = 10;

    private readonly ReadOnlySpan<byte> _message;

    private SwitchConfigView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary><see cref="OfpType.GetConfigReply"/> or <see cref="OfpType.SetConfig"/>.</summary>
    public OfpType Type => (OfpType)_message[OfpHeader.TypeOffset];

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The configuration flags (fragment handling); unknown bits are kept.</summary>
    public OfpConfigFlags Flags => (OfpConfigFlags)BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(FlagsOffset));

    /// <summary>How many bytes of a packet the datapath sends to the controller on a table miss.</summary>
    public ushort MissSendLen => BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(MissSendLenOffset));

    /// <summary>Reads a get-config reply or a set-config message.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed switch configuration.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out SwitchConfigView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!MessageChecks.TryCheckFrame(message, OfpType.GetConfigReply, out error))
        {
            return false;
        }

        var type = (OfpType)message[OfpHeader.TypeOffset];
        if (type is not (OfpType.GetConfigReply or OfpType.SetConfig))
        {
            error = MessageChecks.WrongType(OfpType.GetConfigReply);
            return false;
        }

        if (!MessageChecks.TryCheckSize(message, type, Size, exact: true, out error))
        {
            return false;
        }

        view = new SwitchConfigView(message);
        return true;
    }

    /// <summary>Reads a get-config reply or set-config message, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static SwitchConfigView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out SwitchConfigView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
