using System;
using System.Diagnostics.CodeAnalysis;

namespace OpenFlow.Protocol.Multipart;

/// <summary>Flags of a multipart reply (<c>enum ofp_multipart_reply_flags</c>).</summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named after the spec's enum ofp_multipart_reply_flags.")]
public enum OfpMultipartReplyFlags : ushort
{
    /// <summary>No flag: this is the last (or only) part of the reply.</summary>
    None = 0,

    /// <summary><c>OFPMPF_REPLY_MORE</c>: more replies follow.</summary>
    ReplyMore = 1 << 0,
}
