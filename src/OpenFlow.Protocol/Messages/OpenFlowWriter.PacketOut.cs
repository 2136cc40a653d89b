using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>Writers for <c>OFPT_PACKET_OUT</c> (see <see cref="PacketOutView"/> for the layout).</content>
public ref partial struct OpenFlowWriter
{
    private const int PacketOutActionsLenOffset = 16;

    /// <summary>
    /// Starts a packet-out: writes the fixed fields with <c>actions_len</c> to be back-patched. Then write the actions
    /// (<see cref="WriteOutputAction"/>, <see cref="WriteActions"/>, ...) and call <see cref="EndPacketOut"/> with the packet.
    /// </summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="bufferId">A buffered packet to send, or <see cref="BufferId.NoBuffer"/> to send the data.</param>
    /// <param name="inPort">The packet's input port (<see cref="PortNo.Controller"/> for a packet the controller made).</param>
    /// <returns>The slot to pass to <see cref="EndPacketOut"/>.</returns>
    public LengthSlot BeginPacketOut(Xid xid, BufferId bufferId, PortNo inPort)
    {
        LengthSlot slot = BeginMessage(OfpType.PacketOut, xid);
        WriteUInt32(bufferId.Value);
        WriteUInt32(inPort.Value);
        WriteUInt16(0);
        WriteZeros(6);
        return slot;
    }

    /// <summary>
    /// Ends a packet-out: back-patches <c>actions_len</c> to the actions written since <see cref="BeginPacketOut"/>,
    /// writes the packet and back-patches the message length.
    /// </summary>
    /// <param name="slot">The slot returned by <see cref="BeginPacketOut"/>.</param>
    /// <param name="data">The packet to send (empty when it is buffered).</param>
    /// <returns>The message length.</returns>
    public int EndPacketOut(LengthSlot slot, scoped ReadOnlySpan<byte> data)
    {
        int actionsLength = _position - slot.Start - PacketOutView.ActionsOffset;
        if (actionsLength < 0 || slot.LengthOffset != slot.Start + 2)
        {
            ThrowHelper.ThrowInvalidOperation("EndPacketOut needs the slot returned by BeginPacketOut.");
        }

        MessageChecks.CheckBodyFits(_position - slot.Start, data.Length, nameof(data));
        PatchUInt16(slot.Start + PacketOutActionsLenOffset, actionsLength);
        WriteBytes(data);
        return EndMessage(slot);
    }

    /// <summary>Writes a packet-out in one call.</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="bufferId">A buffered packet to send, or <see cref="BufferId.NoBuffer"/> to send <paramref name="data"/>.</param>
    /// <param name="inPort">The packet's input port (<see cref="PortNo.Controller"/> for a packet the controller made).</param>
    /// <param name="actions">The actions to apply (usually one output).</param>
    /// <param name="data">The packet to send (empty when it is buffered).</param>
    /// <returns>The message length.</returns>
    public int WritePacketOut(Xid xid, BufferId bufferId, PortNo inPort, scoped ReadOnlySpan<ActionSpec> actions, scoped ReadOnlySpan<byte> data)
    {
        LengthSlot slot = BeginPacketOut(xid, bufferId, inPort);
        WriteActions(actions);
        return EndPacketOut(slot, data);
    }
}
