using System;
using System.Buffers;
using System.Threading.Tasks;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>
/// Fire-and-forget sends from a PacketIn handler: the send is started at once (on the read loop it only queues bytes),
/// a send that has to wait is observed in the background, and a closed switch is not an error (its state is rebuilt
/// when it comes back).
/// </summary>
internal static class SwitchSend
{
    /// <summary>Sends; <paramref name="rented"/> (read by the callback) goes back to the pool when the send completes.</summary>
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
}
