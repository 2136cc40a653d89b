using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>Checks and offsets shared by the Nicira action views (<c>nx_action_header</c>: type, len, vendor, subtype).</summary>
internal static class NxAction
{
    /// <summary>Size of <c>nx_action_header</c> without padding: type (2), len (2), vendor (4), subtype (2).</summary>
    public const int HeaderSize = 10;

    public const int SubtypeOffset = 8;

    /// <summary>Checks that <paramref name="action"/> is the Nicira action <paramref name="subtype"/> and at least <paramref name="minLength"/> long.</summary>
    public static bool Check(in ActionView action, NxActionSubtype subtype, int minLength, string tooShort, out OpenFlowFormatError error)
    {
        if (!action.IsNicira || action.NiciraSubtype != (ushort)subtype)
        {
            error = Error(action, ".subtype", SubtypeOffset, "not a Nicira action of this subtype", OfpBadActionCode.BadExpType);
            return false;
        }

        if (action.Length < minLength)
        {
            error = Error(action, ".len", ActionView.LengthOffset, tooShort, OfpBadActionCode.BadLen);
            return false;
        }

        error = default;
        return true;
    }

    /// <summary>An error about this action; builds the field name, so on the error path only.</summary>
    public static OpenFlowFormatError Error(in ActionView action, string suffix, int offsetInAction, string reason, OfpBadActionCode code) =>
        new(action.MessageType, action.FieldName(suffix), action.Offset + offsetInAction, reason, OfpErrorType.BadAction, (ushort)code);

    /// <summary>Reads an NXM/OXM header (4 bytes, or 8 for class 0xffff with its experimenter id) at <paramref name="offset"/>.</summary>
    /// <returns>The header's size, or 0 when it does not fit.</returns>
    public static int ReadHeader(ReadOnlySpan<byte> bytes, int offset, out OxmHeader header, out uint experimenterId)
    {
        header = default;
        experimenterId = 0;
        if (offset < 0 || bytes.Length - offset < OxmHeader.Size)
        {
            return 0;
        }

        header = OxmHeader.Read(bytes.Slice(offset));
        if (header.Class != OxmClass.Experimenter)
        {
            return OxmHeader.Size;
        }

        if (bytes.Length - offset < 8)
        {
            return 0;
        }

        experimenterId = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(offset + 4));
        return 8;
    }

    public static ushort U16(ReadOnlySpan<byte> bytes, int offset) => BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(offset));

    public static uint U32(ReadOnlySpan<byte> bytes, int offset) => BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(offset));

    public static ulong U64(ReadOnlySpan<byte> bytes, int offset) => BinaryPrimitives.ReadUInt64BigEndian(bytes.Slice(offset));
}
