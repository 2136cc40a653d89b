using System;
using System.Collections.Generic;

namespace OpenFlow.Controller.Connection;

/// <summary>
/// A multipart reply reassembled across <c>OFPMPF_REPLY_MORE</c>: every part as a whole <c>OFPT_MULTIPART_REPLY</c>
/// message in a pooled buffer. Dispose it to return the buffers.
/// </summary>
public sealed class MultipartReply : IDisposable
{
    private readonly List<OwnedMessage> _parts = new();

    internal MultipartReply()
    {
    }

    /// <summary>The parts in the order received.</summary>
    public IReadOnlyList<OwnedMessage> Parts => _parts;

    /// <summary>The total size of all parts in bytes.</summary>
    public long TotalBytes { get; private set; }

    internal void Add(ReadOnlySpan<byte> part)
    {
        _parts.Add(new OwnedMessage(part));
        TotalBytes += part.Length;
    }

    /// <summary>Returns every part's buffer to the pool.</summary>
    public void Dispose()
    {
        foreach (OwnedMessage part in _parts)
        {
            part.Dispose();
        }

        _parts.Clear();
    }
}
