using System;
using System.Diagnostics.CodeAnalysis;

namespace OpenFlow.Protocol.Packets;

/// <summary>The nine TCP control bits (RFC 9293, RFC 3168, RFC 3540), as they sit in the low 9 bits of header bytes 12..13.</summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "The RFCs call these bits flags.")]
public enum TcpFlags : ushort
{
    /// <summary>No flag set.</summary>
    None = 0,

    /// <summary><c>FIN</c>: no more data from sender.</summary>
    Fin = 0x001,

    /// <summary><c>SYN</c>: synchronize sequence numbers.</summary>
    Syn = 0x002,

    /// <summary><c>RST</c>: reset the connection.</summary>
    Rst = 0x004,

    /// <summary><c>PSH</c>: push function.</summary>
    Psh = 0x008,

    /// <summary><c>ACK</c>: the acknowledgment field is significant.</summary>
    Ack = 0x010,

    /// <summary><c>URG</c>: the urgent pointer field is significant.</summary>
    Urg = 0x020,

    /// <summary><c>ECE</c>: ECN echo (RFC 3168).</summary>
    Ece = 0x040,

    /// <summary><c>CWR</c>: congestion window reduced (RFC 3168).</summary>
    Cwr = 0x080,

    /// <summary><c>NS</c>: ECN nonce sum (RFC 3540, historic).</summary>
    Ns = 0x100,
}
