using System;
using System.Diagnostics.CodeAnalysis;

namespace OpenFlow.Protocol.Multipart;

/// <summary>Flags of a multipart request (<c>enum ofp_multipart_request_flags</c>).</summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named after the spec's enum ofp_multipart_request_flags.")]
public enum OfpMultipartRequestFlags : ushort
{
    /// <summary>No flag: this is the last (or only) part of the request.</summary>
    None = 0,

    /// <summary><c>OFPMPF_REQ_MORE</c>: more requests follow.</summary>
    ReqMore = 1 << 0,
}
