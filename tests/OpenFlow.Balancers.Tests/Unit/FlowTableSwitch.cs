using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using EndPoint = System.Net.EndPoint;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Controller.Connection;
using OpenFlow.Controller.Handshake;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;

namespace OpenFlow.Balancers.Tests.Unit;

/// <summary>
/// An in-process fake switch for app-level tests: it implements <see cref="ISwitchConnection"/>, decodes every message
/// the app sends with our codec and keeps flow tables and groups as an OpenFlow 1.3 switch would:
/// <list type="bullet">
/// <item>FLOW_MOD: ADD replaces a flow of the same table, priority and match (field order does not matter; counters are
/// carried over unless RESET_COUNTS); MODIFY_STRICT replaces the instructions of that exact flow (cookie, timeouts
/// and counters stay); DELETE selects by table and cookie/mask (match must be empty); DELETE_STRICT by table,
/// priority, match and cookie/mask. A flow whose actions name a missing group is refused.</item>
/// <item>GROUP_MOD: ADD, MODIFY and DELETE; an ADD of an existing group or a MODIFY of a missing one is refused;
/// deleting a group deletes the flows that send to it.</item>
/// <item>FLOW and GROUP_DESC multipart requests are answered in several parts (OFPMPF_REPLY_MORE), barriers at once.</item>
/// </list>
/// What the switch refuses goes to <see cref="Errors"/> (a real switch would answer OFPT_ERROR). It can store matches
/// with their fields in another order than written (<see cref="ReorderMatchFields"/>) and normalise masks
/// (<see cref="NormalizeMasks"/>), as Open vSwitch does, and expire flows into FLOW_REMOVED messages for the app.
/// </summary>
internal sealed class FlowTableSwitch : ISwitchConnection
{
    private readonly CancellationTokenSource _closed = new();
    private uint _xid = 1000;

    public FlowTableSwitch(ulong datapathId = 0xa1) => DatapathId = new DatapathId(datapathId);

    /// <summary>Every message the app sent, in order (barriers and multipart requests excluded: see <see cref="Wire"/>).</summary>
    public List<byte[]> Sent { get; } = new();

    /// <summary>Everything on the wire from the app, in order: messages, multipart requests and barrier requests.</summary>
    public List<byte[]> Wire { get; } = new();

    /// <summary>The flows of every table.</summary>
    public List<Flow> Flows { get; } = new();

    /// <summary>The groups by id.</summary>
    public SortedDictionary<uint, Group> Groups { get; } = new();

    /// <summary>What the switch refused, one line each.</summary>
    public List<string> Errors { get; } = new();

    /// <summary>Whether a flow's match is stored (and reported) with its fields reversed, as switches reorder fields.</summary>
    public bool ReorderMatchFields { get; set; }

    /// <summary>
    /// Whether masked match fields are stored as Open vSwitch reports them: an all-ones mask dropped (exact field), an
    /// all-zero mask dropping the field, the value cut to the mask.
    /// </summary>
    public bool NormalizeMasks { get; set; }

    /// <summary>Flow stats entries per multipart reply part.</summary>
    public int FlowsPerPart { get; set; } = 2;

    /// <summary>Whether sends fail as if the connection had just dropped (while <see cref="IsConnected"/> still says true).</summary>
    public bool DropSends { get; set; }

    /// <summary>How many barrier requests the app sent.</summary>
    public int Barriers { get; private set; }

    public DatapathId DatapathId { get; }

    public EndPoint? RemoteEndPoint => null;

    public bool IsReady => true;

    public bool IsConnected => !_closed.IsCancellationRequested;

    public SwitchFeatures? Features => null;

    public IReadOnlyList<SwitchPort> Ports => Array.Empty<SwitchPort>();

    public CancellationToken Closed => _closed.Token;

    public string? CloseReason { get; private set; }

    public Xid NextXid() => new(Interlocked.Increment(ref _xid));

    public ValueTask Send<TState>(in TState state, OpenFlowWriteCallback<TState> write, int sizeHint = 256)
    {
        if (DropSends)
        {
            return ValueTask.FromException(new SwitchDisconnectedException("The fake switch dropped the connection."));
        }

        Receive(FakeSwitch.Encode(in state, write));
        return default;
    }

    public ValueTask SendMessage(ReadOnlySpan<byte> message)
    {
        if (DropSends)
        {
            return ValueTask.FromException(new SwitchDisconnectedException("The fake switch dropped the connection."));
        }

        Receive(message.ToArray());
        return default;
    }

