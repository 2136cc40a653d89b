using OpenFlow.Balancing;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Samples.MacBalance;

/// <summary>
/// One client connection in reactive mode and the server it was given. The server sees the client's own addresses
/// and ports (only MAC addresses change), so the connection is known by the client's address, port and service port.
/// </summary>
public sealed class MacConnection
{
    internal MacConnection(Ipv4Address clientIp, ushort clientPort, MacAddress clientMac, ushort servicePort, Backend backend)
    {
        ClientIp = clientIp;
        ClientPort = clientPort;
        ClientMac = clientMac;
        ServicePort = servicePort;
        Backend = backend;
    }

    /// <summary>The client's address.</summary>
    public Ipv4Address ClientIp { get; }

    /// <summary>The client's TCP port.</summary>
    public ushort ClientPort { get; }

    /// <summary>The client's MAC address.</summary>
    public MacAddress ClientMac { get; internal set; }

    /// <summary>The service port.</summary>
    public ushort ServicePort { get; }

    /// <summary>The server.</summary>
    public Backend Backend { get; }

    /// <summary>The initial sequence number of the client's SYN (0 when unknown, for a connection read back from flows).</summary>
    public uint InitialSequence { get; internal set; }

    /// <summary>Whether the client-to-server flow is in the switch.</summary>
    public bool ForwardLive { get; internal set; }

    /// <summary>Whether the server-to-client flow is in the switch.</summary>
    public bool ReverseLive { get; internal set; }

    /// <summary>A copy the engine will not change.</summary>
    internal MacConnection Clone() => new(ClientIp, ClientPort, ClientMac, ServicePort, Backend)
    {
        InitialSequence = InitialSequence,
        ForwardLive = ForwardLive,
        ReverseLive = ReverseLive,
    };

    /// <inheritdoc />
    public override string ToString() => $"{ClientIp}:{ClientPort} -> {Backend.Name}:{ServicePort}";
}
