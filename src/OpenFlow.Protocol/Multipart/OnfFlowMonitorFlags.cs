using System;
using System.Diagnostics.CodeAnalysis;

namespace OpenFlow.Protocol.Multipart;

/// <summary>What an ONF flow monitor reports (<c>enum onf_flow_monitor_flags</c>, ONF EXT-187), in <c>onf_flow_monitor_request</c>.</summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named after the extension's enum onf_flow_monitor_flags.")]
public enum OnfFlowMonitorFlags : ushort
{
    /// <summary>No flag set.</summary>
    None = 0,

    /// <summary><c>ONFFMF_INITIAL</c>: initially matching flows.</summary>
    Initial = 1 << 0,

    /// <summary><c>ONFFMF_ADD</c>: new flows.</summary>
    Add = 1 << 1,

    /// <summary><c>ONFFMF_DELETE</c>: deleted flows.</summary>
    Delete = 1 << 2,

    /// <summary><c>ONFFMF_MODIFY</c>: modified flows.</summary>
    Modify = 1 << 3,

    /// <summary><c>ONFFMF_ACTIONS</c>: include instructions in updates.</summary>
    Actions = 1 << 4,

    /// <summary><c>ONFFMF_OWN</c>: include the controller's own changes.</summary>
    Own = 1 << 5,
}