    public ValueTask<TResult> RequestAsync<TState, TResult>(TState state, RequestWriteCallback<TState> write, ReplyParser<TResult> parse, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public ValueTask<MultipartReply> MultipartRequestAsync<TState>(TState state, RequestWriteCallback<TState> write, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("MultipartReply cannot be built outside the runtime; use the callback overload.");

    public ValueTask MultipartRequestAsync<TState>(TState state, RequestWriteCallback<TState> write, MultipartPartCallback onPart, CancellationToken cancellationToken = default)
    {
        Xid xid = NextXid();
        byte[] request = FakeSwitch.Encode((state, write, xid), static (ref OpenFlowWriter w, in (TState S, RequestWriteCallback<TState> W, Xid X) s) => s.W(ref w, s.S, s.X));
        Wire.Add(request);
        var view = MultipartRequestView.Read(request);
        List<byte[]> parts = view.Type switch
        {
            OfpMultipartType.Flow => FlowStatsReply(view.ReadFlowStatsRequest(), xid),
            OfpMultipartType.GroupDesc => GroupDescReply(xid),
            _ => throw new NotSupportedException($"Multipart {view.Type}."),
        };
        for (int i = 0; i < parts.Count; i++)
        {
            onPart(parts[i], i == parts.Count - 1);
        }

        return default;
    }

    public ValueTask BarrierAsync(CancellationToken cancellationToken = default)
    {
        Barriers++;
        Wire.Add(FakeSwitch.Encode(NextXid(), static (ref OpenFlowWriter w, in Xid xid) => w.WriteBarrierRequest(xid)));
        return default;
    }

    public void Close(string reason)
    {
        CloseReason = reason;
        _closed.Cancel();
    }

    /// <summary>The messages of a type the app sent.</summary>
    public List<byte[]> SentOf(OfpType type) => Sent.FindAll(m => (OfpType)m[OfpHeader.TypeOffset] == type);

    /// <summary>Puts a flow in the switch directly (as an earlier controller run would have left it).</summary>
    public void Install(in FlowModSpec spec, ReadOnlySpan<OxmSpec> match, ReadOnlySpan<ActionSpec> actions)
    {
        FlowModSpec add = spec with { Command = OfpFlowModCommand.Add };
        Span<byte> buffer = stackalloc byte[1024];
        var writer = new OpenFlowWriter(buffer);
        writer.WriteFlowMod(default, add, match, actions);
        Apply(writer.Written.ToArray());
    }

    /// <summary>Puts a group in the switch directly (as an earlier controller run would have left it).</summary>
    public void Install<TState>(in TState state, OpenFlowWriteCallback<TState> writeGroupModAdd) => ApplyGroupMod(FakeSwitch.Encode(state, writeGroupModAdd));

    /// <summary>Removes the flows that <paramref name="which"/> selects and returns their FLOW_REMOVED messages.</summary>
    public List<byte[]> Expire(Predicate<Flow> which)
    {
        var removed = new List<byte[]>();
        foreach (Flow f in Flows.FindAll(which))
        {
            Flows.Remove(f);
            if ((f.Flags & OfpFlowModFlags.SendFlowRem) != 0)
            {
                removed.Add(FakeSwitch.Encode(f, static (ref OpenFlowWriter w, in Flow flow) =>
                {
                    LengthSlot slot = w.BeginFlowRemoved(new Xid(0), new FlowRemovedFields { Cookie = new Cookie(flow.Cookie), Priority = flow.Priority, Reason = OfpFlowRemovedReason.IdleTimeout, TableId = new TableId(flow.TableId), IdleTimeout = flow.IdleTimeout, HardTimeout = flow.HardTimeout });
                    w.WriteBytes(flow.Match);
                    w.EndMessage(slot);
                }));
            }
        }

        return removed;
    }

    /// <summary>A match's fields in a canonical form (sorted, masks as <see cref="NormalizeMasks"/> stores them): equal for the same flow.</summary>
    public static string CanonicalMatch(ReadOnlySpan<byte> paddedMatch)
    {
        var fields = new List<string>();
        foreach (byte[] field in Fields(paddedMatch, normalize: true))
        {
            fields.Add(Convert.ToHexString(field));
        }

        fields.Sort(StringComparer.Ordinal);
        return string.Join('.', fields);
    }

    private void Receive(byte[] bytes)
    {
        int offset = 0;
        while (offset + OfpHeader.Size <= bytes.Length)
        {
            int length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(offset + 2));
            byte[] message = bytes.AsSpan(offset, length).ToArray();
            offset += length;
            Sent.Add(message);
            Wire.Add(message);
            switch ((OfpType)message[OfpHeader.TypeOffset])
            {
                case OfpType.FlowMod:
                    Apply(message);
                    break;
                case OfpType.GroupMod:
                    ApplyGroupMod(message);
                    break;
                case OfpType.BarrierRequest:
                    Barriers++;
                    break;
            }
        }
    }

    private void Apply(byte[] message)
    {
        var mod = FlowModView.Read(message);
        byte[] match = StoredMatch(message.AsSpan(FlowModView.MatchOffset, mod.Match.PaddedLength));
        byte[] instructions = message.AsSpan(mod.InstructionsOffset).ToArray();
        string key = CanonicalMatch(match);
        byte table = mod.TableId.Value;
        ushort priority = mod.Priority;
        ulong cookie = mod.Cookie.Value, mask = mod.CookieMask.Value;
        bool ExactlyThis(Flow f) => (table == TableId.All.Value || f.TableId == table) && f.Priority == priority && CanonicalMatch(f.Match) == key && (f.Cookie & mask) == (cookie & mask);

        switch (mod.Command)
        {
            case OfpFlowModCommand.Add:
                if (table == TableId.All.Value)
                {
                    Errors.Add("FLOW_MOD ADD to table ALL (OFPFMFC_BAD_TABLE_ID)");
                    return;
                }

                if (MissingGroup(instructions) is { } missing)
                {
                    Errors.Add($"FLOW_MOD ADD sends to missing group {missing} (OFPBAC_BAD_OUT_GROUP)");
                    return;
                }

                Flow? replaced = Flows.Find(f => f.TableId == table && f.Priority == priority && CanonicalMatch(f.Match) == key);
                bool keepCounts = replaced is not null && (mod.Flags & OfpFlowModFlags.ResetCounts) == 0;
                Flows.RemoveAll(f => f.TableId == table && f.Priority == priority && CanonicalMatch(f.Match) == key);
                Flows.Add(new Flow(cookie, priority, mod.IdleTimeout, mod.Flags & ~(OfpFlowModFlags.ResetCounts | OfpFlowModFlags.CheckOverlap), match, instructions)
                {
                    TableId = table,
                    HardTimeout = mod.HardTimeout,
                    PacketCount = keepCounts ? replaced!.PacketCount : 0,
                    ByteCount = keepCounts ? replaced!.ByteCount : 0,
                });
                break;
            case OfpFlowModCommand.ModifyStrict:
                if (MissingGroup(instructions) is { } absent)
                {
                    Errors.Add($"FLOW_MOD MODIFY_STRICT sends to missing group {absent} (OFPBAC_BAD_OUT_GROUP)");
                    return;
                }

                // OpenFlow 1.3: only the instructions change; a modify of a missing flow changes nothing.
                for (int i = 0; i < Flows.Count; i++)
                {
                    if (ExactlyThis(Flows[i]))
                    {
                        Flows[i] = Flows[i] with { Instructions = instructions };
                    }
                }

                break;
            case OfpFlowModCommand.Delete:
                if (!mod.Match.IsEmpty || mod.OutPort != PortNo.Any || mod.OutGroup != GroupId.Any)
                {
                    throw new NotSupportedException("The fake switch deletes loosely by table and cookie only.");
                }

                Flows.RemoveAll(f => (table == TableId.All.Value || f.TableId == table) && (f.Cookie & mask) == (cookie & mask));
                break;
            case OfpFlowModCommand.DeleteStrict:
                if (mod.OutPort != PortNo.Any || mod.OutGroup != GroupId.Any)
                {
                    throw new NotSupportedException("The fake switch does not filter deletes by out port or group.");
                }

                Flows.RemoveAll(ExactlyThis);
                break;
            default:
                throw new NotSupportedException($"FLOW_MOD command {mod.Command}.");
        }
    }

    private void ApplyGroupMod(byte[] message)
    {
        var mod = GroupModView.Read(message);
        uint id = mod.GroupId.Value;
        var group = new Group(mod.GroupType, mod.BucketBytes.ToArray());
        switch (mod.Command)
        {
            case OfpGroupModCommand.Add when Groups.ContainsKey(id):
                Errors.Add($"GROUP_MOD ADD of existing group {id} (OFPGMFC_GROUP_EXISTS)");
                break;
            case OfpGroupModCommand.Add:
                Groups[id] = group;
                break;
            case OfpGroupModCommand.Modify when !Groups.ContainsKey(id):
                Errors.Add($"GROUP_MOD MODIFY of missing group {id} (OFPGMFC_UNKNOWN_GROUP)");
                break;
            case OfpGroupModCommand.Modify:
                Groups[id] = group;
                break;
            case OfpGroupModCommand.Delete:
                // Deleting a group deletes the flows that send to it; deleting a missing group is no error.
                var gone = new List<uint>();
                foreach (uint g in Groups.Keys)
                {
                    if (id == GroupId.All.Value || g == id)
                    {
                        gone.Add(g);
                    }
                }

                foreach (uint g in gone)
                {
                    Groups.Remove(g);
                    Flows.RemoveAll(f => SendsToGroup(f.Instructions, g));
                }

                break;
            default:
                Errors.Add($"GROUP_MOD command {mod.Command} (OFPGMFC_BAD_COMMAND)");
                break;
        }
    }

    private List<byte[]> FlowStatsReply(FlowStatsRequestView request, Xid xid)
    {
        if (!request.Match.IsEmpty || request.OutPort != PortNo.Any || request.OutGroup != GroupId.Any)
        {
            throw new NotSupportedException("The fake switch selects flow stats by table and cookie only.");
        }

        byte table = request.TableId.Value;
        ulong cookie = request.Cookie.Value;
        ulong mask = request.CookieMask.Value;
        List<Flow> selected = Flows.FindAll(f => (table == TableId.All.Value || f.TableId == table) && (f.Cookie & mask) == (cookie & mask));
        var parts = new List<byte[]>();

        // A few flows per part, so that reassembly across OFPMPF_REPLY_MORE is exercised.
        int perPart = Math.Max(1, FlowsPerPart);
        for (int i = 0; i < Math.Max(1, selected.Count); i += perPart)
        {
            bool last = i + perPart >= selected.Count;
            List<Flow> part = selected.GetRange(Math.Min(i, selected.Count), Math.Min(perPart, Math.Max(0, selected.Count - i)));
            parts.Add(FakeSwitch.Encode((part, xid, last), static (ref OpenFlowWriter w, in (List<Flow> Part, Xid Xid, bool Last) s) =>
            {
                LengthSlot message = w.BeginMultipartReply(s.Xid, OfpMultipartType.Flow, s.Last ? OfpMultipartReplyFlags.None : OfpMultipartReplyFlags.ReplyMore);
                foreach (Flow f in s.Part)
                {
                    LengthSlot entry = w.BeginFlowStats(new FlowStatsFields
                    {
                        TableId = new TableId(f.TableId),
                        Cookie = new Cookie(f.Cookie),
                        Priority = f.Priority,
                        IdleTimeout = f.IdleTimeout,
                        HardTimeout = f.HardTimeout,
                        Flags = f.Flags,
                        PacketCount = f.PacketCount,
                        ByteCount = f.ByteCount,
                    });
                    w.WriteBytes(f.Match);
                    w.WriteBytes(f.Instructions);
                    w.EndFlowStats(entry);
                }

                w.EndMessage(message);
            }));
        }

        return parts;
    }

    // One group per part, so that reassembly across OFPMPF_REPLY_MORE is exercised.
    private List<byte[]> GroupDescReply(Xid xid)
    {
        var parts = new List<byte[]>();
        var groups = new List<KeyValuePair<uint, Group>>(Groups);
        for (int i = 0; i < Math.Max(1, groups.Count); i++)
        {
            bool last = i + 1 >= groups.Count;
            KeyValuePair<uint, Group>? entry = i < groups.Count ? groups[i] : null;
            parts.Add(FakeSwitch.Encode((entry, xid, last), static (ref OpenFlowWriter w, in (KeyValuePair<uint, Group>? Entry, Xid Xid, bool Last) s) =>
            {
                LengthSlot message = w.BeginMultipartReply(s.Xid, OfpMultipartType.GroupDesc, s.Last ? OfpMultipartReplyFlags.None : OfpMultipartReplyFlags.ReplyMore);
                if (s.Entry is { } e)
                {
                    LengthSlot desc = w.BeginGroupDesc(e.Value.Type, new GroupId(e.Key));
                    w.WriteBytes(e.Value.Buckets);
                    w.EndGroupDesc(desc);
                }

                w.EndMessage(message);
            }));
        }

        return parts;
    }

    private byte[] StoredMatch(ReadOnlySpan<byte> paddedMatch)
    {
        if (!ReorderMatchFields && !NormalizeMasks)
        {
            return paddedMatch.ToArray();
        }

        List<byte[]> fields = Fields(paddedMatch, NormalizeMasks);
        if (ReorderMatchFields)
        {
            fields.Reverse();
        }

        int length = MatchView.HeaderSize;
        foreach (byte[] field in fields)
        {
            length += field.Length;
        }

        byte[] stored = new byte[(length + 7) & ~7];
        BinaryPrimitives.WriteUInt16BigEndian(stored, MatchView.TypeOxm);
        BinaryPrimitives.WriteUInt16BigEndian(stored.AsSpan(2), (ushort)length);
        int offset = MatchView.HeaderSize;
        foreach (byte[] field in fields)
        {
            field.CopyTo(stored, offset);
            offset += field.Length;
        }

        return stored;
    }

    // The OXM TLVs of a match; normalised: value cut to the mask, an all-ones mask dropped, an all-zero mask drops the field.
    private static List<byte[]> Fields(ReadOnlySpan<byte> paddedMatch, bool normalize)
    {
        var fields = new List<byte[]>();
        foreach (OxmView oxm in MatchView.Read(paddedMatch, OfpType.FlowMod, 0))
        {
            if (!normalize || !oxm.HasMask || oxm.Class == OxmClass.Experimenter)
            {
                fields.Add(oxm.Bytes.ToArray());
                continue;
            }

            ReadOnlySpan<byte> value = oxm.Value, mask = oxm.Mask;
            if (mask.IndexOfAnyExcept((byte)0) < 0)
            {
                continue;
            }

            bool allOnes = mask.IndexOfAnyExcept((byte)0xff) < 0;
            byte[] field = new byte[OxmHeader.Size + (allOnes ? value.Length : 2 * value.Length)];
            uint header = BinaryPrimitives.ReadUInt32BigEndian(oxm.Bytes);
            header = allOnes ? (header & 0xffff_fe00) | (uint)value.Length : header;
            BinaryPrimitives.WriteUInt32BigEndian(field, header);
            for (int i = 0; i < value.Length; i++)
            {
                field[OxmHeader.Size + i] = (byte)(value[i] & mask[i]);
            }

            if (!allOnes)
            {
                mask.CopyTo(field.AsSpan(OxmHeader.Size + value.Length));
            }

            fields.Add(field);
        }

        return fields;
    }

    private uint? MissingGroup(byte[] instructions)
    {
        foreach (uint group in GroupsSentTo(instructions))
        {
            if (!Groups.ContainsKey(group))
            {
                return group;
            }
        }

        return null;
    }

    private static bool SendsToGroup(byte[] instructions, uint group) => GroupsSentTo(instructions).Contains(group);

    private static List<uint> GroupsSentTo(byte[] instructions)
    {
        var groups = new List<uint>();
        foreach (InstructionView instruction in new InstructionListView(instructions, OfpType.FlowMod, 0))
        {
            if (instruction.Type is OfpInstructionType.ApplyActions or OfpInstructionType.WriteActions)
            {
                foreach (ActionView action in instruction.Actions)
                {
                    if (action.Type == OfpActionType.Group)
                    {
                        groups.Add(action.GroupId.Value);
                    }
                }
            }
        }

        return groups;
    }

    /// <summary>One flow entry.</summary>
    internal sealed record Flow(ulong Cookie, ushort Priority, ushort IdleTimeout, OfpFlowModFlags Flags, byte[] Match, byte[] Instructions)
    {
        /// <summary>The flow's table.</summary>
        public byte TableId { get; init; }

        /// <summary>The hard timeout.</summary>
        public ushort HardTimeout { get; init; }

        /// <summary>Packets the flow matched (set by a test to see whether a change kept the counters).</summary>
        public ulong PacketCount { get; init; }

        /// <summary>Bytes the flow matched.</summary>
        public ulong ByteCount { get; init; }
    }

    /// <summary>One group: its type and the bytes of its bucket list.</summary>
    internal sealed record Group(OfpGroupType Type, byte[] Buckets);
}
