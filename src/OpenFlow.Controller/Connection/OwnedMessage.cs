using System;
using System.Buffers;
using System.Threading;

namespace OpenFlow.Controller.Connection;

/// <summary>A copy of a received message in a pooled buffer. Dispose it to return the buffer; do not use it afterwards.</summary>
public sealed class OwnedMessage : IDisposable
{
    private byte[]? _buffer;
    private readonly int _length;

    internal OwnedMessage(ReadOnlySpan<byte> message)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(message.Length);
        message.CopyTo(_buffer);
        _length = message.Length;
    }

    /// <summary>The message, header included.</summary>
    public ReadOnlyMemory<byte> Memory => new(_buffer ?? throw new ObjectDisposedException(nameof(OwnedMessage)), 0, _length);

    /// <summary>The message, header included.</summary>
    public ReadOnlySpan<byte> Span => Memory.Span;

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        byte[]? buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
