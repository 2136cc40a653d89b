using System;
using System.Buffers;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Framing;

/// <summary>
/// Splits a byte stream into OpenFlow messages without copying: the length field is checked against the limits
/// before any body is awaited, and a complete message is sliced out of the caller's buffer.
/// </summary>
public readonly struct OpenFlowFrameReader
{
    /// <summary>The largest message OpenFlow can express (the length field has 16 bits).</summary>
    public const int AbsoluteMaxMessageLength = ushort.MaxValue;

    /// <summary>Creates a frame reader.</summary>
    /// <param name="maxMessageLength">Messages longer than this are rejected; from 8 to 65,535.</param>
    public OpenFlowFrameReader(int maxMessageLength)
    {
        if (maxMessageLength < OfpHeader.Size || maxMessageLength > AbsoluteMaxMessageLength)
        {
            throw new ArgumentOutOfRangeException(nameof(maxMessageLength), "The maximum message length must be from 8 to 65535 bytes.");
        }

        _maxMessageLength = maxMessageLength;
    }

    // Zero in a default-constructed reader, which then accepts anything the length field can say.
    private readonly int _maxMessageLength;

    /// <summary>Messages longer than this are rejected.</summary>
    public int MaxMessageLength => _maxMessageLength == 0 ? AbsoluteMaxMessageLength : _maxMessageLength;

    /// <summary>
    /// Takes one complete message off the front of <paramref name="buffer"/>.
    /// </summary>
    /// <param name="buffer">Received bytes; on <see cref="OperationStatus.Done"/> it is advanced past the message.</param>
    /// <param name="header">The message header; on <see cref="OperationStatus.InvalidData"/>, the offending header.</param>
    /// <param name="message">The whole message (header included), a slice of <paramref name="buffer"/>.</param>
    /// <returns>
    /// <see cref="OperationStatus.Done"/> with one message; <see cref="OperationStatus.NeedMoreData"/> when the buffer
    /// holds less than a message (nothing is consumed); <see cref="OperationStatus.InvalidData"/> when the length field
    /// is below 8 or above <see cref="MaxMessageLength"/>: framing is lost and the connection must be closed.
    /// </returns>
    public OperationStatus TryReadFrame(ref ReadOnlySequence<byte> buffer, out OfpHeader header, out ReadOnlySequence<byte> message)
    {
        message = default;
        if (buffer.Length < OfpHeader.Size)
        {
            header = default;
            return OperationStatus.NeedMoreData;
        }

        Span<byte> headerBytes = stackalloc byte[OfpHeader.Size];
        ReadOnlySequence<byte> headerSlice = buffer.Slice(0, OfpHeader.Size);
        if (headerSlice.IsSingleSegment)
        {
#if NETSTANDARD2_0
            headerSlice.First.Span.CopyTo(headerBytes);
#else
            headerSlice.FirstSpan.CopyTo(headerBytes);
#endif
        }
        else
        {
            headerSlice.CopyTo(headerBytes);
        }

        OfpHeader.TryRead(headerBytes, out header);
        int length = BinaryPrimitives.ReadUInt16BigEndian(headerBytes.Slice(OfpHeader.LengthOffset));
        if (length < OfpHeader.Size || length > MaxMessageLength)
        {
            return OperationStatus.InvalidData;
        }

        if (buffer.Length < length)
        {
            return OperationStatus.NeedMoreData;
        }

        message = buffer.Slice(0, length);
        buffer = buffer.Slice(message.End);
        return OperationStatus.Done;
    }
}
