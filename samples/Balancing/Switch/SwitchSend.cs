using System;
using System.Buffers;
using System.Threading.Tasks;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Balancing.Switch;

/// <summary>
/// Fire-and-forget sends from a PacketIn handler: the send is started at once (on the read loop it only queues bytes),
/// a send that has to wait is observed in the background, and a closed switch is not an error (its state is rebuilt
/// when it comes back). Shared by the NaptBalance and MacBalance engines.
/// </summary>
public static class SwitchSend
{
    /// <summary>Sends; <paramref name="rented"/> (read by the callback) goes back to the pool when the send completes.</summary>
    /// <typeparam name="TState">What the callback writes from.</typeparam>
    /// <param name="connection">The switch.</param>
    /// <param name="state">The callback's state (it may cross an await, so it must not refer to a span).</param>
    /// <param name="write">Writes the message(s).</param>
    /// <param name="sizeHint">How many bytes the callback writes at most, about.</param>
    /// <param name="rented">An array rented from <see cref="ArrayPool{T}.Shared"/> that the callback reads, or null.</param>
    public static void Send<TState>(ISwitchConnection connection, in TState state, OpenFlowWriteCallback<TState> write, int sizeHint, byte[]? rented = null)
    {
        ValueTask sent;
        try
        {
            sent = connection.Send(in state, write, sizeHint);
        }
        catch (SwitchDisconnectedException)
        {
            Return(rented);
            return;
        }

        if (sent.IsCompletedSuccessfully)
        {
            Return(rented);
        }
        else
        {
            _ = ObserveAsync(sent, rented);
        }
    }

    /// <summary>Sends a frame out of one port (a PACKET_OUT with one output action, the frame as its data).</summary>
    /// <param name="connection">The switch.</param>
    /// <param name="port">The port the frame goes out of.</param>
    /// <param name="frame">The frame (not pooled: it is kept until the send completes).</param>
    /// <param name="length">How many bytes of <paramref name="frame"/> are the frame.</param>
    public static void PacketOut(ISwitchConnection connection, PortNo port, byte[] frame, int length)
    {
        var state = new PacketOutState(connection.NextXid(), port, frame, length);
        Send(connection, state, static (ref OpenFlowWriter writer, in PacketOutState s) =>
        {
            Span<ActionSpec> actions = stackalloc ActionSpec[1];
            actions[0] = ActionSpec.Output(s.Port);
            writer.WritePacketOut(s.Xid, BufferId.NoBuffer, PortNo.Controller, actions, s.Frame.AsSpan(0, s.Length));
        }, 64 + length);
    }

    /// <summary>
    /// Deletes, in every table, the flows whose cookie matches <paramref name="cookie"/> under <paramref name="cookieMask"/>
    /// (a FLOW_MOD DELETE with an empty match), e.g. a server's connections when it goes down.
    /// </summary>
    /// <param name="connection">The switch.</param>
    /// <param name="xid">The FLOW_MOD's transaction id.</param>
    /// <param name="cookie">The cookie the flows carry (in the bits of the mask).</param>
    /// <param name="cookieMask">The bits of the cookie that must match.</param>
    public static void DeleteFlows(ISwitchConnection connection, Xid xid, Cookie cookie, Cookie cookieMask)
    {
        Send(connection, new DeleteState(xid, cookie, cookieMask), static (ref OpenFlowWriter writer, in DeleteState s) =>
            writer.WriteFlowMod(
                s.Xid,
                new FlowModSpec
                {
                    Command = OfpFlowModCommand.Delete,
                    TableId = TableId.All,
                    Cookie = s.Cookie,
                    CookieMask = s.CookieMask,
                },
                ReadOnlySpan<OxmSpec>.Empty,
                ReadOnlySpan<ActionSpec>.Empty), 64);
    }

    /// <summary>
    /// Refuses a TCP segment with a RST sent back out of <paramref name="port"/>: nothing is sent when
    /// <paramref name="isReset"/> (a RST is never answered) or when no RST can be built from <paramref name="frame"/>.
    /// </summary>
    /// <param name="connection">The switch.</param>
    /// <param name="port">The port the segment came in on (the client side).</param>
    /// <param name="frame">The refused segment's frame (valid during the call).</param>
    /// <param name="isReset">Whether the refused segment is itself a RST.</param>
    public static void Reset(ISwitchConnection connection, PortNo port, ReadOnlySpan<byte> frame, bool isReset)
    {
        if (isReset)
        {
            return;
        }

        byte[] rst = new byte[96];
        if (PacketBuilder.TryWriteTcpReset(rst, frame, out int length))
        {
            PacketOut(connection, port, rst, length);
        }
    }

    private static async Task ObserveAsync(ValueTask sent, byte[]? rented)
    {
        try
        {
            await sent.ConfigureAwait(false);
        }
        catch (SwitchDisconnectedException)
        {
        }
        finally
        {
            Return(rented);
        }
    }

    private static void Return(byte[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private readonly record struct PacketOutState(Xid Xid, PortNo Port, byte[] Frame, int Length);

    private readonly record struct DeleteState(Xid Xid, Cookie Cookie, Cookie CookieMask);
}
