using System;
using System.Diagnostics.CodeAnalysis;

namespace OpenFlow.Protocol.Packets;

/// <summary>The three IPv4 flag bits (RFC 791), the top bits of header bytes 6..7, as a 3-bit value.</summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "The RFCs call these bits flags.")]
public enum Ipv4Flags : byte
{
    /// <summary>No flag set.</summary>
    None = 0,

    /// <summary><c>MF</c>: more fragments follow.</summary>
    MoreFragments = 1,

    /// <summary><c>DF</c>: do not fragment.</summary>
    DontFragment = 2,

    /// <summary>The reserved bit (must be zero; RFC 3514's "evil bit").</summary>
    Reserved = 4,
}
