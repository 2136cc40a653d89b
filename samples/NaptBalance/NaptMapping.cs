using OpenFlow.Balancing;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>One client connection and the server-side identity it was given: a NAPT port on one server.</summary>
public sealed class NaptMapping
{
    internal NaptMapping(Ipv4Address clientIp, ushort clientPort, MacAddress clientMac, ushort servicePort, Backend backend, ushort naptPort)
    {
        ClientIp = clientIp;
        ClientPort = clientPort;
        ClientMac = clientMac;
        ServicePort = servicePort;
        Backend = backend;
        NaptPort = naptPort;
    }

    /// <summary>The client's address.</summary>
    public Ipv4Address ClientIp { get; }

    /// <summary>The client's TCP port.</summary>
    public ushort ClientPort { get; }

    /// <summary>The client's MAC address (learned from its packets).</summary>
    public MacAddress ClientMac { get; internal set; }

    /// <summary>The service port (80).</summary>
    public ushort ServicePort { get; }

    /// <summary>The server.</summary>
    public Backend Backend { get; }

    /// <summary>The source port the server sees.</summary>
    public ushort NaptPort { get; }

    /// <summary>The initial sequence number of the client's SYN (0 when unknown, for a mapping rebuilt from flows).</summary>
    public uint InitialSequence { get; internal set; }

    /// <summary>Whether the client-to-server flow is in the switch.</summary>
    public bool ForwardLive { get; internal set; }

    /// <summary>Whether the server-to-client flow is in the switch.</summary>
    public bool ReverseLive { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => $"{ClientIp}:{ClientPort} -> {Backend.Name} via {NaptPort}";
}
