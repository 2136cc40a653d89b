using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Controller.Apps;

/// <summary>
/// FLOW_MOD and PACKET_OUT writers the controller's apps need until the codec's message writers for them are available.
/// </summary>
public static class ControllerWriterExtensions
{
    /// <summary>Size of the fixed part of <c>ofp_flow_mod</c> (header included) before the match.</summary>
    public const int FlowModFixedLength = 48;

    /// <summary>Size of the fixed part of <c>ofp_packet_out</c> (header included) before the actions.</summary>
    public const int PacketOutFixedLength = 24;

    private const ushort OutputActionLength = 16;

    /// <summary>
    /// Starts a FLOW_MOD: writes the header and fixed fields. Then write the match (<c>BeginMatch</c>/<c>WriteOxm</c>/
    /// <c>EndMatch</c>, or <c>WriteMatch</c>), then instructions, then call <c>EndMessage</c> with the returned slot.
    /// <code>
    /// ofp_header | cookie | cookie_mask | table_id command idle_timeout | hard_timeout priority |
    /// buffer_id | out_port | out_group | flags pad(2) | ofp_match | instructions
    /// </code>
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="xid">The transaction id.</param>
    /// <param name="spec">The fixed fields.</param>
    /// <returns>The message slot for <c>EndMessage</c>.</returns>
    public static LengthSlot BeginFlowEntry(this ref OpenFlowWriter writer, Xid xid, in FlowEntrySpec spec)
    {
        LengthSlot slot = writer.BeginMessage(OfpType.FlowMod, xid);
        writer.WriteUInt64(spec.Cookie.Value);
        writer.WriteUInt64(spec.CookieMask.Value);
        writer.WriteUInt8(spec.TableId.Value);
        writer.WriteUInt8((byte)spec.Command);
        writer.WriteUInt16(spec.IdleTimeout);
        writer.WriteUInt16(spec.HardTimeout);
        writer.WriteUInt16(spec.Priority);
        writer.WriteUInt32(spec.BufferId.Value);
        writer.WriteUInt32(spec.OutPort.Value);
        writer.WriteUInt32(spec.OutGroup);
        writer.WriteUInt16(spec.Flags);
        writer.WriteZeros(2);
        return slot;
    }

    /// <summary>
    /// Writes a PACKET_OUT with the given actions and, when not buffered, the packet.
    /// <code>
    /// ofp_header | buffer_id | in_port | actions_len pad(6) | actions | data
    /// </code>
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="xid">The transaction id.</param>
    /// <param name="bufferId">The switch buffer holding the packet, or <see cref="BufferId.NoBuffer"/> to send <paramref name="data"/>.</param>
    /// <param name="inPort">The ingress port the packet is processed as coming from (or <see cref="PortNo.Controller"/>).</param>
    /// <param name="actions">The actions.</param>
    /// <param name="data">The packet when not buffered (must be empty when buffered).</param>
    /// <returns>The message length.</returns>
    public static int WritePacketOutMessage(this ref OpenFlowWriter writer, Xid xid, BufferId bufferId, PortNo inPort, ReadOnlySpan<ActionSpec> actions, scoped ReadOnlySpan<byte> data)
    {
        if (bufferId.IsBuffered && !data.IsEmpty)
        {
            throw new ArgumentException("A buffered PACKET_OUT carries no data.", nameof(data));
        }

        LengthSlot slot = writer.BeginMessage(OfpType.PacketOut, xid);
        writer.WriteUInt32(bufferId.Value);
        writer.WriteUInt32(inPort.Value);
        int actionsLengthAt = writer.BytesWritten;
        writer.WriteUInt16(0);
        writer.WriteZeros(6);
        int actionsStart = writer.BytesWritten;
        writer.WriteActions(actions);
        writer.PatchUInt16(actionsLengthAt, writer.BytesWritten - actionsStart);
        writer.WriteBytes(data);
        return writer.EndMessage(slot);
    }

    /// <summary>Writes a PACKET_OUT that outputs the packet to one port.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="xid">The transaction id.</param>
    /// <param name="bufferId">The switch buffer, or <see cref="BufferId.NoBuffer"/>.</param>
    /// <param name="inPort">The ingress port.</param>
    /// <param name="outPort">Where to send the packet (<see cref="PortNo.Flood"/> to flood).</param>
    /// <param name="data">The packet when not buffered.</param>
    /// <returns>The message length.</returns>
    public static int WritePacketOutMessage(this ref OpenFlowWriter writer, Xid xid, BufferId bufferId, PortNo inPort, PortNo outPort, scoped ReadOnlySpan<byte> data)
    {
        if (bufferId.IsBuffered && !data.IsEmpty)
        {
            throw new ArgumentException("A buffered PACKET_OUT carries no data.", nameof(data));
        }

        LengthSlot slot = writer.BeginMessage(OfpType.PacketOut, xid);
        writer.WriteUInt32(bufferId.Value);
        writer.WriteUInt32(inPort.Value);
        writer.WriteUInt16(OutputActionLength);
        writer.WriteZeros(6);
        writer.WriteOutputAction(outPort, 0xffff);
        writer.WriteBytes(data);
        return writer.EndMessage(slot);
    }
}
