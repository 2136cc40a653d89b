using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.TestKit;

/// <summary>
/// A scripted OpenFlow switch for controller tests: connects over loopback TCP (optionally TLS), reads and writes whole
/// messages with our own codec, and plays the switch side of the handshake. Every read is bounded by <see cref="Timeout"/>.
/// </summary>
public sealed class FakeSwitch : IAsyncDisposable
{
    [ThreadStatic]
    private static byte[]? t_encodeBuffer;

    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly byte[] _header = new byte[OfpHeader.Size];

    private FakeSwitch(Socket socket, Stream stream)
    {
        _socket = socket;
        _stream = stream;
    }

    /// <summary>How long a read waits before it fails.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether <see cref="ExpectAsync"/> answers ECHO_REQUESTs it meets on the way.</summary>
    public bool AutoEcho { get; set; } = true;

    /// <summary>The socket (to tweak buffers or shut down one direction).</summary>
    public Socket Socket => _socket;

    /// <summary>The xid of the controller's HELLO, once read.</summary>
    public Xid ControllerHelloXid { get; private set; }

    /// <summary>Connects to a controller.</summary>
    public static async Task<FakeSwitch> ConnectAsync(IPEndPoint endPoint, X509Certificate2? clientCertificate = null, bool tls = false, int receiveBufferSize = 0)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        if (receiveBufferSize > 0)
        {
            socket.ReceiveBufferSize = receiveBufferSize;
        }

        await socket.ConnectAsync(endPoint).ConfigureAwait(false);
        Stream stream = new NetworkStream(socket, ownsSocket: true);
        if (tls || clientCertificate is not null)
        {
#pragma warning disable CA5359 // A test switch talks to a test controller with a throwaway self-signed certificate.
            var ssl = new SslStream(stream, false, static (_, _, _, _) => true);
#pragma warning restore CA5359
            var options = new SslClientAuthenticationOptions
            {
                TargetHost = "localhost",
                ClientCertificates = clientCertificate is null ? null : new X509CertificateCollection { clientCertificate },
            };
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await ssl.AuthenticateAsClientAsync(options, cts.Token).ConfigureAwait(false);
            stream = ssl;
        }

