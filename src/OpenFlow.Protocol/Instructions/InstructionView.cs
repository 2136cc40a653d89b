using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Instructions;

/// <summary>
/// One instruction of a flow entry (OpenFlow 1.3.5, 7.2.4). Every instruction is a multiple of 8 bytes long:
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |             type              |              len              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// | goto_table: table_id (1), pad (3)                             |
/// | write_metadata: pad (4), metadata (8), metadata_mask (8)      |
/// | write_actions, apply_actions: pad (4), actions...             |
/// | clear_actions: pad (4)                                        |
/// | meter: meter_id (4)                                           |
/// | experimenter: experimenter (4), data...                       |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// The length is checked when the view is created (8 for goto-table, clear-actions and meter, 24 for write-metadata,
/// at least 8 and a multiple of 8 otherwise); the actions of write/apply-actions are checked as they are enumerated.
/// Typed accessors return zero for an instruction of another type.
/// </summary>
public readonly ref struct InstructionView
{
    /// <summary>Size of the smallest instruction (type, len, 4 type-specific bytes).</summary>
    public const int HeaderSize = 8;

    /// <summary>Size of <c>ofp_instruction_write_metadata</c>.</summary>
    public const int WriteMetadataSize = 24;

    internal const int LengthOffset = 2;
    private const int BodyOffset = 4;
    private const int TableIdOffset = 4;
    private const int MeterIdOffset = 4;
    private const int ExperimenterIdOffset = 4;
    private const int MetadataOffset = 8;
    private const int MetadataMaskOffset = 16;
    private const int ActionsOffset = 8;

    private readonly ReadOnlySpan<byte> _instruction;
    private readonly OfpType _messageType;
    private readonly int _index;

    private InstructionView(ReadOnlySpan<byte> instruction, OfpType messageType, int offset, int index)
    {
        _instruction = instruction;
        _messageType = messageType;
        Offset = offset;
        _index = index;
    }

    /// <summary>The instruction type; any 16-bit value may appear.</summary>
    public OfpInstructionType Type => _instruction.Length >= 2 ? (OfpInstructionType)BinaryPrimitives.ReadUInt16BigEndian(_instruction) : default;

    /// <summary>The <c>len</c> field: the whole instruction.</summary>
    public int Length => _instruction.Length;

    /// <summary>Byte offset of the instruction from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The whole instruction as on the wire.</summary>
    public ReadOnlySpan<byte> Bytes => _instruction;

    /// <summary>Everything after type and len (for re-encoding an unknown instruction with <c>WriteRawInstruction</c>).</summary>
    public ReadOnlySpan<byte> Body => _instruction.Length >= BodyOffset ? _instruction.Slice(BodyOffset) : default;

    /// <summary>The next table (<c>OFPIT_GOTO_TABLE</c>).</summary>
    public TableId TableId => Type == OfpInstructionType.GotoTable ? new TableId(_instruction[TableIdOffset]) : default;

    /// <summary>The metadata value (<c>OFPIT_WRITE_METADATA</c>).</summary>
    public ulong Metadata => Type == OfpInstructionType.WriteMetadata ? BinaryPrimitives.ReadUInt64BigEndian(_instruction.Slice(MetadataOffset)) : 0;

    /// <summary>The metadata bits to write (<c>OFPIT_WRITE_METADATA</c>).</summary>
    public ulong MetadataMask => Type == OfpInstructionType.WriteMetadata ? BinaryPrimitives.ReadUInt64BigEndian(_instruction.Slice(MetadataMaskOffset)) : 0;

    /// <summary>The meter (<c>OFPIT_METER</c>).</summary>
    public MeterId MeterId => Type == OfpInstructionType.Meter ? new MeterId(ReadUInt32(MeterIdOffset)) : default;

    /// <summary>The actions of <c>OFPIT_WRITE_ACTIONS</c> and <c>OFPIT_APPLY_ACTIONS</c>; an empty list for other types.</summary>
    public ActionListView Actions => Type is OfpInstructionType.WriteActions or OfpInstructionType.ApplyActions
        ? new ActionListView(_instruction.Slice(ActionsOffset), _messageType, Offset + ActionsOffset, InstructionListView.ListName, _index)
        : new ActionListView(default, _messageType, Offset + _instruction.Length, InstructionListView.ListName, _index);

    /// <summary>The experimenter id (<c>OFPIT_EXPERIMENTER</c>); zero for other types.</summary>
    public uint ExperimenterId => Type == OfpInstructionType.Experimenter ? ReadUInt32(ExperimenterIdOffset) : 0;

    /// <summary>The experimenter data after the experimenter id (re-encodes identically with <c>WriteExperimenterInstruction</c>).</summary>
    public ReadOnlySpan<byte> ExperimenterData => Type == OfpInstructionType.Experimenter ? _instruction.Slice(HeaderSize) : default;

    /// <summary>Reads and checks one instruction at the start of <paramref name="source"/> (its actions are checked when enumerated).</summary>
    /// <param name="source">From the first byte of the instruction to the end of its list.</param>
    /// <param name="messageType">The type of the message being read, for errors.</param>
    /// <param name="offset">Position of <paramref name="source"/> in the message, for errors.</param>
    /// <param name="view">The instruction, when well formed.</param>
    /// <param name="error">What is wrong, when it is not (<c>OFPET_BAD_INSTRUCTION</c>/<c>OFPBIC_BAD_LEN</c>).</param>
    /// <returns>Whether the instruction is well formed.</returns>
    public static bool TryRead(ReadOnlySpan<byte> source, OfpType messageType, int offset, out InstructionView view, out OpenFlowFormatError error) =>
        TryCreate(source, messageType, offset, 0, out view, out error);

    internal static bool TryCreate(ReadOnlySpan<byte> rest, OfpType messageType, int offset, int index, out InstructionView view, out OpenFlowFormatError error)
    {
        view = default;
        if (rest.Length < BodyOffset)
        {
            error = Bad(messageType, index, string.Empty, offset, "ends inside the instruction header (type, len)");
            return false;
        }

        var type = (OfpInstructionType)BinaryPrimitives.ReadUInt16BigEndian(rest);
        int length = BinaryPrimitives.ReadUInt16BigEndian(rest.Slice(LengthOffset));
        string? reason = null;
        if (length < HeaderSize)
        {
            reason = "instruction length is below 8";
        }
        else if ((length & 7) != 0)
        {
            reason = "instruction length is not a multiple of 8";
        }
        else if (length > rest.Length)
        {
            reason = "instruction extends beyond the end of its list";
        }
        else if (type is OfpInstructionType.GotoTable or OfpInstructionType.ClearActions or OfpInstructionType.Meter && length != HeaderSize)
        {
            reason = "this instruction type is 8 bytes long";
        }
        else if (type == OfpInstructionType.WriteMetadata && length != WriteMetadataSize)
        {
            reason = "a write-metadata instruction is 24 bytes long";
        }

        if (reason is not null)
        {
            error = Bad(messageType, index, ".len", offset + LengthOffset, reason);
            return false;
        }

        view = new InstructionView(rest.Slice(0, length), messageType, offset, index);
        error = default;
        return true;
    }

    private static OpenFlowFormatError Bad(OfpType messageType, int index, string suffix, int offset, string reason) =>
        new(messageType, ListField.Name(null, 0, InstructionListView.ListName, index, suffix), offset, reason, OfpErrorType.BadInstruction, (ushort)OfpBadInstructionCode.BadLen);

    private uint ReadUInt32(int offset) => _instruction.Length >= offset + 4 ? BinaryPrimitives.ReadUInt32BigEndian(_instruction.Slice(offset)) : 0;
}
