using System;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>Big-endian helpers for the few os-ken Nicira classes laid out by hand.</summary>
internal static class NxBytes
{
    public static ushort U16(ReadOnlySpan<byte> bytes, int offset) => System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(offset));

    public static uint U32(ReadOnlySpan<byte> bytes, int offset) => System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(offset));

    public static void Put16(Span<byte> bytes, int offset, ushort value) => System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(bytes.Slice(offset), value);

    public static void Put32(Span<byte> bytes, int offset, uint value) => System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes.Slice(offset), value);
}
