using System;

namespace OpenFlow.Protocol.Json;

/// <summary>
/// A message or structure is valid OpenFlow 1.3 (or a known extension) but its Ryu class is not mapped yet,
/// because the codec does not model it yet. <see cref="ClassName"/> names the missing Ryu class
/// (<c>OFPGroupMod</c>, <c>NXActionLearn</c>).
/// </summary>
public sealed class RyuJsonNotSupportedException : NotSupportedException
{
    /// <summary>The issue that adds the remaining message types and the Nicira extensions.</summary>
    public const string PlannedIssue = "issue 3";

    /// <summary>Creates the exception.</summary>
    public RyuJsonNotSupportedException()
        : this("?")
    {
    }

    /// <summary>Creates the exception for a missing class.</summary>
    /// <param name="className">The Ryu class that is not mapped yet.</param>
    public RyuJsonNotSupportedException(string className)
        : base("needs " + className + " (" + PlannedIssue + ")")
    {
        ClassName = className;
    }

    /// <summary>Creates the exception for a missing class, with its cause.</summary>
    /// <param name="className">The Ryu class that is not mapped yet.</param>
    /// <param name="innerException">The cause.</param>
    public RyuJsonNotSupportedException(string className, Exception innerException)
        : base("needs " + className + " (" + PlannedIssue + ")", innerException)
    {
        ClassName = className;
    }

    /// <summary>The Ryu class that is not mapped yet.</summary>
    public string ClassName { get; }
}
