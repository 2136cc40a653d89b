using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>
/// Writers for echo, experimenter and header-only messages (see <see cref="EchoView"/>, <see cref="ExperimenterView"/>,
/// <see cref="HeaderOnlyView"/>).
/// </content>
public ref partial struct OpenFlowWriter
{
    /// <summary>Writes an <c>OFPT_ECHO_REQUEST</c>.</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="data">Arbitrary data the reply will carry back.</param>
    /// <returns>The message length.</returns>
    public int WriteEchoRequest(Xid xid, scoped ReadOnlySpan<byte> data) => WriteHeaderAndData(OfpType.EchoRequest, xid, data);

    /// <summary>Writes an <c>OFPT_ECHO_REPLY</c>.</summary>
    /// <param name="xid">The xid of the request.</param>
    /// <param name="data">The data of the request, unchanged.</param>
    /// <returns>The message length.</returns>
    public int WriteEchoReply(Xid xid, scoped ReadOnlySpan<byte> data) => WriteHeaderAndData(OfpType.EchoReply, xid, data);

    /// <summary>Writes an <c>OFPT_EXPERIMENTER</c> message (<c>ofp_experimenter_header</c> and data).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="experimenter">The experimenter id.</param>
    /// <param name="expType">The experimenter-defined type.</param>
    /// <param name="data">The experimenter-defined data.</param>
    /// <returns>The message length.</returns>
    public int WriteExperimenter(Xid xid, uint experimenter, uint expType, scoped ReadOnlySpan<byte> data)
    {
        MessageChecks.CheckBodyFits(ExperimenterView.MinLength, data.Length, nameof(data));
        LengthSlot slot = BeginMessage(OfpType.Experimenter, xid);
        WriteUInt32(experimenter);
        WriteUInt32(expType);
        WriteBytes(data);
        return EndMessage(slot);
    }

    /// <summary>Writes an <c>OFPT_FEATURES_REQUEST</c> (header only).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <returns>The message length (8).</returns>
    public int WriteFeaturesRequest(Xid xid) => WriteHeaderOnlyMessage(OfpType.FeaturesRequest, xid);

    /// <summary>Writes an <c>OFPT_GET_CONFIG_REQUEST</c> (header only).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <returns>The message length (8).</returns>
    public int WriteGetConfigRequest(Xid xid) => WriteHeaderOnlyMessage(OfpType.GetConfigRequest, xid);

    /// <summary>Writes an <c>OFPT_BARRIER_REQUEST</c> (header only).</summary>
    /// <param name="xid">The transaction id.</param>
    /// <returns>The message length (8).</returns>
    public int WriteBarrierRequest(Xid xid) => WriteHeaderOnlyMessage(OfpType.BarrierRequest, xid);

    /// <summary>Writes an <c>OFPT_BARRIER_REPLY</c> (header only).</summary>
    /// <param name="xid">The xid of the barrier request.</param>
    /// <returns>The message length (8).</returns>
    public int WriteBarrierReply(Xid xid) => WriteHeaderOnlyMessage(OfpType.BarrierReply, xid);

    /// <summary>Writes a message that is only a header, of one of the types <see cref="HeaderOnlyView.IsHeaderOnly"/> accepts.</summary>
    /// <param name="type">The message type.</param>
    /// <param name="xid">The transaction id.</param>
    /// <returns>The message length (8).</returns>
    public int WriteHeaderOnlyMessage(OfpType type, Xid xid)
    {
        if (!HeaderOnlyView.IsHeaderOnly(type))
        {
            ThrowHelper.ThrowArgument("Messages of this type have a body.", nameof(type));
        }

        return EndMessage(BeginMessage(type, xid));
    }

    private int WriteHeaderAndData(OfpType type, Xid xid, scoped ReadOnlySpan<byte> data)
    {
        MessageChecks.CheckBodyFits(EchoView.MinLength, data.Length, nameof(data));
        LengthSlot slot = BeginMessage(type, xid);
        WriteBytes(data);
        return EndMessage(slot);
    }
}
