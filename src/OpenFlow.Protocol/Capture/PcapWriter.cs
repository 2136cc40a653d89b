using System;
using System.Buffers;
using System.Buffers.Binary;
using System.IO;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Capture;

/// <summary>
/// Writes a classic libpcap file (microsecond timestamps, link type Ethernet) that Wireshark and tcpdump open:
/// the 24-byte global header when created, then one record per frame.
/// <code>
/// global header: magic a1b2c3d4 | version 2.4 | thiszone 0 | sigfigs 0 | snaplen | network 1 (Ethernet)
/// record:        ts_sec | ts_usec | incl_len | orig_len | frame bytes
/// </code>
/// All fields are written little-endian (the magic tells readers the byte order). Not thread-safe: callers serialize.
/// </summary>
public sealed class PcapWriter : IDisposable
{
    /// <summary>Size of the global header.</summary>
    public const int GlobalHeaderSize = 24;

    /// <summary>Size of a record header.</summary>
    public const int RecordHeaderSize = 16;

    /// <summary>The magic number of a microsecond-resolution pcap file.</summary>
    public const uint Magic = 0xa1b2c3d4;

    /// <summary>The link type of Ethernet frames (<c>LINKTYPE_ETHERNET</c>).</summary>
    public const uint LinkTypeEthernet = 1;

    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly int _snapLength;
    private bool _disposed;

    /// <summary>Creates the writer and writes the global header.</summary>
    /// <param name="stream">Where the file goes.</param>
    /// <param name="snapLength">The largest frame kept whole; longer frames are cut (the record keeps the original length).</param>
    /// <param name="leaveOpen">Whether disposing the writer leaves <paramref name="stream"/> open.</param>
    public PcapWriter(Stream stream, int snapLength = 262144, bool leaveOpen = false)
    {
        if (stream is null)
        {
            ThrowHelper.ThrowArgument("A stream is required.", nameof(stream));
        }

        if (snapLength <= 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(snapLength), "The snap length must be positive.");
        }

        _stream = stream;

        _snapLength = snapLength;
        _leaveOpen = leaveOpen;
        byte[] header = new byte[GlobalHeaderSize];
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0), Magic);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), 2);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(6), 4);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(12), 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(16), (uint)snapLength);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(20), LinkTypeEthernet);
        _stream.Write(header, 0, header.Length);
    }

    /// <summary>Writes one frame as a record.</summary>
    /// <param name="timestamp">When the frame was seen.</param>
    /// <param name="frame">The Ethernet frame.</param>
    public void WriteFrame(DateTimeOffset timestamp, ReadOnlySpan<byte> frame)
    {
        if (_disposed)
        {
            ThrowHelper.ThrowInvalidOperation("The pcap writer is disposed.");
        }

        int included = Math.Min(frame.Length, _snapLength);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(RecordHeaderSize + included);
        try
        {
            long ticks = timestamp.UtcDateTime.Ticks - Epoch.Ticks;
            long seconds = ticks / TimeSpan.TicksPerSecond;
            long micros = (ticks % TimeSpan.TicksPerSecond) / 10;
            BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(0), (uint)seconds);
            BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(4), (uint)micros);
            BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(8), (uint)included);
            BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(12), (uint)frame.Length);
            frame.Slice(0, included).CopyTo(buffer.AsSpan(RecordHeaderSize));
            _stream.Write(buffer, 0, RecordHeaderSize + included);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Flushes the stream.</summary>
    public void Flush() => _stream.Flush();

    /// <summary>Flushes and, unless asked to leave it open, closes the stream.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stream.Flush();
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }
}
