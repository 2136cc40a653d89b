using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Actions;

/// <summary>
/// One standard action to write, as a small value (a list fits in a <see cref="System.Span{T}"/>). Build it with the
/// static factories (<see cref="Output"/>, <see cref="SetField(OxmField, ulong)"/>, <see cref="PushVlan"/>, ...) and
/// write lists with <see cref="Wire.OpenFlowWriter.WriteActions"/>. Experimenter actions carry arbitrary data and are
/// written with <see cref="Wire.OpenFlowWriter.WriteExperimenterAction"/> instead.
/// </summary>
public readonly record struct ActionSpec
{
    private readonly uint _number;
    private readonly ushort _short;
    private readonly byte _byte;

    private ActionSpec(OfpActionType type, uint number, ushort @short, byte @byte, OxmSpec field)
    {
        Type = type;
        _number = number;
        _short = @short;
        _byte = @byte;
        Field = field;
    }

    /// <summary>The action type.</summary>
    public OfpActionType Type { get; }

    /// <summary>The output port (<see cref="OfpActionType.Output"/>).</summary>
    public PortNo Port => Type == OfpActionType.Output ? new PortNo(_number) : default;

    /// <summary>The <c>max_len</c> of an output action.</summary>
    public ushort MaxLength => Type == OfpActionType.Output ? _short : (ushort)0;

    /// <summary>The MPLS TTL (<see cref="OfpActionType.SetMplsTtl"/>).</summary>
    public byte MplsTtl => Type == OfpActionType.SetMplsTtl ? _byte : (byte)0;

    /// <summary>The IP TTL (<see cref="OfpActionType.SetNwTtl"/>).</summary>
    public byte NwTtl => Type == OfpActionType.SetNwTtl ? _byte : (byte)0;

    /// <summary>The ethertype of push-VLAN, push-MPLS, push-PBB and pop-MPLS.</summary>
    public EtherType EtherType => new(_short);

    /// <summary>The queue id (<see cref="OfpActionType.SetQueue"/>).</summary>
    public uint QueueId => Type == OfpActionType.SetQueue ? _number : 0;

    /// <summary>The group id (<see cref="OfpActionType.Group"/>).</summary>
    public GroupId GroupId => Type == OfpActionType.Group ? new GroupId(_number) : default;

    /// <summary>The field and value of a set-field action.</summary>
    public OxmSpec Field { get; }

    /// <summary><c>OFPAT_OUTPUT</c>: send the packet out of <paramref name="port"/>.</summary>
    /// <param name="port">The port (or <see cref="PortNo.Controller"/>, <see cref="PortNo.Flood"/>, ...).</param>
    /// <param name="maxLength">Bytes to send to the controller; 0xffff (<c>OFPCML_NO_BUFFER</c>) sends the whole packet.</param>
    public static ActionSpec Output(PortNo port, ushort maxLength = 0xffff) => new(OfpActionType.Output, port.Value, maxLength, 0, default);

    /// <summary><c>OFPAT_COPY_TTL_OUT</c>.</summary>
    public static ActionSpec CopyTtlOut() => new(OfpActionType.CopyTtlOut, 0, 0, 0, default);

    /// <summary><c>OFPAT_COPY_TTL_IN</c>.</summary>
    public static ActionSpec CopyTtlIn() => new(OfpActionType.CopyTtlIn, 0, 0, 0, default);

    /// <summary><c>OFPAT_SET_MPLS_TTL</c>.</summary>
    /// <param name="ttl">The MPLS TTL.</param>
    public static ActionSpec SetMplsTtl(byte ttl) => new(OfpActionType.SetMplsTtl, 0, 0, ttl, default);

    /// <summary><c>OFPAT_DEC_MPLS_TTL</c>.</summary>
    public static ActionSpec DecMplsTtl() => new(OfpActionType.DecMplsTtl, 0, 0, 0, default);

    /// <summary><c>OFPAT_PUSH_VLAN</c>.</summary>
    /// <param name="etherType">0x8100 (802.1Q) or 0x88a8 (802.1ad).</param>
    public static ActionSpec PushVlan(EtherType etherType) => new(OfpActionType.PushVlan, 0, etherType.Value, 0, default);

    /// <summary><c>OFPAT_POP_VLAN</c>.</summary>
    public static ActionSpec PopVlan() => new(OfpActionType.PopVlan, 0, 0, 0, default);

    /// <summary><c>OFPAT_PUSH_MPLS</c>.</summary>
    /// <param name="etherType">0x8847 or 0x8848.</param>
    public static ActionSpec PushMpls(EtherType etherType) => new(OfpActionType.PushMpls, 0, etherType.Value, 0, default);

    /// <summary><c>OFPAT_POP_MPLS</c>.</summary>
    /// <param name="etherType">The ethertype of the payload after the pop.</param>
    public static ActionSpec PopMpls(EtherType etherType) => new(OfpActionType.PopMpls, 0, etherType.Value, 0, default);

    /// <summary><c>OFPAT_SET_QUEUE</c>.</summary>
    /// <param name="queueId">The queue.</param>
    public static ActionSpec SetQueue(uint queueId) => new(OfpActionType.SetQueue, queueId, 0, 0, default);

    /// <summary><c>OFPAT_GROUP</c>.</summary>
    /// <param name="groupId">The group.</param>
    public static ActionSpec Group(GroupId groupId) => new(OfpActionType.Group, groupId.Value, 0, 0, default);

    /// <summary><c>OFPAT_SET_NW_TTL</c>.</summary>
    /// <param name="ttl">The IP TTL.</param>
    public static ActionSpec SetNwTtl(byte ttl) => new(OfpActionType.SetNwTtl, 0, 0, ttl, default);

    /// <summary><c>OFPAT_DEC_NW_TTL</c>.</summary>
    public static ActionSpec DecNwTtl() => new(OfpActionType.DecNwTtl, 0, 0, 0, default);

    /// <summary><c>OFPAT_PUSH_PBB</c>.</summary>
    /// <param name="etherType">0x88e7.</param>
    public static ActionSpec PushPbb(EtherType etherType) => new(OfpActionType.PushPbb, 0, etherType.Value, 0, default);

    /// <summary><c>OFPAT_POP_PBB</c>.</summary>
    public static ActionSpec PopPbb() => new(OfpActionType.PopPbb, 0, 0, 0, default);

    /// <summary><c>OFPAT_SET_FIELD</c> with a field described by a spec.</summary>
    /// <param name="field">The field and value.</param>
    public static ActionSpec SetField(OxmSpec field) => new(OfpActionType.SetField, 0, 0, 0, field);

    /// <summary><c>OFPAT_SET_FIELD</c> with a numeric value (<c>vlan_vid</c>, <c>tcp_dst</c>, <c>ip_dscp</c>, ...).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    public static ActionSpec SetField(OxmField field, ulong value) => SetField(new OxmSpec(field, value));

    /// <summary><c>OFPAT_SET_FIELD</c> with a MAC address (<c>eth_dst</c>, <c>eth_src</c>, ...).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The address.</param>
    public static ActionSpec SetField(OxmField field, MacAddress value) => SetField(OxmSpec.Mac(field, value));

    /// <summary><c>OFPAT_SET_FIELD</c> with an IPv4 address (<c>ipv4_src</c>, <c>ipv4_dst</c>, ...).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The address.</param>
    public static ActionSpec SetField(OxmField field, Ipv4Address value) => SetField(OxmSpec.Ipv4(field, value));

    /// <summary><c>OFPAT_SET_FIELD</c> with an IPv6 address (<c>ipv6_src</c>, <c>ipv6_dst</c>, ...).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The address.</param>
    public static ActionSpec SetField(OxmField field, Ipv6Address value) => SetField(OxmSpec.Ipv6(field, value));

    /// <summary>Converts a read standard action back into a spec.</summary>
    /// <param name="action">An action from an action list.</param>
    /// <param name="spec">The spec, for the 16 standard types (set-field only with an OpenFlow basic field).</param>
    /// <returns>False for experimenter and unknown actions, and set-field with another OXM class.</returns>
    public static bool TryFromView(ActionView action, out ActionSpec spec)
    {
        spec = action.Type switch
        {
            OfpActionType.Output => Output(action.Port, action.MaxLength),
            OfpActionType.CopyTtlOut => CopyTtlOut(),
            OfpActionType.CopyTtlIn => CopyTtlIn(),
            OfpActionType.SetMplsTtl => SetMplsTtl(action.MplsTtl),
            OfpActionType.DecMplsTtl => DecMplsTtl(),
            OfpActionType.PushVlan => PushVlan(action.EtherType),
            OfpActionType.PopVlan => PopVlan(),
            OfpActionType.PushMpls => PushMpls(action.EtherType),
            OfpActionType.PopMpls => PopMpls(action.EtherType),
            OfpActionType.SetQueue => SetQueue(action.QueueId),
            OfpActionType.Group => Group(action.GroupId),
            OfpActionType.SetNwTtl => SetNwTtl(action.NwTtl),
            OfpActionType.DecNwTtl => DecNwTtl(),
            OfpActionType.PushPbb => PushPbb(action.EtherType),
            OfpActionType.PopPbb => PopPbb(),
            _ => default,
        };

        if (action.Type == OfpActionType.SetField)
        {
            if (!OxmSpec.TryFromView(action.Field, out OxmSpec field))
            {
                return false;
            }

            spec = SetField(field);
        }

        return spec.Type == action.Type;
    }
}
