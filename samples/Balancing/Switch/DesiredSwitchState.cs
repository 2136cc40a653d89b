using System;
using System.Collections.Generic;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Balancing.Switch;

/// <summary>
/// What a balancer wants in a switch: its flows (those whose cookie matches <see cref="Cookie"/> under
/// <see cref="CookieMask"/>) and its groups (ids from <see cref="FirstGroup"/> to <see cref="LastGroup"/>). Each is
/// kept as the bytes of the <c>OFPFC_ADD</c> / <c>OFPGC_ADD</c> message that creates it, written with the codec, so any
/// action the codec writes (Nicira <c>ct</c> and <c>nat</c> included) can be part of the wanted state.
/// <see cref="SwitchReconciler"/> makes a switch hold exactly this.
/// </summary>
public sealed class DesiredSwitchState
{
    private readonly List<byte[]> _flows = new();
    private readonly List<byte[]> _groups = new();
    private readonly HashSet<FlowKey> _flowKeys = new();

    /// <summary>Creates an empty wanted state.</summary>
    /// <param name="cookie">The cookie bits that mark the balancer's flows.</param>
    /// <param name="cookieMask">Which cookie bits <paramref name="cookie"/> fixes.</param>
    /// <param name="firstGroup">The first group id the balancer owns.</param>
    /// <param name="lastGroup">The last group id the balancer owns.</param>
    public DesiredSwitchState(Cookie cookie, Cookie cookieMask, GroupId firstGroup, GroupId lastGroup)
    {
        if ((cookie.Value & ~cookieMask.Value) != 0)
        {
            throw new ArgumentException("The cookie has bits outside its mask.", nameof(cookie));
        }

        if (lastGroup.Value < firstGroup.Value || lastGroup.Value > GroupId.Max.Value)
        {
            throw new ArgumentOutOfRangeException(nameof(lastGroup), "The group range is empty or reaches the reserved ids.");
        }

        Cookie = cookie;
        CookieMask = cookieMask;
        FirstGroup = firstGroup;
        LastGroup = lastGroup;
    }

    /// <summary>The cookie bits of the balancer's flows.</summary>
    public Cookie Cookie { get; }

    /// <summary>Which cookie bits are the balancer's.</summary>
    public Cookie CookieMask { get; }

    /// <summary>The first group id the balancer owns.</summary>
    public GroupId FirstGroup { get; }

    /// <summary>The last group id the balancer owns.</summary>
    public GroupId LastGroup { get; }

    /// <summary>The wanted flows, each as an <c>OFPFC_ADD</c> message.</summary>
    public IReadOnlyList<byte[]> Flows => _flows;

    /// <summary>The wanted groups, each as an <c>OFPGC_ADD</c> message.</summary>
    public IReadOnlyList<byte[]> Groups => _groups;

    /// <summary>Whether a cookie is the balancer's.</summary>
    /// <param name="cookie">The cookie.</param>
    /// <returns>True when it matches <see cref="Cookie"/> under <see cref="CookieMask"/>.</returns>
    public bool Owns(Cookie cookie) => (cookie.Value & CookieMask.Value) == Cookie.Value;

    /// <summary>Whether a group id is the balancer's.</summary>
    /// <param name="group">The group id.</param>
    /// <returns>True when it lies in the balancer's range.</returns>
    public bool Owns(GroupId group) => group.Value >= FirstGroup.Value && group.Value <= LastGroup.Value;

    /// <summary>Adds a flow with one apply-actions instruction (none: a drop flow).</summary>
    /// <param name="spec">Table, priority, cookie, timeouts and flags (the command is ignored: ADD).</param>
    /// <param name="match">The match.</param>
    /// <param name="actions">The actions.</param>
    public void AddFlow(in FlowModSpec spec, scoped ReadOnlySpan<OxmSpec> match, scoped ReadOnlySpan<ActionSpec> actions)
    {
        FlowModSpec add = spec with { Command = OfpFlowModCommand.Add };
        Span<byte> buffer = stackalloc byte[1024];
        var writer = new OpenFlowWriter(buffer);
        writer.WriteFlowMod(default, add, match, actions);
        if (writer.Overflowed)
        {
            throw new ArgumentException("The flow does not fit in 1 KiB; write it with the callback overload.", nameof(actions));
        }

        AddFlowBytes(writer.Written.ToArray());
    }