        return new FakeSwitch(socket, stream);
    }

    /// <summary>Encodes messages with our writer into a new array.</summary>
    public static byte[] Encode<TState>(in TState state, OpenFlowWriteCallback<TState> write)
    {
        byte[] buffer = t_encodeBuffer ??= new byte[OpenFlowFrameReader.AbsoluteMaxMessageLength * 4];
        var writer = new OpenFlowWriter(buffer);
        write(ref writer, in state);
        if (writer.Overflowed)
        {
            throw new InvalidOperationException("Message too large for the fake switch's buffer.");
        }

        return writer.Written.ToArray();
    }

    /// <summary>Encodes messages that need no input.</summary>
    public static byte[] Encode(OpenFlowWriteCallback<int> write) => Encode(0, write);

    /// <summary>Sends raw bytes.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> bytes)
    {
        using var cts = new CancellationTokenSource(Timeout);
        await _stream.WriteAsync(bytes, cts.Token).ConfigureAwait(false);
        await _stream.FlushAsync(cts.Token).ConfigureAwait(false);
    }

    /// <summary>Sends messages written by <paramref name="write"/>.</summary>
    public Task SendAsync(OpenFlowWriteCallback<int> write) => SendAsync(Encode(write));

    /// <summary>Reads one whole message, or null when the controller closed the connection.</summary>
    public async Task<byte[]?> TryReadMessageAsync()
    {
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            if (!await ReadExactlyOrEofAsync(_header, cts.Token).ConfigureAwait(false))
            {
                return null;
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(_header.AsSpan(OfpHeader.LengthOffset));
            if (length < OfpHeader.Size)
            {
                throw new InvalidDataException($"The controller sent a message with length {length}.");
            }

            var message = new byte[length];
            _header.CopyTo(message, 0);
            if (!await ReadExactlyOrEofAsync(message.AsMemory(OfpHeader.Size), cts.Token).ConfigureAwait(false))
            {
                return null;
            }

            return message;
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            throw new TimeoutException($"No message from the controller within {Timeout.TotalMilliseconds} ms.");
        }
        catch (IOException)
        {
            return null;
        }
        catch (SocketException)
        {
            return null;
        }
    }

    /// <summary>Reads one whole message; fails when the connection closed.</summary>
    public async Task<byte[]> ReadMessageAsync() =>
        await TryReadMessageAsync().ConfigureAwait(false) ?? throw new EndOfStreamException("The controller closed the connection.");

    /// <summary>Reads messages until one of <paramref name="type"/> (answering echo requests when <see cref="AutoEcho"/>).</summary>
    public async Task<byte[]> ExpectAsync(OfpType type)
    {
        while (true)
        {
            byte[] message = await ReadMessageAsync().ConfigureAwait(false);
            var actual = (OfpType)message[OfpHeader.TypeOffset];
            if (actual == type)
            {
                return message;
            }

            if (actual == OfpType.EchoRequest && AutoEcho)
            {
                await AnswerEchoAsync(message).ConfigureAwait(false);
                continue;
            }

            throw new InvalidDataException($"Expected {type}, got {actual} ({message.Length} bytes).");
        }
    }

    /// <summary>Reads until the controller closes the connection; returns what arrived before.</summary>
    public async Task<List<byte[]>> ReadUntilClosedAsync()
    {
        var messages = new List<byte[]>();
        while (await TryReadMessageAsync().ConfigureAwait(false) is { } message)
        {
            messages.Add(message);
        }

        return messages;
    }

    /// <summary>Answers an ECHO_REQUEST with the same xid and data.</summary>
    public Task AnswerEchoAsync(byte[] request)
    {
        var reply = (byte[])request.Clone();
        reply[OfpHeader.TypeOffset] = (byte)OfpType.EchoReply;
        return SendAsync(reply);
    }

    /// <summary>Plays the switch side of the handshake: HELLO, FEATURES_REPLY, PORT_DESC reply, SET_CONFIG, BARRIER_REPLY.</summary>
    /// <param name="datapathId">The datapath id to report.</param>
    /// <param name="portCount">How many ports to report (numbered from 1).</param>
    public async Task HandshakeAsync(DatapathId datapathId, int portCount = 2)
    {
        byte[] hello = await ExpectAsync(OfpType.Hello).ConfigureAwait(false);
        ControllerHelloXid = new Xid(BinaryPrimitives.ReadUInt32BigEndian(hello.AsSpan(OfpHeader.XidOffset)));
        await SendAsync(Encode(static (ref OpenFlowWriter w, in int _) => w.WriteHello(new Xid(1), new byte[] { OfpVersion.Of13 }))).ConfigureAwait(false);
        byte[] features = await ExpectAsync(OfpType.FeaturesRequest).ConfigureAwait(false);
        await SendAsync(Encode((Xid: XidOf(features), Dpid: datapathId), static (ref OpenFlowWriter w, in (Xid Xid, DatapathId Dpid) s) =>
            w.WriteFeaturesReply(s.Xid, s.Dpid, 256, 254, 0, OfpCapabilities.FlowStats | OfpCapabilities.PortStats))).ConfigureAwait(false);
        byte[] portDesc = await ExpectAsync(OfpType.MultipartRequest).ConfigureAwait(false);
        await SendAsync(PortDescReply(XidOf(portDesc), Ports(1, portCount), OfpMultipartReplyFlags.None)).ConfigureAwait(false);
        await ExpectAsync(OfpType.SetConfig).ConfigureAwait(false);
        byte[] barrier = await ExpectAsync(OfpType.BarrierRequest).ConfigureAwait(false);
        await SendAsync(Encode(XidOf(barrier), static (ref OpenFlowWriter w, in Xid xid) => w.WriteBarrierReply(xid))).ConfigureAwait(false);
    }

    /// <summary>Port descriptions numbered from <paramref name="first"/>.</summary>
    public static PortSpec[] Ports(int first, int count)
    {
        var ports = new PortSpec[count];
        for (int i = 0; i < count; i++)
        {
            uint number = (uint)(first + i);
            ports[i] = new PortSpec
            {
                PortNo = new PortNo(number),
                HwAddr = new MacAddress(0x02_00_00_00_00_00UL | number),
                Name = "p" + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                CurrSpeed = 10_000_000,
                MaxSpeed = 10_000_000,
            };
        }

        return ports;
    }

    /// <summary>Encodes a PORT_DESC multipart reply part.</summary>
    public static byte[] PortDescReply(Xid xid, PortSpec[] ports, OfpMultipartReplyFlags flags) =>
        Encode((Xid: xid, Ports: ports, Flags: flags), static (ref OpenFlowWriter w, in (Xid Xid, PortSpec[] Ports, OfpMultipartReplyFlags Flags) s) =>
            w.WritePortDescReply(s.Xid, s.Ports, s.Flags));

    /// <summary>The xid of a message.</summary>
    public static Xid XidOf(byte[] message) => new(BinaryPrimitives.ReadUInt32BigEndian(message.AsSpan(OfpHeader.XidOffset)));

    /// <summary>The type of a message.</summary>
    public static OfpType TypeOf(byte[] message) => (OfpType)message[OfpHeader.TypeOffset];

    /// <summary>Closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
        }

        _socket.Dispose();
    }

    private async Task<bool> ReadExactlyOrEofAsync(Memory<byte> buffer, CancellationToken token)
    {
        int read = 0;
        while (read < buffer.Length)
        {
            int n = await _stream.ReadAsync(buffer.Slice(read), token).ConfigureAwait(false);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }
}
