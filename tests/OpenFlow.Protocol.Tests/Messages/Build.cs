using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>Writes one message the way the writer tests need it.</summary>
internal delegate int WriteMessage(ref OpenFlowWriter writer);

/// <summary>Runs a writer into a buffer pre-filled with 0xFF (so that any padding not written as zero shows) and checks its bookkeeping.</summary>
internal static class Build
{
    /// <summary>
    /// Writes with <paramref name="write"/> into a 0xFF-filled buffer and returns the bytes. Also checks that the
    /// returned length is what was written and that a one-byte-too-small buffer overflows to the same size without throwing.
    /// </summary>
    public static byte[] Message(WriteMessage write)
    {
        byte[] buffer = new byte[70_000];
        buffer.AsSpan().Fill(0xff);
        var writer = new OpenFlowWriter(buffer);
        int length = write(ref writer);
        Assert.False(writer.Overflowed);
        Assert.Equal(writer.BytesWritten, length);
        byte[] result = buffer.AsSpan(0, length).ToArray();

        var small = new OpenFlowWriter(new byte[length - 1]);
        Assert.Equal(length, write(ref small));
        Assert.True(small.Overflowed);
        Assert.Equal(length, small.BytesWritten);
        return result;
    }

    /// <summary>Asserts equal bytes, reporting them as hex.</summary>
    public static void AssertBytes(byte[] expected, ReadOnlySpan<byte> actual) => Assert.Equal(Hex.Format(expected), Hex.Format(actual));

    /// <summary>Asserts that reading throws <see cref="OpenFlowFormatException"/> with the given field, offset and code.</summary>
    public static OpenFlowFormatException AssertFormatError(Action read, string field, int offset, OfpErrorType type = OfpErrorType.BadRequest, ushort code = (ushort)OfpBadRequestCode.BadLen)
    {
        var ex = Assert.Throws<OpenFlowFormatException>(read);
        Assert.Equal(field, ex.Field);
        Assert.Equal(offset, ex.Offset);
        Assert.Equal(type, ex.ErrorType);
        Assert.Equal(code, ex.ErrorCode);
        return ex;
    }
}
