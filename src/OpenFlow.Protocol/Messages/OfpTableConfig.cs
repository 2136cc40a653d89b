using System;

namespace OpenFlow.Protocol.Messages;

/// <summary>Table configuration flags (<c>enum ofp_table_config</c>), the <c>config</c> field of <c>ofp_table_mod</c> and table features.</summary>
[Flags]
public enum OfpTableConfig : uint
{
    /// <summary>No flag set (the only value OpenFlow 1.3 defines for use).</summary>
    None = 0,

    /// <summary><c>OFPTC_DEPRECATED_MASK</c> (3): bits used by OpenFlow 1.1 and 1.2, deprecated.</summary>
    DeprecatedMask = 3,
}
