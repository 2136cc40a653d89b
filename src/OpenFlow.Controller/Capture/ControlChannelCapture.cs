using System;
using System.IO;
using System.Net;
using OpenFlow.Protocol.Capture;

namespace OpenFlow.Controller.Capture;

/// <summary>
/// Records the control channel of every connection into one pcap file (<c>Controller:CapturePath</c>): each message in
/// and out becomes a TCP segment of that connection's conversation, so Wireshark shows the OpenFlow messages. Writes
/// are serialized by one lock; capture is a diagnostic and costs a file write per message.
/// </summary>
public sealed class ControlChannelCapture : IDisposable
{
    private readonly object _gate = new();
    private readonly PcapWriter _writer;
    private bool _disposed;

    /// <summary>Creates (or overwrites) the capture file.</summary>
    /// <param name="path">The pcap file.</param>
    public ControlChannelCapture(string path)
    {
        _writer = new PcapWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024));
    }

    /// <summary>Starts recording one connection.</summary>
    /// <param name="remote">The switch.</param>
    /// <param name="local">The controller.</param>
    /// <returns>The conversation, or null when the endpoints are not IP.</returns>
    public CaptureFlow? BeginFlow(EndPoint? remote, EndPoint? local)
    {
        if (remote is not IPEndPoint client || local is not IPEndPoint server)
        {
            return null;
        }

        lock (_gate)
        {
            if (_disposed)
            {
                return null;
            }

            return new CaptureFlow(this, new PcapTcpConversation(_writer, client, server, DateTimeOffset.UtcNow));
        }
    }

    internal void Write(PcapTcpConversation stream, bool fromSwitch, ReadOnlySpan<byte> message)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (fromSwitch)
            {
                stream.WriteFromClient(DateTimeOffset.UtcNow, message);
            }
            else
            {
                stream.WriteFromServer(DateTimeOffset.UtcNow, message);
            }
        }
    }

    internal void End(PcapTcpConversation stream)
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                stream.WriteClose(DateTimeOffset.UtcNow);
                _writer.Flush();
            }
        }
    }

    /// <summary>Flushes what was recorded so far.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _writer.Flush();
            }
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _disposed = true;
                _writer.Dispose();
            }
        }
    }
}
