using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>
/// Writers for the fixed-size controller messages: port mod, table mod, role request/reply, get-async reply and
/// set-async (see <see cref="PortModView"/>, <see cref="TableModView"/>, <see cref="RoleView"/>, <see cref="AsyncConfigView"/>).
/// </content>
public ref partial struct OpenFlowWriter
{
    /// <summary>Writes an <c>OFPT_PORT_MOD</c> (<c>ofp_port_mod</c>).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="portNo">The port to modify.</param>
    /// <param name="hwAddr">The port's hardware address (a sanity check the switch makes).</param>
    /// <param name="config">The new values of the bits selected by <paramref name="mask"/>.</param>
    /// <param name="mask">Which configuration bits to change.</param>
    /// <param name="advertise">The features to advertise; zero leaves them unchanged.</param>
    /// <returns>The message length (40).</returns>
    public int WritePortMod(Xid xid, PortNo portNo, MacAddress hwAddr, OfpPortConfig config, OfpPortConfig mask, OfpPortFeatures advertise)
    {
        LengthSlot slot = BeginMessage(OfpType.PortMod, xid);
        WriteUInt32(portNo.Value);
        WriteZeros(4);
        WriteMac(hwAddr);
        WriteZeros(2);
        WriteUInt32((uint)config);
        WriteUInt32((uint)mask);
        WriteUInt32((uint)advertise);
        WriteZeros(4);
        return EndMessage(slot);
    }

    /// <summary>Writes an <c>OFPT_TABLE_MOD</c> (<c>ofp_table_mod</c>).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="tableId">The table (<see cref="TableId.All"/> for all).</param>
    /// <param name="config">The configuration bits.</param>
    /// <returns>The message length (16).</returns>
    public int WriteTableMod(Xid xid, TableId tableId, OfpTableConfig config)
    {
        LengthSlot slot = BeginMessage(OfpType.TableMod, xid);
        WriteUInt8(tableId.Value);
        WriteZeros(3);
        WriteUInt32((uint)config);
        return EndMessage(slot);
    }

    /// <summary>Writes an <c>OFPT_ROLE_REQUEST</c> (<c>ofp_role_request</c>).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="role">The role asked for.</param>
    /// <param name="generationId">The master election generation id.</param>
    /// <returns>The message length (24).</returns>
    public int WriteRoleRequest(Xid xid, OfpControllerRole role, ulong generationId) => WriteRole(OfpType.RoleRequest, xid, role, generationId);

    /// <summary>Writes an <c>OFPT_ROLE_REPLY</c> (<c>ofp_role_request</c>).</summary>
    /// <param name="xid">The xid of the request.</param>
    /// <param name="role">The controller's role.</param>
    /// <param name="generationId">The master election generation id.</param>
    /// <returns>The message length (24).</returns>
    public int WriteRoleReply(Xid xid, OfpControllerRole role, ulong generationId) => WriteRole(OfpType.RoleReply, xid, role, generationId);

    /// <summary>Writes an <c>OFPT_GET_ASYNC_REQUEST</c> (header only).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <returns>The message length (8).</returns>
    public int WriteGetAsyncRequest(Xid xid) => WriteHeaderOnlyMessage(OfpType.GetAsyncRequest, xid);

    /// <summary>Writes an <c>OFPT_GET_ASYNC_REPLY</c> (<c>ofp_async_config</c>).</summary>
    /// <param name="xid">The xid of the request.</param>
    /// <param name="config">The masks.</param>
    /// <returns>The message length (32).</returns>
    public int WriteGetAsyncReply(Xid xid, in AsyncConfigSpec config) => WriteAsyncConfig(OfpType.GetAsyncReply, xid, in config);

    /// <summary>Writes an <c>OFPT_SET_ASYNC</c> (<c>ofp_async_config</c>).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="config">The masks.</param>
    /// <returns>The message length (32).</returns>
    public int WriteSetAsync(Xid xid, in AsyncConfigSpec config) => WriteAsyncConfig(OfpType.SetAsync, xid, in config);

    private int WriteRole(OfpType type, Xid xid, OfpControllerRole role, ulong generationId)
    {
        LengthSlot slot = BeginMessage(type, xid);
        WriteUInt32((uint)role);
        WriteZeros(4);
        WriteUInt64(generationId);
        return EndMessage(slot);
    }

    private int WriteAsyncConfig(OfpType type, Xid xid, in AsyncConfigSpec config)
    {
        LengthSlot slot = BeginMessage(type, xid);
        WriteUInt32(config.PacketInMaskMaster);
        WriteUInt32(config.PacketInMaskSlave);
        WriteUInt32(config.PortStatusMaskMaster);
        WriteUInt32(config.PortStatusMaskSlave);
        WriteUInt32(config.FlowRemovedMaskMaster);
        WriteUInt32(config.FlowRemovedMaskSlave);
        return EndMessage(slot);
    }
}
