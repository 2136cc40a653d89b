using System;
using System.Globalization;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Connection;

/// <summary>A switch answered a request with <c>OFPT_ERROR</c>: the error type, code and data it sent.</summary>
public sealed class OpenFlowErrorException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="xid">The xid of the failed request.</param>
    /// <param name="errorType">The error type.</param>
    /// <param name="code">The error code (interpret with <paramref name="errorType"/>).</param>
    /// <param name="data">The error data (usually the start of the failed request).</param>
    public OpenFlowErrorException(Xid xid, OfpErrorType errorType, ushort code, ReadOnlyMemory<byte> data)
        : base(string.Format(CultureInfo.InvariantCulture, "The switch answered xid {0} with OFPT_ERROR type {1} ({2}) code {3}.", xid, errorType, (ushort)errorType, code))
    {
        Xid = xid;
        ErrorType = errorType;
        Code = code;
        ErrorData = data;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public OpenFlowErrorException()
        : this(default, default, 0, ReadOnlyMemory<byte>.Empty)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public OpenFlowErrorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public OpenFlowErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The xid of the failed request.</summary>
    public Xid Xid { get; }

    /// <summary>The error type.</summary>
    public OfpErrorType ErrorType { get; }

    /// <summary>The error code (interpret with <see cref="ErrorType"/>).</summary>
    public ushort Code { get; }

    /// <summary>The error data.</summary>
    public ReadOnlyMemory<byte> ErrorData { get; }
}
