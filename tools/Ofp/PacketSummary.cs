using System;
using System.Globalization;
using System.Text;
using OpenFlow.Protocol.Packets;

namespace OpenFlow.Tools.Ofp;

/// <summary>
/// A packet carried in a PacketIn or PacketOut, in <c>ovs-ofctl</c>'s flow syntax:
/// <c>tcp,dl_src=..,dl_dst=..,nw_src=10.10.10.2,nw_dst=10.10.10.1,nw_ttl=64,tp_src=40000,tp_dst=80,tcp_flags=syn</c>.
/// Sliced laxly, so data cut at <c>miss_send_len</c> still says what it can and where it stopped.
/// </summary>
internal static class PacketSummary
{
    public static string Describe(ReadOnlySpan<byte> frame)
    {
        if (frame.IsEmpty)
        {
            return "";
        }

        SlicedPacket packet = PacketSlicer.SliceLax(frame);
        var text = new StringBuilder(Protocol(packet));
        if (packet.HasEthernet)
        {
            if (packet.VlanCount > 0)
            {
                Append(text, "dl_vlan", packet.OuterVlan.VlanId);
                Append(text, "dl_vlan_pcp", packet.OuterVlan.Priority);
            }

            Append(text, "dl_src", packet.Ethernet.Source);
            Append(text, "dl_dst", packet.Ethernet.Destination);
        }

        switch (packet.NetworkLayer)
        {
            case PacketLayer.Arp:
                Append(text, "arp_spa", packet.Arp.SenderProtocolAddress);
                Append(text, "arp_tpa", packet.Arp.TargetProtocolAddress);
                Append(text, "arp_op", (ushort)packet.Arp.Operation);
                Append(text, "arp_sha", packet.Arp.SenderHardwareAddress);
                Append(text, "arp_tha", packet.Arp.TargetHardwareAddress);
                break;
            case PacketLayer.Ipv4:
                Append(text, "nw_src", packet.Ipv4.Source);
                Append(text, "nw_dst", packet.Ipv4.Destination);
                Append(text, "nw_tos", packet.Ipv4.Dscp << 2);
                Append(text, "nw_ttl", packet.Ipv4.TimeToLive);
                if (packet.Ipv4.IsFragment)
                {
                    Append(text, "nw_frag", packet.Ipv4.FragmentOffset == 0 ? "first" : "later");
                }

                break;
            case PacketLayer.Ipv6:
                Append(text, "ipv6_src", packet.Ipv6.Source);
                Append(text, "ipv6_dst", packet.Ipv6.Destination);
                Append(text, "nw_ttl", packet.Ipv6.HopLimit);
                break;
        }

        switch (packet.TransportLayer)
        {
            case PacketLayer.Tcp:
                Append(text, "tp_src", packet.Tcp.SourcePort);
                Append(text, "tp_dst", packet.Tcp.DestinationPort);
                Append(text, "tcp_flags", TcpFlagNames(packet.Tcp));
                break;
            case PacketLayer.Udp:
                Append(text, "tp_src", packet.Udp.SourcePort);
                Append(text, "tp_dst", packet.Udp.DestinationPort);
                break;
            case PacketLayer.Icmp:
                Append(text, "icmp_type", (byte)packet.Icmp.Type);
                Append(text, "icmp_code", packet.Icmp.Code);
                break;
        }

        if (packet.IsStopped)
        {
            text.Append(CultureInfo.InvariantCulture, $" (cut short in {packet.Stop.Layer}: {packet.Stop.ActualLength} of {packet.Stop.RequiredLength} bytes)");
        }

        return text.ToString();
    }

    private static string Protocol(SlicedPacket packet) => (packet.NetworkLayer, packet.TransportLayer) switch
    {
        (PacketLayer.Arp, _) => "arp",
        (PacketLayer.Ipv4, PacketLayer.Tcp) => "tcp",
        (PacketLayer.Ipv4, PacketLayer.Udp) => "udp",
        (PacketLayer.Ipv4, PacketLayer.Icmp) => "icmp",
        (PacketLayer.Ipv4, _) => "ip",
        (PacketLayer.Ipv6, PacketLayer.Tcp) => "tcp6",
        (PacketLayer.Ipv6, PacketLayer.Udp) => "udp6",
        (PacketLayer.Ipv6, _) => "ipv6",
        _ => packet.HasEthernet ? "dl_type=" + packet.EtherType : "unknown",
    };

    private static string TcpFlagNames(TcpView tcp)
    {
        var names = new StringBuilder();
        void Flag(bool set, string name)
        {
            if (set)
            {
                names.Append(names.Length == 0 ? "" : "|").Append(name);
            }
        }

        Flag(tcp.Fin, "fin");
        Flag(tcp.Syn, "syn");
        Flag(tcp.Rst, "rst");
        Flag(tcp.Psh, "psh");
        Flag(tcp.Ack, "ack");
        Flag(tcp.Urg, "urg");
        Flag(tcp.Ece, "ece");
        Flag(tcp.Cwr, "cwr");
        return names.Length == 0 ? "0" : names.ToString();
    }

    private static void Append<T>(StringBuilder text, string key, T value) =>
        text.Append(',').Append(key).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
}
