using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Actions;

/// <summary>
/// One action of an action list (OpenFlow 1.3.5, 7.2.5). Every action starts with <c>ofp_action_header</c> and is a
/// multiple of 8 bytes long:
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |             type              |              len              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// | output: port (4) | max_len (2), pad (6)                       |
/// | set_mpls_ttl, set_nw_ttl: ttl (1), pad (3)                    |
/// | push_vlan, push_mpls, push_pbb, pop_mpls: ethertype (2), pad  |
/// | set_queue: queue_id (4) ; group: group_id (4)                 |
/// | set_field: OXM TLV, zero padding to 8                         |
/// | experimenter: experimenter (4), data (Nicira: subtype (2)...) |
/// | the others: pad (4)                                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// The length is checked when the view is created (16 for output, 8 for the fixed actions, at least 8 and a multiple
/// of 8 for set-field, experimenter and unknown types). Typed accessors return zero for an action of another type.
/// </summary>
public readonly ref struct ActionView
{
    /// <summary>Size of <c>ofp_action_header</c> (type, len, 4 bytes that depend on the type).</summary>
    public const int HeaderSize = 8;

    /// <summary>Size of <c>ofp_action_output</c>.</summary>
    public const int OutputSize = 16;

    /// <summary>Size of the fixed 8-byte actions.</summary>
    public const int FixedSize = 8;

    /// <summary>Nicira's experimenter id (<c>NX_VENDOR_ID</c>, 0x00002320), followed by a 16-bit subtype.</summary>
    public const uint NiciraExperimenterId = 0x00002320;

    internal const int TypeOffset = 0;
    internal const int LengthOffset = 2;
    private const int BodyOffset = 4;
    private const int PortOffset = 4;
    private const int MaxLengthOffset = 8;
    private const int SetFieldOxmOffset = 4;
    private const int ExperimenterIdOffset = 4;
    private const int ExperimenterDataOffset = 8;
    private const int NiciraSubtypeOffset = 8;

    private readonly ReadOnlySpan<byte> _action;

    private ActionView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>The action type; any 16-bit value may appear.</summary>
    public OfpActionType Type => _action.Length >= 2 ? (OfpActionType)BinaryPrimitives.ReadUInt16BigEndian(_action) : default;

    /// <summary>The <c>len</c> field: the whole action, padding included.</summary>
    public int Length => _action.Length;

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The whole action as on the wire.</summary>
    public ReadOnlySpan<byte> Bytes => _action;

    /// <summary>Everything after type and len (for re-encoding an unknown action with <c>WriteRawAction</c>).</summary>
    public ReadOnlySpan<byte> Body => _action.Length >= BodyOffset ? _action.Slice(BodyOffset) : default;

    /// <summary>Output port (<c>OFPAT_OUTPUT</c>).</summary>
    public PortNo Port => Type == OfpActionType.Output ? new PortNo(ReadUInt32(PortOffset)) : default;

    /// <summary>Bytes to send to the controller when the port is <c>CONTROLLER</c> (<c>OFPAT_OUTPUT</c>); 0xffff means no buffering.</summary>
    public ushort MaxLength => Type == OfpActionType.Output ? BinaryPrimitives.ReadUInt16BigEndian(_action.Slice(MaxLengthOffset)) : (ushort)0;

    /// <summary>MPLS TTL (<c>OFPAT_SET_MPLS_TTL</c>).</summary>
    public byte MplsTtl => Type == OfpActionType.SetMplsTtl ? _action[BodyOffset] : (byte)0;

    /// <summary>IP TTL (<c>OFPAT_SET_NW_TTL</c>).</summary>
    public byte NwTtl => Type == OfpActionType.SetNwTtl ? _action[BodyOffset] : (byte)0;

    /// <summary>Ethertype (<c>OFPAT_PUSH_VLAN</c>, <c>OFPAT_PUSH_MPLS</c>, <c>OFPAT_PUSH_PBB</c>, <c>OFPAT_POP_MPLS</c>).</summary>
    public EtherType EtherType => Type is OfpActionType.PushVlan or OfpActionType.PushMpls or OfpActionType.PushPbb or OfpActionType.PopMpls
        ? new EtherType(BinaryPrimitives.ReadUInt16BigEndian(_action.Slice(BodyOffset)))
        : default;

    /// <summary>Queue id (<c>OFPAT_SET_QUEUE</c>).</summary>
    public uint QueueId => Type == OfpActionType.SetQueue ? ReadUInt32(BodyOffset) : 0;

    /// <summary>Group id (<c>OFPAT_GROUP</c>).</summary>
    public GroupId GroupId => Type == OfpActionType.Group ? new GroupId(ReadUInt32(BodyOffset)) : default;

    /// <summary>The OXM TLV of a set-field action (<c>OFPAT_SET_FIELD</c>); an empty view for other types.</summary>
    public OxmView Field
    {
        get
        {
            if (Type != OfpActionType.SetField)
            {
                return default;
            }

            int tlvLength = OxmHeader.Size + _action[SetFieldOxmOffset + OxmTlv.LengthFieldOffset];
            return new OxmView(_action.Slice(SetFieldOxmOffset, tlvLength), Offset + SetFieldOxmOffset);
        }
    }

    /// <summary>Experimenter id (<c>OFPAT_EXPERIMENTER</c>); zero for other types.</summary>
    public uint ExperimenterId => Type == OfpActionType.Experimenter ? ReadUInt32(ExperimenterIdOffset) : 0;

    /// <summary>Whether this is a Nicira extension action (experimenter <see cref="NiciraExperimenterId"/> with a subtype).</summary>
    public bool IsNicira => ExperimenterId == NiciraExperimenterId && _action.Length >= NiciraSubtypeOffset + 2;

    /// <summary>The 16-bit Nicira subtype (<c>NXAST_*</c>) when <see cref="IsNicira"/>; zero otherwise.</summary>
    public ushort NiciraSubtype => IsNicira ? BinaryPrimitives.ReadUInt16BigEndian(_action.Slice(NiciraSubtypeOffset)) : (ushort)0;

    /// <summary>The experimenter data after the experimenter id, padding included (re-encodes identically with <c>WriteExperimenterAction</c>).</summary>
    public ReadOnlySpan<byte> ExperimenterData => Type == OfpActionType.Experimenter ? _action.Slice(ExperimenterDataOffset) : default;

    /// <summary>Reads and checks one action at the start of <paramref name="source"/>.</summary>
    /// <param name="source">From the first byte of the action to the end of its list.</param>
    /// <param name="messageType">The type of the message being read, for errors.</param>
    /// <param name="offset">Position of <paramref name="source"/> in the message, for errors.</param>
    /// <param name="view">The action, when well formed.</param>
    /// <param name="error">What is wrong, when it is not (<c>OFPET_BAD_ACTION</c>).</param>
    /// <returns>Whether the action is well formed.</returns>
    public static bool TryRead(ReadOnlySpan<byte> source, OfpType messageType, int offset, out ActionView view, out OpenFlowFormatError error) =>
        TryCreate(source, messageType, offset, null, 0, 0, out view, out error);

    internal static bool TryCreate(
        ReadOnlySpan<byte> rest, OfpType messageType, int offset, string? parent, int parentIndex, int index, out ActionView view, out OpenFlowFormatError error)
    {
        view = default;
        if (rest.Length < BodyOffset)
        {
            error = Bad(messageType, parent, parentIndex, index, string.Empty, offset, "ends inside the action header (type, len)", OfpBadActionCode.BadLen);
            return false;
        }

        var type = (OfpActionType)BinaryPrimitives.ReadUInt16BigEndian(rest);
        int length = BinaryPrimitives.ReadUInt16BigEndian(rest.Slice(LengthOffset));
        string? reason = null;
        if (length < HeaderSize)
        {
            reason = "action length is below 8";
        }
        else if ((length & 7) != 0)
        {
            reason = "action length is not a multiple of 8";
        }
        else if (length > rest.Length)
        {
            reason = "action extends beyond the end of its list";
        }
        else
        {
            int expected = ExpectedLength(type);
            if (expected != 0 && length != expected)
            {
                reason = expected == OutputSize ? "an output action is 16 bytes long" : "this action type is 8 bytes long";
            }
        }

        if (reason is not null)
        {
            error = Bad(messageType, parent, parentIndex, index, ".len", offset + LengthOffset, reason, OfpBadActionCode.BadLen);
            return false;
        }

        ReadOnlySpan<byte> action = rest.Slice(0, length);
        if (type == OfpActionType.SetField)
        {
            OxmProblem problem = OxmTlv.Check(action.Slice(SetFieldOxmOffset), out _);
            if (problem == OxmProblem.PayloadBeyondEnd)
            {
                error = Bad(messageType, parent, parentIndex, index, ".len", offset + LengthOffset, "set-field action is shorter than its OXM TLV", OfpBadActionCode.BadLen);
                return false;
            }

            if (problem != OxmProblem.None)
            {
                error = Bad(messageType, parent, parentIndex, index, ".field.length", offset + SetFieldOxmOffset + OxmTlv.LengthFieldOffset, OxmTlv.Reason(problem), OfpBadActionCode.BadSetLen);
                return false;
            }
        }

        view = new ActionView(action, offset);
        error = default;
        return true;
    }

    private static int ExpectedLength(OfpActionType type) => type switch
    {
        OfpActionType.Output => OutputSize,
        OfpActionType.CopyTtlOut or OfpActionType.CopyTtlIn or OfpActionType.SetMplsTtl or OfpActionType.DecMplsTtl
            or OfpActionType.PushVlan or OfpActionType.PopVlan or OfpActionType.PushMpls or OfpActionType.PopMpls
            or OfpActionType.SetQueue or OfpActionType.Group or OfpActionType.SetNwTtl or OfpActionType.DecNwTtl
            or OfpActionType.PushPbb or OfpActionType.PopPbb => FixedSize,
        _ => 0,
    };

    private static OpenFlowFormatError Bad(OfpType messageType, string? parent, int parentIndex, int index, string suffix, int offset, string reason, OfpBadActionCode code) =>
        new(messageType, ListField.Name(parent, parentIndex, "actions", index, suffix), offset, reason, OfpErrorType.BadAction, (ushort)code);

    private uint ReadUInt32(int offset) => _action.Length >= offset + 4 ? BinaryPrimitives.ReadUInt32BigEndian(_action.Slice(offset)) : 0;
}
