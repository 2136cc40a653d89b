using System;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// Validation shared by the message and multipart views: the header checks every top-level view makes, and
/// the errors they report. Only the failure paths build strings.
/// </summary>
internal static class MessageChecks
{
    /// <summary>The largest body (everything after a fixed part) a message can carry.</summary>
    public const int MaxMessageLength = ushort.MaxValue;

    /// <summary>
    /// Checks that <paramref name="message"/> holds a header, that its type is <paramref name="expected"/>, and
    /// that its length field equals the span's length.
    /// </summary>
    public static bool TryCheckHeader(ReadOnlySpan<byte> message, OfpType expected, out OpenFlowFormatError error)
    {
        if (!TryCheckFrame(message, expected, out error))
        {
            return false;
        }

        if (message[OfpHeader.TypeOffset] != (byte)expected)
        {
            error = WrongType(expected);
            return false;
        }

        return true;
    }

    /// <summary>
    /// Checks the header as <see cref="TryCheckHeader"/> does, then that the message is at least
    /// <paramref name="minLength"/> bytes long (exactly, when <paramref name="exact"/>).
    /// </summary>
    public static bool TryCheck(ReadOnlySpan<byte> message, OfpType expected, int minLength, bool exact, out OpenFlowFormatError error)
    {
        if (!TryCheckHeader(message, expected, out error))
        {
            return false;
        }

        return TryCheckSize(message, expected, minLength, exact, out error);
    }

    /// <summary>Checks that the header is present and its length field equals the span's length; the type is not checked.</summary>
    public static bool TryCheckFrame(ReadOnlySpan<byte> message, OfpType reportAs, out OpenFlowFormatError error)
    {
        if (message.Length < OfpHeader.Size)
        {
            error = BadLength(reportAs, "header", 0, "message is shorter than ofp_header");
            return false;
        }

        if (BinaryPrimitives.ReadUInt16BigEndian(message.Slice(OfpHeader.LengthOffset)) != message.Length)
        {
            error = BadLength(reportAs, "header.length", OfpHeader.LengthOffset, "length field differs from the size of the message");
            return false;
        }

        error = default;
        return true;
    }

    /// <summary>Checks the message size against the fixed part of its struct.</summary>
    public static bool TryCheckSize(ReadOnlySpan<byte> message, OfpType type, int minLength, bool exact, out OpenFlowFormatError error)
    {
        if (message.Length < minLength)
        {
            error = BadLength(type, "header.length", OfpHeader.LengthOffset, "message is shorter than its fixed fields");
            return false;
        }

        if (exact && message.Length != minLength)
        {
            error = BadLength(type, "header.length", OfpHeader.LengthOffset, "message is longer than its fixed size");
            return false;
        }

        error = default;
        return true;
    }

    /// <summary>
    /// Checks that a fixed-size multipart body is exactly <paramref name="size"/> bytes; otherwise the error is
    /// <c>OFPBRC_BAD_LEN</c> on field <c>body</c> at <paramref name="offset"/>, for <paramref name="reason"/>.
    /// </summary>
    public static bool TryCheckFixedBody(ReadOnlySpan<byte> body, int size, OfpType messageType, int offset, string reason, out OpenFlowFormatError error)
    {
        if (body.Length != size)
        {
            error = BadLength(messageType, "body", offset, reason);
            return false;
        }

        error = default;
        return true;
    }

    /// <summary>The error for a message whose type is not the one the view reads (<c>OFPBRC_BAD_TYPE</c>).</summary>
    public static OpenFlowFormatError WrongType(OfpType expected) =>
        new(expected, "header.type", OfpHeader.TypeOffset, "message type is not the one this view reads", OfpErrorType.BadRequest, (ushort)OfpBadRequestCode.BadType);

    /// <summary>An <c>OFPBRC_BAD_LEN</c> error.</summary>
    public static OpenFlowFormatError BadLength(OfpType type, string field, int offset, string reason) =>
        new(type, field, offset, reason, OfpErrorType.BadRequest, (ushort)OfpBadRequestCode.BadLen);

    /// <summary>Throws an <c>OFPBRC_BAD_LEN</c> error.</summary>
    [DoesNotReturn]
    public static void ThrowBadLength(OfpType type, string field, int offset, string reason) =>
        ThrowHelper.ThrowFormat(BadLength(type, field, offset, reason));

    /// <summary>A field name with an index, such as <c>body.ports[3]</c> (failure paths only: this allocates).</summary>
    public static string Indexed(string list, int index, string suffix) =>
        string.Concat(list, "[", index.ToString(CultureInfo.InvariantCulture), "]", suffix);

    /// <summary>Throws <see cref="ArgumentException"/> when a body would make the message longer than 65,535 bytes.</summary>
    public static void CheckBodyFits(int fixedLength, int bodyLength, string paramName)
    {
        if (bodyLength > MaxMessageLength - fixedLength)
        {
            ThrowHelper.ThrowArgument("The message would be longer than the 65,535 bytes an OpenFlow length field holds.", paramName);
        }
    }
}
