using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>Writers for <c>OFPT_GROUP_MOD</c> and its buckets (see <see cref="GroupModView"/>, <see cref="BucketView"/>).</content>
public ref partial struct OpenFlowWriter
{
    /// <summary>Starts an <c>OFPT_GROUP_MOD</c>; write buckets (<see cref="BeginBucket"/>), then call <see cref="EndMessage"/>.</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="command">The command.</param>
    /// <param name="type">The group type.</param>
    /// <param name="groupId">The group.</param>
    /// <returns>The slot to pass to <see cref="EndMessage"/>.</returns>
    public LengthSlot BeginGroupMod(Xid xid, OfpGroupModCommand command, OfpGroupType type, GroupId groupId)
    {
        LengthSlot slot = BeginMessage(OfpType.GroupMod, xid);
        WriteUInt16((ushort)command);
        WriteUInt8((byte)type);
        WriteZeros(1);
        WriteUInt32(groupId.Value);
        return slot;
    }

    /// <summary>
    /// Starts an <c>ofp_bucket</c>; write its actions, then call <see cref="EndBucket"/>, which sets <c>len</c>.
    /// </summary>
    /// <param name="weight">Relative weight (select groups; 0 otherwise).</param>
    /// <param name="watchPort">Port watched for liveness (fast failover; <see cref="PortNo.Any"/> otherwise).</param>
    /// <param name="watchGroup">Group watched for liveness (fast failover; <see cref="GroupId.Any"/> otherwise).</param>
    /// <returns>The slot to pass to <see cref="EndBucket"/>.</returns>
    public LengthSlot BeginBucket(ushort weight, PortNo watchPort, GroupId watchGroup)
    {
        LengthSlot slot = BeginLength(0);
        WriteUInt16(0);
        WriteUInt16(weight);
        WriteUInt32(watchPort.Value);
        WriteUInt32(watchGroup.Value);
        WriteZeros(4);
        return slot;
    }

    /// <summary>Ends a bucket begun by <see cref="BeginBucket"/>, padding it to 8 bytes and setting its <c>len</c>.</summary>
    /// <param name="slot">The slot returned by <see cref="BeginBucket"/>.</param>
    /// <returns>The bucket length.</returns>
    public int EndBucket(LengthSlot slot)
    {
        PadTo8(slot.Start);
        return EndLength(slot);
    }
}
