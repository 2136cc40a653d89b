using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>The counters of one port (<c>struct ofp_port_stats</c>), for writing an <c>OFPMP_PORT_STATS</c> reply.</summary>
public struct PortStatsSpec
{
    /// <summary>The port.</summary>
    public PortNo PortNo { get; set; }

    /// <summary>Number of received packets.</summary>
    public ulong RxPackets { get; set; }

    /// <summary>Number of transmitted packets.</summary>
    public ulong TxPackets { get; set; }

    /// <summary>Number of received bytes.</summary>
    public ulong RxBytes { get; set; }

    /// <summary>Number of transmitted bytes.</summary>
    public ulong TxBytes { get; set; }

    /// <summary>Number of packets dropped by RX.</summary>
    public ulong RxDropped { get; set; }

    /// <summary>Number of packets dropped by TX.</summary>
    public ulong TxDropped { get; set; }

    /// <summary>Number of receive errors.</summary>
    public ulong RxErrors { get; set; }

    /// <summary>Number of transmit errors.</summary>
    public ulong TxErrors { get; set; }

    /// <summary>Number of frame alignment errors.</summary>
    public ulong RxFrameErr { get; set; }

    /// <summary>Number of packets with RX overrun.</summary>
    public ulong RxOverErr { get; set; }

    /// <summary>Number of CRC errors.</summary>
    public ulong RxCrcErr { get; set; }

    /// <summary>Number of collisions.</summary>
    public ulong Collisions { get; set; }

    /// <summary>Time the port has been alive, in seconds.</summary>
    public uint DurationSec { get; set; }

    /// <summary>Nanoseconds beyond <see cref="DurationSec"/>.</summary>
    public uint DurationNsec { get; set; }
}