    /// <summary>Adds a flow written by a callback: exactly one <c>OFPT_FLOW_MOD</c> with the command <c>OFPFC_ADD</c>.</summary>
    /// <typeparam name="TState">The callback's state.</typeparam>
    /// <param name="state">The state.</param>
    /// <param name="write">Writes the flow mod.</param>
    /// <exception cref="ArgumentException">
    /// The callback wrote something else, a flow outside the balancer's cookie, or a flow already wanted (same table,
    /// priority and match: the switch would keep only one of them).
    /// </exception>
    public void AddFlow<TState>(in TState state, OpenFlowWriteCallback<TState> write) => AddFlowBytes(Encode(state, write));

    /// <summary>Adds a group written by a callback: exactly one <c>OFPT_GROUP_MOD</c> with the command <c>OFPGC_ADD</c>.</summary>
    /// <typeparam name="TState">The callback's state.</typeparam>
    /// <param name="state">The state.</param>
    /// <param name="write">Writes the group mod.</param>
    /// <exception cref="ArgumentException">The callback wrote something else, or a group outside the balancer's range.</exception>
    public void AddGroup<TState>(in TState state, OpenFlowWriteCallback<TState> write)
    {
        byte[] message = Encode(state, write);
        if (!GroupModView.TryRead(message, out GroupModView group, out _))
        {
            throw new ArgumentException($"A wanted group must be an OFPT_GROUP_MOD; this is {(OfpType)message[OfpHeader.TypeOffset]}.", nameof(write));
        }

        if (group.Command != OfpGroupModCommand.Add || !Owns(group.GroupId))
        {
            throw new ArgumentException($"A wanted group must be an OFPGC_ADD of a group from {FirstGroup} to {LastGroup}; this is {group.Command} of {group.GroupId}.", nameof(write));
        }

        foreach (byte[] other in _groups)
        {
            if (GroupModView.Read(other).GroupId == group.GroupId)
            {
                throw new ArgumentException($"Group {group.GroupId} is wanted twice.", nameof(write));
            }
        }

        _groups.Add(message);
    }

    private static byte[] Encode<TState>(in TState state, OpenFlowWriteCallback<TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        int size = 1024;
        while (true)
        {
            byte[] buffer = new byte[size];
            var writer = new OpenFlowWriter(buffer);
            write(ref writer, state);
            if (!writer.Overflowed)
            {
                byte[] message = writer.Written.ToArray();
                if (!OfpHeader.TryRead(message, out OfpHeader header) || header.Length != message.Length)
                {
                    throw new ArgumentException("The callback must write exactly one whole message.", nameof(write));
                }

                return message;
            }

            size = writer.BytesWritten;
        }
    }

    private void AddFlowBytes(byte[] message)
    {
        if (!FlowModView.TryRead(message, out FlowModView flow, out _))
        {
            throw new ArgumentException($"A wanted flow must be a well-formed OFPT_FLOW_MOD; this is {(OfpType)message[OfpHeader.TypeOffset]}.", nameof(message));
        }

        if (flow.Command != OfpFlowModCommand.Add || !Owns(flow.Cookie))
        {
            throw new ArgumentException($"A wanted flow must be an OFPFC_ADD with a cookie under {Cookie}/{CookieMask}; this is {flow.Command} with {flow.Cookie}.", nameof(message));
        }

        if (flow.TableId == TableId.All)
        {
            throw new ArgumentException("A wanted flow must name its table, not OFPTT_ALL.", nameof(message));
        }

        if (!_flowKeys.Add(FlowKey.Of(flow.TableId, flow.Priority, flow.Match)))
        {
            throw new ArgumentException($"A flow with the same table ({flow.TableId}), priority ({flow.Priority}) and match is wanted twice.", nameof(message));
        }

        _flows.Add(message);
    }
}
