using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Messages;

/// <summary>The fields of a port description (<c>struct ofp_port</c>) to write; see <see cref="PortView"/> for the layout.</summary>
public readonly record struct PortSpec
{
    /// <summary>The port number.</summary>
    public PortNo PortNo { get; init; }

    /// <summary>The port's MAC address.</summary>
    public MacAddress HwAddr { get; init; }

    /// <summary>The name: ASCII, at most 15 characters (longer names are cut; other characters become '?').</summary>
    public string? Name { get; init; }

    /// <summary>The administrative settings.</summary>
    public OfpPortConfig Config { get; init; }

    /// <summary>The current state.</summary>
    public OfpPortState State { get; init; }

    /// <summary>The current features.</summary>
    public OfpPortFeatures Curr { get; init; }

    /// <summary>The features advertised by the port.</summary>
    public OfpPortFeatures Advertised { get; init; }

    /// <summary>The features the port supports.</summary>
    public OfpPortFeatures Supported { get; init; }

    /// <summary>The features advertised by the peer.</summary>
    public OfpPortFeatures Peer { get; init; }

    /// <summary>The current bit rate in kbps.</summary>
    public uint CurrSpeed { get; init; }

    /// <summary>The maximum bit rate in kbps.</summary>
    public uint MaxSpeed { get; init; }
}
