using System;
using System.Diagnostics.CodeAnalysis;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <summary>Every throw of the library goes through here, so hot methods stay small and inlinable.</summary>
internal static class ThrowHelper
{
    /// <summary>Throws <see cref="OpenFlowFormatException"/> for a malformed received message.</summary>
    [DoesNotReturn]
    public static void ThrowFormat(in OpenFlowFormatError error) => throw new OpenFlowFormatException(error);

    /// <summary>Throws <see cref="OpenFlowFormatException"/> for a malformed received message.</summary>
    [DoesNotReturn]
    public static void ThrowFormat(OfpType messageType, string field, int offset, string reason, OfpErrorType errorType, ushort errorCode) =>
        throw new OpenFlowFormatException(new OpenFlowFormatError(messageType, field, offset, reason, errorType, errorCode));

    /// <summary>Throws <see cref="OpenFlowFormatException"/> for a structure cut short (<c>OFPBRC_BAD_LEN</c>).</summary>
    [DoesNotReturn]
    public static void ThrowTruncated(OfpType messageType, string field, int offset) =>
        ThrowFormat(messageType, field, offset, "message ends inside this field", OfpErrorType.BadRequest, (ushort)OfpBadRequestCode.BadLen);

    /// <summary>Throws <see cref="OpenFlowFormatException"/> for a length field that disagrees with its container (<c>OFPBRC_BAD_LEN</c>).</summary>
    [DoesNotReturn]
    public static void ThrowBadLength(OfpType messageType, string field, int offset) =>
        ThrowFormat(messageType, field, offset, "length is inconsistent with the enclosing structure", OfpErrorType.BadRequest, (ushort)OfpBadRequestCode.BadLen);

    /// <summary>Throws <see cref="ArgumentException"/> for a caller's mistake in what to encode.</summary>
    [DoesNotReturn]
    public static void ThrowArgument(string message, string? paramName = null) => throw new ArgumentException(message, paramName);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a value outside what the wire field holds.</summary>
    [DoesNotReturn]
    public static void ThrowArgumentOutOfRange(string paramName, string message) => throw new ArgumentOutOfRangeException(paramName, message);

    /// <summary>Throws <see cref="InvalidOperationException"/> for a call that does not fit the writer's state.</summary>
    [DoesNotReturn]
    public static void ThrowInvalidOperation(string message) => throw new InvalidOperationException(message);
}
