using System;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Errors;

/// <summary>
/// A received OpenFlow message is malformed: truncated, or a length or value inconsistent with the rest of it.
/// The framing is intact, so a controller answers with OFPT_ERROR (<see cref="ErrorType"/>, <see cref="ErrorCode"/>)
/// and keeps the connection. This is the only exception the readers throw for bad input.
/// </summary>
public sealed class OpenFlowFormatException : FormatException
{
    /// <summary>Creates the exception from an error description.</summary>
    /// <param name="error">What is wrong and where.</param>
    public OpenFlowFormatException(OpenFlowFormatError error)
        : base(error.ToString())
    {
        Error = error;
    }

    /// <summary>What is wrong and where.</summary>
    public OpenFlowFormatError Error { get; }

    /// <summary>The type of the message being read.</summary>
    public OfpType MessageType => Error.MessageType;

    /// <summary>The field that is wrong.</summary>
    public string Field => Error.Field;

    /// <summary>Byte offset of the field from the start of the message.</summary>
    public int Offset => Error.Offset;

    /// <summary>The OFPT_ERROR type a controller should send back.</summary>
    public OfpErrorType ErrorType => Error.ErrorType;

    /// <summary>The OFPT_ERROR code a controller should send back.</summary>
    public ushort ErrorCode => Error.ErrorCode;
}
