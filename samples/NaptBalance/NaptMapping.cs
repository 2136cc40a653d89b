using OpenFlow.Balancing;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>
/// One client connection and the server-side identity it was given: a NAPT port on one server. The engine reuses the
/// instances of ended mappings (<see cref="NaptEngine.SnapshotMappings"/> hands out copies, never the live objects).
/// </summary>
public sealed class NaptMapping
{
    internal NaptMapping(Ipv4Address clientIp, ushort clientPort, MacAddress clientMac, ushort servicePort, Backend backend, ushort naptPort)
    {
        Backend = backend;
        Init(clientIp, clientPort, clientMac, servicePort, backend, naptPort);
    }

    /// <summary>(Re)initialises the mapping for a new connection: every field is set.</summary>
    internal void Init(Ipv4Address clientIp, ushort clientPort, MacAddress clientMac, ushort servicePort, Backend backend, ushort naptPort)
    {
        ClientIp = clientIp;
        ClientPort = clientPort;
        ClientMac = clientMac;
        ServicePort = servicePort;
        Backend = backend;
        NaptPort = naptPort;
        InitialSequence = 0;
        ForwardLive = false;
        ReverseLive = false;
    }

    /// <summary>A copy that the engine will not change or reuse.</summary>
    internal NaptMapping Clone() => new(ClientIp, ClientPort, ClientMac, ServicePort, Backend, NaptPort)
    {
        InitialSequence = InitialSequence,
        ForwardLive = ForwardLive,
        ReverseLive = ReverseLive,
    };

    /// <summary>The client's address.</summary>
    public Ipv4Address ClientIp { get; private set; }

    /// <summary>The client's TCP port.</summary>
    public ushort ClientPort { get; private set; }

    /// <summary>The client's MAC address (learned from its packets).</summary>
    public MacAddress ClientMac { get; internal set; }

    /// <summary>The service port (80).</summary>
    public ushort ServicePort { get; private set; }

    /// <summary>The server.</summary>
    public Backend Backend { get; private set; }

    /// <summary>The source port the server sees.</summary>
    public ushort NaptPort { get; private set; }

    /// <summary>The initial sequence number of the client's SYN (0 when unknown, for a mapping rebuilt from flows).</summary>
    public uint InitialSequence { get; internal set; }

    /// <summary>Whether the client-to-server flow is in the switch.</summary>
    public bool ForwardLive { get; internal set; }

    /// <summary>Whether the server-to-client flow is in the switch.</summary>
    public bool ReverseLive { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => $"{ClientIp}:{ClientPort} -> {Backend.Name} via {NaptPort}";
}
