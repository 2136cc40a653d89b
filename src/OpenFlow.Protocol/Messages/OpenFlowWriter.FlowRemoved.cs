using System;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>Writers for <c>OFPT_FLOW_REMOVED</c> (see <see cref="FlowRemovedView"/> for the layout).</content>
public ref partial struct OpenFlowWriter
{
    /// <summary>
    /// Starts a flow removed message: writes the fixed fields. Then write the match and call <see cref="EndMessage"/>.
    /// </summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="fields">The fixed fields.</param>
    /// <returns>The slot to pass to <see cref="EndMessage"/>.</returns>
    public LengthSlot BeginFlowRemoved(Xid xid, in FlowRemovedFields fields)
    {
        LengthSlot slot = BeginMessage(OfpType.FlowRemoved, xid);
        WriteUInt64(fields.Cookie.Value);
        WriteUInt16(fields.Priority);
        WriteUInt8((byte)fields.Reason);
        WriteUInt8(fields.TableId.Value);
        WriteUInt32(fields.DurationSec);
        WriteUInt32(fields.DurationNsec);
        WriteUInt16(fields.IdleTimeout);
        WriteUInt16(fields.HardTimeout);
        WriteUInt64(fields.PacketCount);
        WriteUInt64(fields.ByteCount);
        return slot;
    }

    /// <summary>Writes a flow removed message.</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="fields">The fixed fields.</param>
    /// <param name="match">The flow's match.</param>
    /// <returns>The message length.</returns>
    public int WriteFlowRemoved(Xid xid, in FlowRemovedFields fields, scoped ReadOnlySpan<OxmSpec> match)
    {
        LengthSlot slot = BeginFlowRemoved(xid, in fields);
        WriteMatch(match);
        return EndMessage(slot);
    }
}
