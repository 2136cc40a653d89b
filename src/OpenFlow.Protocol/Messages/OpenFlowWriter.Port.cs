using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>Writers for <c>ofp_port</c> and <c>OFPT_PORT_STATUS</c> (see <see cref="PortView"/>, <see cref="PortStatusView"/>).</content>
public ref partial struct OpenFlowWriter
{
    /// <summary>Writes an <c>ofp_port</c> (64 bytes) from its fields.</summary>
    /// <param name="port">The port.</param>
    public void WritePort(in PortSpec port)
    {
        WritePortStart(port.PortNo, port.HwAddr);
        WriteFixedString((port.Name ?? string.Empty).AsSpan(), PortView.NameSize);
        WritePortEnd(port.Config, port.State, port.Curr, port.Advertised, port.Supported, port.Peer, port.CurrSpeed, port.MaxSpeed);
    }

    /// <summary>Writes an <c>ofp_port</c> (64 bytes) copied from a received one; padding is written as zeros.</summary>
    /// <param name="port">The received port.</param>
    public void WritePort(PortView port)
    {
        WritePortStart(port.PortNo, port.HwAddr);
        WriteFixedBytes(port.NameBytes, PortView.NameSize);
        WritePortEnd(port.Config, port.State, port.Curr, port.Advertised, port.Supported, port.Peer, port.CurrSpeed, port.MaxSpeed);
    }

    /// <summary>Writes an <c>OFPT_PORT_STATUS</c>.</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="reason">Why the message is sent.</param>
    /// <param name="port">The port added, removed or changed.</param>
    /// <returns>The message length (80).</returns>
    public int WritePortStatus(Xid xid, OfpPortReason reason, in PortSpec port)
    {
        LengthSlot slot = BeginPortStatus(xid, reason);
        WritePort(in port);
        return EndMessage(slot);
    }

    /// <summary>Writes an <c>OFPT_PORT_STATUS</c> carrying a copy of a received port.</summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="reason">Why the message is sent.</param>
    /// <param name="port">The port added, removed or changed.</param>
    /// <returns>The message length (80).</returns>
    public int WritePortStatus(Xid xid, OfpPortReason reason, PortView port)
    {
        LengthSlot slot = BeginPortStatus(xid, reason);
        WritePort(port);
        return EndMessage(slot);
    }

    /// <summary>
    /// Writes bytes into a fixed-size, zero-padded field. Unlike <see cref="WriteFixedString"/>, a value that fills
    /// the field is kept whole (without a terminating zero), so a received field is copied exactly.
    /// </summary>
    private void WriteFixedBytes(scoped ReadOnlySpan<byte> value, int fieldSize)
    {
        int length = Math.Min(value.Length, fieldSize);
        WriteBytes(value.Slice(0, length));
        WriteZeros(fieldSize - length);
    }

    private LengthSlot BeginPortStatus(Xid xid, OfpPortReason reason)
    {
        LengthSlot slot = BeginMessage(OfpType.PortStatus, xid);
        WriteUInt8((byte)reason);
        WriteZeros(7);
        return slot;
    }

    private void WritePortStart(PortNo portNo, MacAddress hwAddr)
    {
        WriteUInt32(portNo.Value);
        WriteZeros(4);
        WriteMac(hwAddr);
        WriteZeros(2);
    }

    private void WritePortEnd(
        OfpPortConfig config,
        OfpPortState state,
        OfpPortFeatures curr,
        OfpPortFeatures advertised,
        OfpPortFeatures supported,
        OfpPortFeatures peer,
        uint currSpeed,
        uint maxSpeed)
    {
        WriteUInt32((uint)config);
        WriteUInt32((uint)state);
        WriteUInt32((uint)curr);
        WriteUInt32((uint)advertised);
        WriteUInt32((uint)supported);
        WriteUInt32((uint)peer);
        WriteUInt32(currSpeed);
        WriteUInt32(maxSpeed);
    }
}
