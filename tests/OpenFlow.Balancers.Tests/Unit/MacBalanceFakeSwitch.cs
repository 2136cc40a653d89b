using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Controller.Connection;
using OpenFlow.Controller.Handshake;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using EndPoint = System.Net.EndPoint;

namespace OpenFlow.Balancers.Tests.Unit;

/// <summary>
/// An in-process switch for MacBalance's tests: it decodes every message the engine sends with our codec and keeps
/// flow tables (ADD replaces by table, priority and match; MODIFY_STRICT, DELETE by cookie, DELETE_STRICT) and groups
/// (ADD, MODIFY, DELETE); it answers FLOW and GROUP_DESC multipart requests from them and barriers at once, and can
/// expire flows into FLOW_REMOVED messages. Enough of a switch for the reconciler.
/// </summary>
internal sealed class MacBalanceFakeSwitch : ISwitchConnection
{
    private readonly CancellationTokenSource _closed = new();
    private uint _xid = 1000;

    public List<byte[]> Sent { get; } = new();

    public List<Flow> Flows { get; } = new();

    /// <summary>Group id to its GROUP_DESC body after the length: type, pad, group id, buckets.</summary>
    public Dictionary<uint, (OfpGroupType Type, byte[] Buckets)> Groups { get; } = new();

    public DatapathId DatapathId { get; } = new(0xa1);

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
        Receive(FakeSwitch.Encode(in state, write));
        return default;
    }

    public ValueTask SendMessage(ReadOnlySpan<byte> message)
    {
        Receive(message.ToArray());
        return default;
    }

    public ValueTask<TResult> RequestAsync<TState, TResult>(TState state, RequestWriteCallback<TState> write, ReplyParser<TResult> parse, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public ValueTask<MultipartReply> MultipartRequestAsync<TState>(TState state, RequestWriteCallback<TState> write, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Use the callback overload.");

    public ValueTask MultipartRequestAsync<TState>(TState state, RequestWriteCallback<TState> write, MultipartPartCallback onPart, CancellationToken cancellationToken = default)
    {
        Xid xid = NextXid();
        byte[] request = FakeSwitch.Encode((state, write, xid), static (ref OpenFlowWriter w, in (TState S, RequestWriteCallback<TState> W, Xid X) s) => s.W(ref w, s.S, s.X));
        var view = MultipartRequestView.Read(request);
        if (view.Type == OfpMultipartType.GroupDesc)
        {
            byte[] groups = FakeSwitch.Encode((Groups, xid), static (ref OpenFlowWriter w, in (Dictionary<uint, (OfpGroupType Type, byte[] Buckets)> Groups, Xid Xid) s) =>
            {
                LengthSlot message = w.BeginMultipartReply(s.Xid, OfpMultipartType.GroupDesc);
                foreach (KeyValuePair<uint, (OfpGroupType Type, byte[] Buckets)> group in s.Groups)
                {
                    LengthSlot entry = w.BeginGroupDesc(group.Value.Type, new GroupId(group.Key));
                    w.WriteBytes(group.Value.Buckets);
                    w.EndGroupDesc(entry);
                }

                w.EndMessage(message);
            });
            onPart(groups, true);
            return default;
        }

        if (view.Type != OfpMultipartType.Flow || !FlowStatsRequestView.TryRead(view.Body, OfpType.MultipartRequest, MultipartRequestView.BodyOffset, out FlowStatsRequestView body, out _))
        {
            throw new NotSupportedException("Only FLOW and GROUP_DESC multipart requests.");
        }

        ulong cookie = body.Cookie.Value, mask = body.CookieMask.Value;
        List<Flow> selected = Flows.FindAll(f => (f.Cookie & mask) == (cookie & mask));

        // Two flows per part, so that reassembly across OFPMPF_REPLY_MORE is exercised.
        for (int i = 0; i < Math.Max(1, selected.Count); i += 2)
        {
            bool last = i + 2 >= selected.Count;
            List<Flow> part = selected.GetRange(Math.Min(i, selected.Count), Math.Min(2, Math.Max(0, selected.Count - i)));
            byte[] reply = FakeSwitch.Encode((part, xid, last), static (ref OpenFlowWriter w, in (List<Flow> Part, Xid Xid, bool Last) s) =>
            {
                LengthSlot message = w.BeginMultipartReply(s.Xid, OfpMultipartType.Flow, s.Last ? OfpMultipartReplyFlags.None : OfpMultipartReplyFlags.ReplyMore);
                foreach (Flow f in s.Part)
                {
                    LengthSlot entry = w.BeginFlowStats(new FlowStatsFields { TableId = new TableId(f.Table), Cookie = new Cookie(f.Cookie), Priority = f.Priority, IdleTimeout = f.IdleTimeout, Flags = f.Flags });
                    w.WriteBytes(f.Match);
                    w.WriteBytes(f.Instructions);
                    w.EndFlowStats(entry);
                }

                w.EndMessage(message);
            });
            onPart(reply, last);
        }

        return default;
    }

    public ValueTask BarrierAsync(CancellationToken cancellationToken = default) => default;

    public void Close(string reason)
    {
        CloseReason = reason;
        _closed.Cancel();
    }

    /// <summary>The messages of a type the engine sent.</summary>
    public List<byte[]> SentOf(OfpType type) => Sent.FindAll(m => (OfpType)m[OfpHeader.TypeOffset] == type);

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
                    LengthSlot slot = w.BeginFlowRemoved(new Xid(0), new FlowRemovedFields { Cookie = new Cookie(flow.Cookie), Priority = flow.Priority, Reason = OfpFlowRemovedReason.IdleTimeout, IdleTimeout = flow.IdleTimeout, TableId = new TableId(flow.Table) });
                    w.WriteBytes(flow.Match);
                    w.EndMessage(slot);
                }));
            }
        }

        return removed;
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
            switch ((OfpType)message[OfpHeader.TypeOffset])
            {
                case OfpType.FlowMod:
                    ApplyFlowMod(message);
                    break;
                case OfpType.GroupMod:
                    ApplyGroupMod(message);
                    break;
                default:
                    break;
            }
        }
    }

    private void ApplyFlowMod(byte[] message)
    {
        var mod = FlowModView.Read(message);
        byte[] match = message.AsSpan(FlowModView.MatchOffset, mod.Match.PaddedLength).ToArray();
        byte[] instructions = message.AsSpan(mod.InstructionsOffset).ToArray();
        byte table = mod.TableId.Value;
        ushort priority = mod.Priority;
        ulong cookie = mod.Cookie.Value, mask = mod.CookieMask.Value;
        bool Same(Flow f) => f.Table == table && f.Priority == priority && f.Match.AsSpan().SequenceEqual(match);
        switch (mod.Command)
        {
            case OfpFlowModCommand.Add:
                Flows.RemoveAll(Same);
                Flows.Add(new Flow(table, cookie, priority, mod.IdleTimeout, mod.Flags, match, instructions));
                break;
            case OfpFlowModCommand.ModifyStrict:
                int i = Flows.FindIndex(f => Same(f) && (f.Cookie & mask) == (cookie & mask));
                if (i >= 0)
                {
                    Flows[i] = Flows[i] with { Instructions = instructions };
                }

                break;
            case OfpFlowModCommand.Delete:
                if (mod.Match.Length > MatchView.HeaderSize)
                {
                    throw new NotSupportedException("The fake switch deletes by cookie only.");
                }

                Flows.RemoveAll(f => (table == TableId.All.Value || f.Table == table) && (f.Cookie & mask) == (cookie & mask));
                break;
            case OfpFlowModCommand.DeleteStrict:
                Flows.RemoveAll(f => Same(f) && (f.Cookie & mask) == (cookie & mask));
                break;
            default:
                throw new NotSupportedException($"FLOW_MOD command {mod.Command}.");
        }
    }

    private void ApplyGroupMod(byte[] message)
    {
        var mod = GroupModView.Read(message);
        uint id = mod.GroupId.Value;
        switch (mod.Command)
        {
            case OfpGroupModCommand.Add:
                if (!Groups.TryAdd(id, (mod.GroupType, mod.BucketBytes.ToArray())))
                {
                    throw new InvalidOperationException($"Group {id} exists (OFPGMFC_GROUP_EXISTS).");
                }

                break;
            case OfpGroupModCommand.Modify:
                if (!Groups.ContainsKey(id))
                {
                    throw new InvalidOperationException($"Group {id} does not exist (OFPGMFC_UNKNOWN_GROUP).");
                }

                Groups[id] = (mod.GroupType, mod.BucketBytes.ToArray());
                break;
            case OfpGroupModCommand.Delete:
                Groups.Remove(id);
                break;
            default:
                throw new NotSupportedException($"GROUP_MOD command {mod.Command}.");
        }
    }

    /// <summary>One flow entry.</summary>
    internal sealed record Flow(byte Table, ulong Cookie, ushort Priority, ushort IdleTimeout, OfpFlowModFlags Flags, byte[] Match, byte[] Instructions);
}
