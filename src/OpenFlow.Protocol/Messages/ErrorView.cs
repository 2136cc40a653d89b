using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_ERROR</c> (<c>struct ofp_error_msg</c>, or <c>struct ofp_error_experimenter_msg</c> when
/// <see cref="Type"/> is <see cref="OfpErrorType.Experimenter"/>).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 1    |            length             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |          type (error)         |        code / exp_type        |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  data ...  (experimenter form: uint32_t experimenter, data)   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// For most error types the data holds at least the first 64 bytes of the failed request (see <see cref="TryGetFailedHeader"/>).
/// </summary>
public readonly ref struct ErrorView
{
    /// <summary>Size of <c>ofp_error_msg</c> without data.</summary>
    public const int MinLength = 12;

    /// <summary>Size of <c>ofp_error_experimenter_msg</c> without data.</summary>
    public const int ExperimenterMinLength = 16;

    private const int TypeOffset = 8;
    private const int CodeOffset = 10;
    private const int ExperimenterOffset = 12;

    private readonly ReadOnlySpan<byte> _message;

    private ErrorView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id (that of the failed request).</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The message length.</summary>
    public int Length => _message.Length;

    /// <summary>The error type; a value outside <see cref="OfpErrorType"/> is surfaced as it is.</summary>
    public OfpErrorType Type => (OfpErrorType)BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(TypeOffset));

    /// <summary>Whether this is the experimenter form (<c>OFPET_EXPERIMENTER</c>).</summary>
    public bool IsExperimenter => Type == OfpErrorType.Experimenter;

    /// <summary>
    /// The error code, to interpret with <see cref="Type"/> (cast to <see cref="OfpBadRequestCode"/>, ...). In the
    /// experimenter form this is the same 16-bit field as <see cref="ExpType"/>.
    /// </summary>
    public ushort Code => BinaryPrimitives.ReadUInt16BigEndian(_message.Slice(CodeOffset));

    /// <summary>The experimenter-defined type (experimenter form only; otherwise the same field as <see cref="Code"/>).</summary>
    public ushort ExpType => Code;

    /// <summary>The experimenter id (experimenter form only; 0 otherwise).</summary>
    public uint Experimenter => IsExperimenter ? BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(ExperimenterOffset)) : 0;

    /// <summary>Offset of <see cref="Data"/> from the start of the message.</summary>
    public int DataOffset => IsExperimenter ? ExperimenterMinLength : MinLength;

    /// <summary>The data after the fixed fields.</summary>
    public ReadOnlySpan<byte> Data => _message.Slice(DataOffset);

    /// <summary>Reads an error message.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed error message.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out ErrorView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!MessageChecks.TryCheck(message, OfpType.Error, MinLength, exact: false, out error))
        {
            return false;
        }

        if (BinaryPrimitives.ReadUInt16BigEndian(message.Slice(TypeOffset)) == (ushort)OfpErrorType.Experimenter
            && !MessageChecks.TryCheckSize(message, OfpType.Error, ExperimenterMinLength, exact: false, out error))
        {
            return false;
        }

        view = new ErrorView(message);
        return true;
    }

    /// <summary>Reads an error message, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static ErrorView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out ErrorView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>The header of the failed request, when <see cref="Data"/> starts with one (it does for most error types).</summary>
    /// <param name="header">The header read from the first 8 bytes of the data.</param>
    /// <returns>False when the data is shorter than a header.</returns>
    public bool TryGetFailedHeader(out OfpHeader header) => OfpHeader.TryRead(Data, out header);
}
