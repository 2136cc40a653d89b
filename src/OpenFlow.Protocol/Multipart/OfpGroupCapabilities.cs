using System;

namespace OpenFlow.Protocol.Multipart;

/// <summary>Group configuration capabilities (<c>enum ofp_group_capabilities</c>), in <c>ofp_group_features</c>.</summary>
[Flags]
public enum OfpGroupCapabilities : uint
{
    /// <summary>No capability.</summary>
    None = 0,

    /// <summary><c>OFPGFC_SELECT_WEIGHT</c>: support weight for select groups.</summary>
    SelectWeight = 1 << 0,

    /// <summary><c>OFPGFC_SELECT_LIVENESS</c>: support liveness for select groups.</summary>
    SelectLiveness = 1 << 1,

    /// <summary><c>OFPGFC_CHAINING</c>: support chaining groups.</summary>
    Chaining = 1 << 2,

    /// <summary><c>OFPGFC_CHAINING_CHECKS</c>: check chaining for loops and delete.</summary>
    ChainingChecks = 1 << 3,
}
