using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <summary>
/// Writes OpenFlow 1.3 messages into a caller's buffer, big-endian, with lengths back-patched and padding
/// written as zeros. Concerns live in partial files (<c>OpenFlowWriter.Match.cs</c>, <c>.Actions.cs</c>, ...).
/// </summary>
/// <remarks>
/// <para>
/// The writer never throws because the buffer is too small: it keeps counting the bytes it would have written
/// and sets <see cref="Overflowed"/>. <see cref="BytesWritten"/> is then the exact size needed, so a caller can
/// retry once with a buffer of that size (<see cref="WriteTo{TState}"/> does exactly that).
/// Caller mistakes (a value the field cannot hold, a missing match prerequisite) throw
/// <see cref="ArgumentException"/>; calls that do not fit the writer's state throw <see cref="InvalidOperationException"/>.
/// </para>
/// <para>The writer allocates nothing.</para>
/// </remarks>
public ref partial struct OpenFlowWriter
{
    // All the writer's state lives here: fields spread over partial files have no defined order (CS0282).
    private readonly Span<byte> _buffer;
    private int _position;
    private MatchWriteState _match;

    /// <summary>Creates a writer that writes from the start of <paramref name="buffer"/>.</summary>
    /// <param name="buffer">Where the bytes go.</param>
    public OpenFlowWriter(Span<byte> buffer)
    {
        _buffer = buffer;
        _position = 0;
    }

    /// <summary>How many bytes have been written, or would have been if the buffer were large enough.</summary>
    public readonly int BytesWritten => _position;

    /// <summary>Whether the buffer was too small; then <see cref="BytesWritten"/> is the size needed.</summary>
    public readonly bool Overflowed => _position > _buffer.Length;

    /// <summary>The bytes written so far (only meaningful while <see cref="Overflowed"/> is false).</summary>
    public readonly ReadOnlySpan<byte> Written => _buffer.Slice(0, Math.Min(_position, _buffer.Length));

    /// <summary>Writes one byte.</summary>
    /// <param name="value">The byte.</param>
    public void WriteUInt8(byte value)
    {
        if (_position < _buffer.Length)
        {
            _buffer[_position] = value;
        }

        _position++;
    }

    /// <summary>Writes a 16-bit big-endian integer.</summary>
    /// <param name="value">The value.</param>
    public void WriteUInt16(ushort value)
    {
        if (Fits(2))
        {
            BinaryPrimitives.WriteUInt16BigEndian(_buffer.Slice(_position), value);
        }

        _position += 2;
    }

    /// <summary>Writes the low 24 bits of a value big-endian (odd-width fields such as <c>pbb_isid</c>).</summary>
    /// <param name="value">The value; bits above 24 must be zero.</param>
    public void WriteUInt24(uint value)
    {
        if (Fits(3))
        {
            _buffer[_position] = (byte)(value >> 16);
            _buffer[_position + 1] = (byte)(value >> 8);
            _buffer[_position + 2] = (byte)value;
        }

        _position += 3;
    }

    /// <summary>Writes a 32-bit big-endian integer.</summary>
    /// <param name="value">The value.</param>
    public void WriteUInt32(uint value)
    {
        if (Fits(4))
        {
            BinaryPrimitives.WriteUInt32BigEndian(_buffer.Slice(_position), value);
        }

        _position += 4;
    }

    /// <summary>Writes a 64-bit big-endian integer.</summary>
    /// <param name="value">The value.</param>
    public void WriteUInt64(ulong value)
    {
        if (Fits(8))
        {
            BinaryPrimitives.WriteUInt64BigEndian(_buffer.Slice(_position), value);
        }

        _position += 8;
    }

    /// <summary>Writes a MAC address (6 bytes).</summary>
    /// <param name="value">The address.</param>
    public void WriteMac(MacAddress value)
    {
        if (Fits(MacAddress.Size))
        {
            value.Write(_buffer.Slice(_position));
        }

        _position += MacAddress.Size;
    }

    /// <summary>Writes an IPv4 address (4 bytes).</summary>
    /// <param name="value">The address.</param>
    public void WriteIpv4(Ipv4Address value) => WriteUInt32(value.Value);

    /// <summary>Writes an IPv6 address (16 bytes).</summary>
    /// <param name="value">The address.</param>
    public void WriteIpv6(Ipv6Address value)
    {
        WriteUInt64(value.High);
        WriteUInt64(value.Low);
    }

    /// <summary>Copies bytes as they are.</summary>
    /// <param name="bytes">The bytes.</param>
    public void WriteBytes(scoped ReadOnlySpan<byte> bytes)
    {
        if (Fits(bytes.Length))
        {
            bytes.CopyTo(_buffer.Slice(_position));
        }

        _position += bytes.Length;
    }

    /// <summary>Writes ASCII text into a fixed-size, zero-padded field (<c>char mfr_desc[256]</c>, <c>char name[16]</c>).</summary>
    /// <param name="text">The text; longer text is cut so that a terminating zero always fits.</param>
    /// <param name="fieldSize">The size of the field on the wire.</param>
    public void WriteFixedString(scoped ReadOnlySpan<char> text, int fieldSize)
    {
        int length = Math.Min(text.Length, fieldSize - 1);
        for (int i = 0; i < length; i++)
        {
            WriteUInt8(text[i] < 0x80 ? (byte)text[i] : (byte)'?');
        }

        WriteZeros(fieldSize - length);
    }

    /// <summary>Writes <paramref name="count"/> zero bytes (padding and reserved fields).</summary>
    /// <param name="count">How many zero bytes.</param>
    public void WriteZeros(int count)
    {
        if (count < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(count), "A count of zero bytes cannot be negative.");
        }

        if (Fits(count))
        {
            _buffer.Slice(_position, count).Clear();
        }

        _position += count;
    }

    /// <summary>Writes zeros until the structure that began at <paramref name="start"/> is a multiple of 8 bytes long.</summary>
    /// <param name="start">Writer position where the structure began.</param>
    public void PadTo8(int start) => WriteZeros(Padding.To8(_position - start));

    /// <summary>Starts a structure at the current position whose 16-bit length field is <paramref name="lengthFieldOffset"/> bytes into it.</summary>
    /// <param name="lengthFieldOffset">Offset of the length field from the start of the structure.</param>
    /// <returns>The slot to pass to <see cref="EndLength(LengthSlot)"/>.</returns>
    public readonly LengthSlot BeginLength(int lengthFieldOffset) => new(_position, _position + lengthFieldOffset);

    /// <summary>Back-patches the length of a structure to the bytes written since it began.</summary>
    /// <param name="slot">The slot returned when the structure began.</param>
    /// <returns>The length written.</returns>
    public int EndLength(LengthSlot slot)
    {
        int length = _position - slot.Start;
        PatchUInt16(slot.LengthOffset, length);
        return length;
    }

    /// <summary>Writes an <c>ofp_header</c> with a length to be back-patched by <see cref="EndMessage"/>.</summary>
    /// <param name="type">The message type.</param>
    /// <param name="xid">The transaction id.</param>
    /// <returns>The slot to pass to <see cref="EndMessage"/>.</returns>
    public LengthSlot BeginMessage(OfpType type, Xid xid)
    {
        LengthSlot slot = BeginLength(OfpHeader.LengthOffset);
        if (Fits(OfpHeader.Size))
        {
            // version, type, length (patched by EndMessage), xid: one big-endian word.
            BinaryPrimitives.WriteUInt64BigEndian(_buffer.Slice(_position), ((ulong)OfpVersion.Of13 << 56) | ((ulong)type << 48) | xid.Value);
            _position += OfpHeader.Size;
            return slot;
        }

        WriteUInt8(OfpVersion.Of13);
        WriteUInt8((byte)type);
        WriteUInt16(0);
        WriteUInt32(xid.Value);
        return slot;
    }

    /// <summary>Back-patches the message length. A message longer than 65,535 bytes cannot be sent and throws.</summary>
    /// <param name="slot">The slot returned by <see cref="BeginMessage"/>.</param>
    /// <returns>The message length.</returns>
    public int EndMessage(LengthSlot slot) => EndLength(slot);

    /// <summary>Overwrites a 16-bit field that was written earlier (for counts and lengths known only later).</summary>
    /// <param name="position">Writer position of the field.</param>
    /// <param name="value">The value, at most 65,535.</param>
    public void PatchUInt16(int position, int value)
    {
        if ((uint)value > ushort.MaxValue)
        {
            ThrowHelper.ThrowInvalidOperation("An OpenFlow length field holds at most 65,535 bytes; the structure written is longer.");
        }

        if (position < 0 || position > _position - 2)
        {
            ThrowHelper.ThrowInvalidOperation("The field to patch is not inside what was written.");
        }

        if (position + 2 <= _buffer.Length)
        {
            BinaryPrimitives.WriteUInt16BigEndian(_buffer.Slice(position), (ushort)value);
        }
    }

    /// <summary>
    /// Writes one or more messages into <paramref name="output"/>: first into a span of <paramref name="sizeHint"/>
    /// bytes, and if that was too small once more into a span of exactly the size needed.
    /// </summary>
    /// <typeparam name="TState">What the write callback needs, passed by reference so that no closure is allocated.</typeparam>
    /// <param name="output">Where the bytes go.</param>
    /// <param name="state">The callback's input.</param>
    /// <param name="write">Writes the messages; it may run twice and must write the same bytes both times.</param>
    /// <param name="sizeHint">A guess at the size, to avoid the second pass.</param>
    /// <returns>The number of bytes written.</returns>
    public static int WriteTo<TState>(IBufferWriter<byte> output, in TState state, OpenFlowWriteCallback<TState> write, int sizeHint = 256)
    {
        if (output is null)
        {
            ThrowHelper.ThrowArgument("An output is required.", nameof(output));
        }

        if (write is null)
        {
            ThrowHelper.ThrowArgument("A write callback is required.", nameof(write));
        }

        var writer = new OpenFlowWriter(output.GetSpan(sizeHint));
        write(ref writer, in state);
        if (writer.Overflowed)
        {
            int needed = writer.BytesWritten;
            writer = new OpenFlowWriter(output.GetSpan(needed));
            write(ref writer, in state);
            if (writer.Overflowed || writer.BytesWritten != needed)
            {
                ThrowHelper.ThrowInvalidOperation("The write callback wrote different bytes on its second pass.");
            }
        }

        output.Advance(writer.BytesWritten);
        return writer.BytesWritten;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool Fits(int count) => _position + count <= _buffer.Length;
}
