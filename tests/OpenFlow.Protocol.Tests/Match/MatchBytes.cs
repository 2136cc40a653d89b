using System;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Tests.Match;

internal static class MatchBytes
{
    /// <summary>Wraps OXM TLVs into an <c>ofp_match</c> (type 1, length, TLVs, zero padding).</summary>
    public static byte[] Wrap(ReadOnlySpan<byte> tlvs, ushort type = 1)
    {
        int length = 4 + tlvs.Length;
        byte[] match = new byte[(length + 7) & ~7];
        BinaryPrimitives.WriteUInt16BigEndian(match, type);
        BinaryPrimitives.WriteUInt16BigEndian(match.AsSpan(2), (ushort)length);
        tlvs.CopyTo(match.AsSpan(4));
        return match;
    }
}
