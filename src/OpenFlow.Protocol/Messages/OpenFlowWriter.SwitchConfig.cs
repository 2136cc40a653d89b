using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>
/// Writers for the features reply and the switch configuration (see <see cref="FeaturesReplyView"/>, <see cref="SwitchConfigView"/>).
/// </content>
public ref partial struct OpenFlowWriter
{
    /// <summary>Writes an <c>OFPT_FEATURES_REPLY</c> (<c>ofp_switch_features</c>).</summary>
    /// <param name="xid">The xid of the request.</param>
    /// <param name="datapathId">The datapath id.</param>
    /// <param name="nBuffers">How many packets the switch can buffer.</param>
    /// <param name="nTables">How many tables the datapath supports.</param>
    /// <param name="auxiliaryId">0 for the main connection, otherwise the auxiliary connection's id.</param>
    /// <param name="capabilities">The capabilities.</param>
    /// <param name="reserved">The <c>reserved</c> field (0 unless copying a received message).</param>
    /// <returns>The message length (32).</returns>
    public int WriteFeaturesReply(Xid xid, DatapathId datapathId, uint nBuffers, byte nTables, byte auxiliaryId, OfpCapabilities capabilities, uint reserved = 0)
    {
        LengthSlot slot = BeginMessage(OfpType.FeaturesReply, xid);
        WriteUInt64(datapathId.Value);
        WriteUInt32(nBuffers);
        WriteUInt8(nTables);
        WriteUInt8(auxiliaryId);
        WriteZeros(2);
        WriteUInt32((uint)capabilities);
        WriteUInt32(reserved);
        return EndMessage(slot);
    }

    /// <summary>Writes an <c>OFPT_GET_CONFIG_REPLY</c> (<c>ofp_switch_config</c>).</summary>
    /// <param name="xid">The xid of the request.</param>
    /// <param name="flags">The configuration flags.</param>
    /// <param name="missSendLen">How many bytes of a table-miss packet are sent to the controller.</param>
    /// <returns>The message length (12).</returns>
    public int WriteGetConfigReply(Xid xid, OfpConfigFlags flags, ushort missSendLen) => WriteSwitchConfig(OfpType.GetConfigReply, xid, flags, missSendLen);

    /// <summary>Writes an <c>OFPT_SET_CONFIG</c> (<c>ofp_switch_config</c>).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="flags">The configuration flags.</param>
    /// <param name="missSendLen">
    /// How many bytes of a table-miss packet to send to the controller (<see cref="SwitchConfigView.MissSendLenNoBuffer"/> for whole packets).
    /// </param>
    /// <returns>The message length (12).</returns>
    public int WriteSetConfig(Xid xid, OfpConfigFlags flags, ushort missSendLen) => WriteSwitchConfig(OfpType.SetConfig, xid, flags, missSendLen);

    private int WriteSwitchConfig(OfpType type, Xid xid, OfpConfigFlags flags, ushort missSendLen)
    {
        LengthSlot slot = BeginMessage(type, xid);
        WriteUInt16((ushort)flags);
        WriteUInt16(missSendLen);
        return EndMessage(slot);
    }
}
