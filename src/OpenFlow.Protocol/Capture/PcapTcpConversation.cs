using System;
using System.Buffers;
using System.Net;
using System.Net.Sockets;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Capture;

/// <summary>
/// One TCP conversation written into a <see cref="PcapWriter"/> as Ethernet/IPv4 (or IPv6)/TCP frames with correct
/// lengths, checksums, and sequence and acknowledgment numbers per direction, so that Wireshark reassembles the stream
/// and decodes OpenFlow on port 6653. It starts with a SYN, SYN-ACK, ACK exchange; each payload written becomes
/// one or more PSH-ACK segments. Not thread-safe: callers serialize (and share one lock with the writer).
/// </summary>
public sealed class PcapTcpConversation
{
    private const int MaxSegmentPayload = 65000;
    private const int FrameOverhead = EthernetView.Size + 40 + TcpView.MinLength;

    private readonly PcapWriter _writer;
    private readonly Endpoint _client;
    private readonly Endpoint _server;
    private readonly bool _ipv6;
    private uint _clientSeq;
    private uint _serverSeq;

    /// <summary>Creates the conversation and writes its three-way handshake.</summary>
    /// <param name="writer">The file.</param>
    /// <param name="client">The side that connected (the switch).</param>
    /// <param name="server">The side that accepted (the controller).</param>
    /// <param name="timestamp">When the connection was made.</param>
    public PcapTcpConversation(PcapWriter writer, IPEndPoint client, IPEndPoint server, DateTimeOffset timestamp)
    {
        if (writer is null || client is null || server is null)
        {
            ThrowHelper.ThrowArgument("A writer and both endpoints are required.");
        }

        _writer = writer;

        IPAddress clientAddress = Normalize(client.Address);
        IPAddress serverAddress = Normalize(server.Address);
        _ipv6 = clientAddress.AddressFamily == AddressFamily.InterNetworkV6 || serverAddress.AddressFamily == AddressFamily.InterNetworkV6;
        if (_ipv6)
        {
            clientAddress = ToV6(clientAddress);
            serverAddress = ToV6(serverAddress);
        }

        _client = new Endpoint(new MacAddress(0x02_00_00_00_00_01), clientAddress, (ushort)client.Port);
        _server = new Endpoint(new MacAddress(0x02_00_00_00_00_02), serverAddress, (ushort)server.Port);
        _clientSeq = 1000;
        _serverSeq = 5000;
        WriteSegment(timestamp, fromClient: true, TcpFlags.Syn, ReadOnlySpan<byte>.Empty, ack: 0);
        _clientSeq++;
        WriteSegment(timestamp, fromClient: false, TcpFlags.Syn | TcpFlags.Ack, ReadOnlySpan<byte>.Empty, ack: _clientSeq);
        _serverSeq++;
        WriteSegment(timestamp, fromClient: true, TcpFlags.Ack, ReadOnlySpan<byte>.Empty, ack: _serverSeq);
    }

    /// <summary>Writes bytes the client (switch) sent.</summary>
    /// <param name="timestamp">When.</param>
    /// <param name="payload">The bytes (one or more OpenFlow messages).</param>
    public void WriteFromClient(DateTimeOffset timestamp, ReadOnlySpan<byte> payload) => WriteData(timestamp, fromClient: true, payload);

    /// <summary>Writes bytes the server (controller) sent.</summary>
    /// <param name="timestamp">When.</param>
    /// <param name="payload">The bytes (one or more OpenFlow messages).</param>
    public void WriteFromServer(DateTimeOffset timestamp, ReadOnlySpan<byte> payload) => WriteData(timestamp, fromClient: false, payload);

    /// <summary>Writes a FIN from the client and the server's FIN-ACK.</summary>
    /// <param name="timestamp">When the connection closed.</param>
    public void WriteClose(DateTimeOffset timestamp)
    {
        WriteSegment(timestamp, fromClient: true, TcpFlags.Fin | TcpFlags.Ack, ReadOnlySpan<byte>.Empty, _serverSeq);
        _clientSeq++;
        WriteSegment(timestamp, fromClient: false, TcpFlags.Fin | TcpFlags.Ack, ReadOnlySpan<byte>.Empty, _clientSeq);
        _serverSeq++;
        WriteSegment(timestamp, fromClient: true, TcpFlags.Ack, ReadOnlySpan<byte>.Empty, _serverSeq);
    }

    private void WriteData(DateTimeOffset timestamp, bool fromClient, ReadOnlySpan<byte> payload)
    {
        while (!payload.IsEmpty)
        {
            int chunk = Math.Min(payload.Length, MaxSegmentPayload);
            uint ack = fromClient ? _serverSeq : _clientSeq;
            WriteSegment(timestamp, fromClient, TcpFlags.Psh | TcpFlags.Ack, payload.Slice(0, chunk), ack);
            if (fromClient)
            {
                _clientSeq += (uint)chunk;
            }
            else
            {
                _serverSeq += (uint)chunk;
            }

            payload = payload.Slice(chunk);
        }
    }

    private void WriteSegment(DateTimeOffset timestamp, bool fromClient, TcpFlags flags, ReadOnlySpan<byte> payload, uint ack)
    {
        Endpoint source = fromClient ? _client : _server;
        Endpoint destination = fromClient ? _server : _client;
        var tcp = new TcpHeader
        {
            SourcePort = source.Port,
            DestinationPort = destination.Port,
            SequenceNumber = fromClient ? _clientSeq : _serverSeq,
            AcknowledgmentNumber = ack,
            Flags = flags,
            Window = 65535,
        };
        byte[] frame = ArrayPool<byte>.Shared.Rent(FrameOverhead + payload.Length);
        try
        {
            Span<byte> span = frame;
            int length = new EthernetHeader(destination.Mac, source.Mac, _ipv6 ? EtherType.Ipv6 : EtherType.Ipv4).Write(span);
            if (_ipv6)
            {
                var ip = new Ipv6Header
                {
                    Source = Ipv6Address.Read(source.Address.GetAddressBytes()),
                    Destination = Ipv6Address.Read(destination.Address.GetAddressBytes()),
                };
                length += PacketBuilder.WriteIpv6Tcp(span.Slice(length), ip, tcp, ReadOnlySpan<byte>.Empty, payload);
            }
            else
            {
                var ip = new Ipv4Header
                {
                    Source = Ipv4Address.Read(source.Address.GetAddressBytes()),
                    Destination = Ipv4Address.Read(destination.Address.GetAddressBytes()),
                    Flags = Ipv4Flags.DontFragment,
                };
                length += PacketBuilder.WriteIpv4Tcp(span.Slice(length), ip, tcp, ReadOnlySpan<byte>.Empty, payload);
            }

            _writer.WriteFrame(timestamp, span.Slice(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(frame);
        }
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static IPAddress ToV6(IPAddress address) => address.AddressFamily == AddressFamily.InterNetworkV6 ? address : address.MapToIPv6();

    private readonly struct Endpoint
    {
        public Endpoint(MacAddress mac, IPAddress address, ushort port)
        {
            Mac = mac;
            Address = address;
            Port = port;
        }

        public MacAddress Mac { get; }

        public IPAddress Address { get; }

        public ushort Port { get; }
    }
}
