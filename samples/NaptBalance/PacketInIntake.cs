using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>
/// The first steps of every PacketIn, whatever the mode: read the message, drop it while the engine is not serving the
/// switch it came from, slice its frame, and drop what is not untagged Ethernet. Each drop is counted by its reason.
/// </summary>
internal static class PacketInIntake
{
    /// <summary>Reads and slices a PacketIn the engine should look at.</summary>
    /// <param name="message">The whole OFPT_PACKET_IN message.</param>
    /// <param name="serving">Whether the engine serves the switch the message came from.</param>
    /// <param name="metrics">Counts the drops.</param>
    /// <param name="packetIn">The message's view.</param>
    /// <param name="packet">Its frame, sliced (lax: what could be read).</param>
    /// <returns>False when the PacketIn was dropped (and counted).</returns>
    public static bool TryOpen(ReadOnlySpan<byte> message, bool serving, NaptMetrics metrics, out PacketInView packetIn, out SlicedPacket packet)
    {
        packet = default;
        if (!PacketInView.TryRead(message, out packetIn, out _))
        {
            metrics.Ignored("malformed");
            return false;
        }

        if (!serving)
        {
            metrics.Refused("not_ready");
            return false;
        }

        packet = PacketSlicer.SliceLax(packetIn.Data);
        if (!packet.HasEthernet || packet.VlanCount != 0)
        {
            metrics.Ignored("not_ethernet");
            return false;
        }

        return true;
    }
}
