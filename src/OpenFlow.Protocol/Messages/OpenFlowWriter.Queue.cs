using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>
/// Writers for the queue configuration request and reply (see <see cref="QueueGetConfigRequestView"/>,
/// <see cref="QueueGetConfigReplyView"/>, <see cref="PacketQueueView"/>, <see cref="QueuePropertyView"/>).
/// </content>
public ref partial struct OpenFlowWriter
{
    /// <summary>Writes an <c>OFPT_QUEUE_GET_CONFIG_REQUEST</c>.</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="port">The port whose queues are asked for (<see cref="PortNo.Any"/> for all).</param>
    /// <returns>The message length (16).</returns>
    public int WriteQueueGetConfigRequest(Xid xid, PortNo port)
    {
        LengthSlot slot = BeginMessage(OfpType.QueueGetConfigRequest, xid);
        WriteUInt32(port.Value);
        WriteZeros(4);
        return EndMessage(slot);
    }

    /// <summary>Starts an <c>OFPT_QUEUE_GET_CONFIG_REPLY</c>; write queues (<see cref="BeginPacketQueue"/>), then call <see cref="EndMessage"/>.</summary>
    /// <param name="xid">The xid of the request.</param>
    /// <param name="port">The port that was queried.</param>
    /// <returns>The slot to pass to <see cref="EndMessage"/>.</returns>
    public LengthSlot BeginQueueGetConfigReply(Xid xid, PortNo port)
    {
        LengthSlot slot = BeginMessage(OfpType.QueueGetConfigReply, xid);
        WriteUInt32(port.Value);
        WriteZeros(4);
        return slot;
    }

    /// <summary>Starts an <c>ofp_packet_queue</c>; write its properties, then call <see cref="EndPacketQueue"/>.</summary>
    /// <param name="queueId">The queue id.</param>
    /// <param name="port">The port the queue is attached to.</param>
    /// <returns>The slot to pass to <see cref="EndPacketQueue"/>.</returns>
    public LengthSlot BeginPacketQueue(uint queueId, PortNo port)
    {
        LengthSlot slot = BeginLength(PacketQueueView.LenOffset);
        WriteUInt32(queueId);
        WriteUInt32(port.Value);
        WriteUInt16(0);
        WriteZeros(6);
        return slot;
    }

    /// <summary>Ends a queue begun by <see cref="BeginPacketQueue"/>, setting its <c>len</c>.</summary>
    /// <param name="slot">The slot returned by <see cref="BeginPacketQueue"/>.</param>
    /// <returns>The queue length.</returns>
    public int EndPacketQueue(LengthSlot slot) => EndLength(slot);

    /// <summary>Writes an <c>OFPQT_MIN_RATE</c> property (16 bytes).</summary>
    /// <param name="rate">In 1/10 of a percent; above 1000 is disabled.</param>
    public void WriteMinRateQueueProperty(ushort rate) => WriteRateQueueProperty(OfpQueueProperties.MinRate, rate);

    /// <summary>Writes an <c>OFPQT_MAX_RATE</c> property (16 bytes).</summary>
    /// <param name="rate">In 1/10 of a percent; above 1000 is disabled.</param>
    public void WriteMaxRateQueueProperty(ushort rate) => WriteRateQueueProperty(OfpQueueProperties.MaxRate, rate);

    /// <summary>Writes an <c>OFPQT_EXPERIMENTER</c> property: 16 bytes and <paramref name="data"/>, unpadded.</summary>
    /// <param name="experimenter">The experimenter id.</param>
    /// <param name="data">Experimenter-defined data.</param>
    public void WriteExperimenterQueueProperty(uint experimenter, scoped ReadOnlySpan<byte> data)
    {
        if (data.Length > ushort.MaxValue - QueuePropertyView.Size)
        {
            ThrowHelper.ThrowArgument("Experimenter property data must fit a 16-bit length.", nameof(data));
        }

        WriteUInt16((ushort)OfpQueueProperties.Experimenter);
        WriteUInt16((ushort)(QueuePropertyView.Size + data.Length));
        WriteZeros(4);
        WriteUInt32(experimenter);
        WriteZeros(4);
        WriteBytes(data);
    }

    private void WriteRateQueueProperty(OfpQueueProperties property, ushort rate)
    {
        WriteUInt16((ushort)property);
        WriteUInt16(QueuePropertyView.Size);
        WriteZeros(4);
        WriteUInt16(rate);
        WriteZeros(6);
    }
}
