using System;

namespace OpenFlow.Protocol.Json;

/// <summary>
/// A Ryu JSON document cannot be encoded: a key is missing, a value has the wrong kind or does not fit its wire
/// field, or a given length disagrees with the bytes it describes. <see cref="Path"/> names the place in the
/// document (<c>$.OFPFlowMod.instructions[0].OFPInstructionActions.len</c>).
/// </summary>
public class RyuJsonException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public RyuJsonException()
        : this("$", "the document cannot be encoded")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The reason.</param>
    public RyuJsonException(string message)
        : this("$", message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The cause.</param>
    public RyuJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "$";
        Reason = message;
    }

    /// <summary>Creates the exception for a place in the document.</summary>
    /// <param name="path">The JSON path of the offending value.</param>
    /// <param name="reason">Why it cannot be encoded.</param>
    public RyuJsonException(string path, string reason)
        : base(path + ": " + reason)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>Creates the exception for a place in the document, with its cause.</summary>
    /// <param name="path">The JSON path of the offending value.</param>
    /// <param name="reason">Why it cannot be encoded.</param>
    /// <param name="innerException">The cause.</param>
    public RyuJsonException(string path, string reason, Exception innerException)
        : base(path + ": " + reason, innerException)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The JSON path of the offending value (<c>$</c> is the document).</summary>
    public string Path { get; }

    /// <summary>Why the value cannot be encoded, without the path.</summary>
    public string Reason { get; }
}
