using System.Globalization;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Errors;

/// <summary>
/// What is wrong with a received message, and where: the message type, the field, the byte offset from the
/// start of the message, and the OFPT_ERROR type and code a controller should answer with. Returned by the
/// <c>TryRead</c> methods of the views and carried by <see cref="OpenFlowFormatException"/>. Creating one allocates nothing.
/// </summary>
public readonly struct OpenFlowFormatError
{
    /// <summary>Creates an error description.</summary>
    /// <param name="messageType">The type of the message being read.</param>
    /// <param name="field">The field that is wrong, in the spec's naming (<c>match.length</c>, <c>actions[2].len</c>).</param>
    /// <param name="offset">Byte offset of that field from the start of the message.</param>
    /// <param name="reason">Why the field is wrong, in a few words.</param>
    /// <param name="errorType">The OFPT_ERROR type to answer with.</param>
    /// <param name="errorCode">The OFPT_ERROR code to answer with.</param>
    public OpenFlowFormatError(OfpType messageType, string field, int offset, string reason, OfpErrorType errorType, ushort errorCode)
    {
        MessageType = messageType;
        Field = field;
        Offset = offset;
        Reason = reason;
        ErrorType = errorType;
        ErrorCode = errorCode;
    }

    /// <summary>The type of the message that was being read.</summary>
    public OfpType MessageType { get; }

    /// <summary>The field that is wrong.</summary>
    public string Field { get; }

    /// <summary>Byte offset of the field from the start of the message (the first byte of <c>ofp_header</c>).</summary>
    public int Offset { get; }

    /// <summary>Why the field is wrong.</summary>
    public string Reason { get; }

    /// <summary>The OFPT_ERROR type a controller should send back.</summary>
    public OfpErrorType ErrorType { get; }

    /// <summary>The OFPT_ERROR code a controller should send back (interpret with <see cref="ErrorType"/>).</summary>
    public ushort ErrorCode { get; }

    /// <summary>A one-line description: message, field, offset, reason.</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: {1} at offset {2}: {3}", MessageType, Field ?? "?", Offset, Reason ?? "malformed");

    /// <summary>An exception carrying this error.</summary>
    public OpenFlowFormatException ToException() => new(this);
}
