using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Match;

/// <summary>
/// A match (<c>struct ofp_match</c>, OpenFlow 1.3.5, 7.2.3.1): type, length, OXM TLVs, zero padding to 8 bytes.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |       type (OFPMT_OXM=1)      |  length (without the padding) |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                 oxm_fields (length - 4 bytes)                 |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |              pad to a multiple of 8 (zero bytes)              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// Creating the view checks every length: <c>length</c> at least 4, the padded length inside the source, each TLV
/// complete, and each basic field's payload exactly its size (twice with a mask). Any <see cref="Type"/> is
/// accepted and its body read as OXM TLVs, as Ryu does.
/// </summary>
public readonly ref struct MatchView
{
    /// <summary>Size of the fixed part (type and length).</summary>
    public const int HeaderSize = 4;

    /// <summary><c>OFPMT_STANDARD</c> (0): the deprecated fixed match of OpenFlow 1.1.</summary>
    public const ushort TypeStandard = 0;

    /// <summary><c>OFPMT_OXM</c> (1): OpenFlow Extensible Match.</summary>
    public const ushort TypeOxm = 1;

    /// <summary>Size of an empty OXM match on the wire: 4 bytes of header and 4 of padding.</summary>
    public const int EmptySize = 8;

    internal const string FieldsName = "match.oxm_fields";

    private const int TypeOffset = 0;
    private const int LengthOffset = 2;

    private readonly ReadOnlySpan<byte> _match;
    private readonly OfpType _messageType;

    private MatchView(ReadOnlySpan<byte> match, OfpType messageType, int offset)
    {
        _match = match;
        _messageType = messageType;
        Offset = offset;
    }

    /// <summary>The match type (<see cref="TypeOxm"/> in OpenFlow 1.3).</summary>
    public ushort Type => _match.Length >= HeaderSize ? BinaryPrimitives.ReadUInt16BigEndian(_match.Slice(TypeOffset)) : (ushort)0;

    /// <summary>The <c>length</c> field as on the wire: header and TLVs, without the padding.</summary>
    public int Length => _match.Length;

    /// <summary>The bytes the match takes in its message, padding included.</summary>
    public int PaddedLength => Padding.RoundUpTo8(_match.Length);

    /// <summary>Byte offset of the match from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The match as on the wire, without the padding.</summary>
    public ReadOnlySpan<byte> Bytes => _match;

    /// <summary>The OXM TLVs (everything after type and length, without the padding).</summary>
    public ReadOnlySpan<byte> OxmFields => _match.Length >= HeaderSize ? _match.Slice(HeaderSize) : default;

    /// <summary>Whether the match has no fields (matches every packet).</summary>
    public bool IsEmpty => _match.Length <= HeaderSize;

    /// <summary>Reads and checks a match.</summary>
    /// <param name="source">The bytes from the start of the match to the end of the message (or of the enclosing structure).</param>
    /// <param name="messageType">The type of the message being read, for errors.</param>
    /// <param name="offset">Position of <paramref name="source"/> in the message, for errors.</param>
    /// <param name="view">The match, when it is well formed.</param>
    /// <param name="error">What is wrong, when it is not (<c>OFPET_BAD_MATCH</c>/<c>OFPBMC_BAD_LEN</c>).</param>
    /// <returns>Whether the match is well formed.</returns>
    public static bool TryRead(ReadOnlySpan<byte> source, OfpType messageType, int offset, out MatchView view, out OpenFlowFormatError error)
    {
        view = default;
        if (source.Length < HeaderSize)
        {
            error = BadLen(messageType, "match", offset, "ends inside the match header (type, length)");
            return false;
        }

        int length = BinaryPrimitives.ReadUInt16BigEndian(source.Slice(LengthOffset));
        if (length < HeaderSize)
        {
            error = BadLen(messageType, "match.length", offset + LengthOffset, "match length is below 4");
            return false;
        }

        if (Padding.RoundUpTo8(length) > source.Length)
        {
            error = BadLen(messageType, "match.length", offset + LengthOffset, "match (with its padding to 8) extends beyond the enclosing structure");
            return false;
        }

        ReadOnlySpan<byte> fields = source.Slice(HeaderSize, length - HeaderSize);
        int position = 0;
        int index = 0;
        while (position < fields.Length)
        {
            OxmProblem problem = OxmTlv.Check(fields.Slice(position), out int tlvLength);
            if (problem != OxmProblem.None)
            {
                error = BadLen(
                    messageType,
                    OxmTlv.FieldName(FieldsName, index, problem),
                    offset + HeaderSize + position + OxmTlv.ProblemOffset(problem),
                    OxmTlv.Reason(problem));
                return false;
            }

            position += tlvLength;
            index++;
        }

        view = new MatchView(source.Slice(0, length), messageType, offset);
        error = default;
        return true;
    }

    /// <summary>Reads and checks a match, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="source">The bytes from the start of the match to the end of the enclosing structure.</param>
    /// <param name="messageType">The type of the message being read, for errors.</param>
    /// <param name="offset">Position of <paramref name="source"/> in the message, for errors.</param>
    public static MatchView Read(ReadOnlySpan<byte> source, OfpType messageType, int offset)
    {
        if (!TryRead(source, messageType, offset, out MatchView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>Enumerates the OXM TLVs in wire order.</summary>
    public OxmEnumerator GetEnumerator() => new(OxmFields, _messageType, Offset + HeaderSize);

    /// <summary>Finds the first OpenFlow basic TLV for <paramref name="field"/>.</summary>
    /// <param name="field">The field to look for.</param>
    /// <param name="oxm">The TLV, when present.</param>
    /// <returns>Whether the match has the field.</returns>
    public bool TryGet(OxmField field, out OxmView oxm)
    {
        foreach (OxmView candidate in this)
        {
            if (candidate.IsOpenFlowBasic && candidate.Field == field)
            {
                oxm = candidate;
                return true;
            }
        }

        oxm = default;
        return false;
    }

    private static OpenFlowFormatError BadLen(OfpType messageType, string field, int offset, string reason) =>
        new(messageType, field, offset, reason, OfpErrorType.BadMatch, (ushort)OfpBadMatchCode.BadLen);
}
