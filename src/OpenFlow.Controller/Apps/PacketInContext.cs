using System;
using System.Threading.Tasks;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Controller.Apps;

/// <summary>
/// A PacketIn handed to apps. It points into the connection's receive buffer and is valid only during
/// <see cref="IOpenFlowApp.OnPacketIn"/>: the bytes are reused for the next message once the call returns, so copy
/// anything you keep (a MAC address, a port number), never the spans or views.
/// </summary>
public readonly ref struct PacketInContext
{
    internal PacketInContext(SwitchConnection connection, PacketInView packet)
    {
        Connection = connection;
        Packet = packet;
    }

    /// <summary>The switch the packet came from.</summary>
    public ISwitchConnection Switch => Connection;

    /// <summary>The whole OFPT_PACKET_IN message, header included.</summary>
    public ReadOnlySpan<byte> Message => Packet.Message;

    /// <summary>The PacketIn, already checked: buffer id, reason, table, cookie, match (in_port) and the packet data.</summary>
    public PacketInView Packet { get; }

    /// <summary>The xid of the PacketIn.</summary>
    public Xid Xid => Packet.Xid;

    internal SwitchConnection Connection { get; }

    /// <summary>
    /// Queues messages to the switch (a FLOW_MOD, a PACKET_OUT). On the read loop this writes into the send queue
    /// without allocating and without flushing; everything written while handling a batch of received messages is
    /// flushed once after the batch.
    /// </summary>
    /// <typeparam name="TState">The callback's input (pass a struct to avoid allocation; use a static lambda).</typeparam>
    /// <param name="state">The callback's input.</param>
    /// <param name="write">Writes the messages; it may run twice and must write the same bytes both times.</param>
    /// <param name="sizeHint">A guess at the size.</param>
    /// <returns>Whether the bytes were queued (false when the connection is closed).</returns>
    public bool Send<TState>(in TState state, OpenFlowWriteCallback<TState> write, int sizeHint = 256)
    {
        ValueTask sent = Connection.Send(in state, write, sizeHint);
        if (sent.IsCompletedSuccessfully)
        {
            return true;
        }

        // Rare: closed, or the writer was contended and the send continues asynchronously.
        if (sent.IsCompleted)
        {
            _ = sent.AsTask().Exception;
            return false;
        }

        _ = sent.AsTask().ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
        return true;
    }

    /// <summary>
    /// Queues messages that answer this PacketIn (a FLOW_MOD and a PACKET_OUT carrying <see cref="PacketInView.Data"/>),
    /// written straight into the send queue without allocating; flushed once after the received batch.
    /// </summary>
    /// <typeparam name="TState">The callback's input (a struct; use a static lambda).</typeparam>
    /// <param name="state">The callback's input.</param>
    /// <param name="write">Writes the messages, given the PacketIn.</param>
    /// <param name="sizeHint">A guess at the size.</param>
    /// <returns>Whether the bytes were queued (false when the connection is closed).</returns>
    public bool Send<TState>(in TState state, PacketInWriteCallback<TState> write, int sizeHint = 512)
    {
        PacketInView packet = Packet;
        return Connection.SendAnswer(in state, write, in packet, sizeHint);
    }

    /// <summary>Allocates a transaction id unique on this connection.</summary>
    /// <returns>The xid.</returns>
    public Xid NextXid() => Connection.NextXid();
}
