using System;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>Writers for <c>OFPT_PACKET_IN</c>, the switch side (see <see cref="PacketInView"/> for the layout).</content>
public ref partial struct OpenFlowWriter
{
    /// <summary>
    /// Starts a packet-in: writes the fixed fields. Then write the match (<see cref="BeginMatch"/> ... <see cref="EndMatch"/>
    /// or <see cref="WriteMatch"/>), then <see cref="EndPacketIn"/> with the packet.
    /// </summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="bufferId">Where the switch buffered the packet, or <see cref="BufferId.NoBuffer"/>.</param>
    /// <param name="totalLen">The full length of the packet.</param>
    /// <param name="reason">Why the packet is sent.</param>
    /// <param name="tableId">The table that was looked up.</param>
    /// <param name="cookie">The cookie of the flow entry that sent the packet.</param>
    /// <returns>The slot to pass to <see cref="EndPacketIn"/>.</returns>
    public LengthSlot BeginPacketIn(Xid xid, BufferId bufferId, ushort totalLen, OfpPacketInReason reason, TableId tableId, Cookie cookie)
    {
        LengthSlot slot = BeginMessage(OfpType.PacketIn, xid);
        WriteUInt32(bufferId.Value);
        WriteUInt16(totalLen);
        WriteUInt8((byte)reason);
        WriteUInt8(tableId.Value);
        WriteUInt64(cookie.Value);
        return slot;
    }

    /// <summary>Ends a packet-in after its match: writes the 2 pad bytes and the packet, and back-patches the message length.</summary>
    /// <param name="slot">The slot returned by <see cref="BeginPacketIn"/>.</param>
    /// <param name="data">The packet (or its first bytes).</param>
    /// <returns>The message length.</returns>
    public int EndPacketIn(LengthSlot slot, scoped ReadOnlySpan<byte> data)
    {
        if (_position < slot.Start + PacketInView.MatchOffset + MatchView.EmptySize)
        {
            ThrowHelper.ThrowInvalidOperation("EndPacketIn needs the slot of BeginPacketIn and a match written after it.");
        }

        MessageChecks.CheckBodyFits(_position - slot.Start + 2, data.Length, nameof(data));
        WriteZeros(2);
        WriteBytes(data);
        return EndMessage(slot);
    }

    /// <summary>Writes a packet-in whose match holds the given fields (usually at least <c>in_port</c>).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="bufferId">Where the switch buffered the packet, or <see cref="BufferId.NoBuffer"/>.</param>
    /// <param name="totalLen">The full length of the packet.</param>
    /// <param name="reason">Why the packet is sent.</param>
    /// <param name="tableId">The table that was looked up.</param>
    /// <param name="cookie">The cookie of the flow entry that sent the packet.</param>
    /// <param name="match">The pipeline fields.</param>
    /// <param name="data">The packet (or its first bytes).</param>
    /// <returns>The message length.</returns>
    public int WritePacketIn(
        Xid xid,
        BufferId bufferId,
        ushort totalLen,
        OfpPacketInReason reason,
        TableId tableId,
        Cookie cookie,
        scoped ReadOnlySpan<OxmSpec> match,
        scoped ReadOnlySpan<byte> data)
    {
        LengthSlot slot = BeginPacketIn(xid, bufferId, totalLen, reason, tableId, cookie);
        WriteMatch(match);
        return EndPacketIn(slot, data);
    }

    /// <summary>Writes a packet-in whose match holds only <c>in_port</c>; <c>total_len</c> is the length of <paramref name="data"/>.</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="bufferId">Where the switch buffered the packet, or <see cref="BufferId.NoBuffer"/>.</param>
    /// <param name="inPort">The port the packet came in on.</param>
    /// <param name="reason">Why the packet is sent.</param>
    /// <param name="tableId">The table that was looked up.</param>
    /// <param name="cookie">The cookie of the flow entry that sent the packet.</param>
    /// <param name="data">The whole packet.</param>
    /// <returns>The message length.</returns>
    public int WritePacketIn(Xid xid, BufferId bufferId, PortNo inPort, OfpPacketInReason reason, TableId tableId, Cookie cookie, scoped ReadOnlySpan<byte> data)
    {
        if (data.Length > ushort.MaxValue)
        {
            ThrowHelper.ThrowArgument("A packet-in carries at most 65,535 bytes of packet.", nameof(data));
        }

        LengthSlot slot = BeginPacketIn(xid, bufferId, (ushort)data.Length, reason, tableId, cookie);
        LengthSlot match = BeginMatch();
        WriteOxm(OxmField.InPort, inPort.Value);
        EndMatch(match);
        return EndPacketIn(slot, data);
    }
}
