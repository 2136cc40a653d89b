using System.Collections.Concurrent;
using System.Threading.Tasks;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Packets;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Controller.Tests.Ovs;

/// <summary>What the probe read from one PacketIn's headers.</summary>
public readonly record struct SeenPacket(
    PortNo InPort,
    OfpPacketInReason Reason,
    MacAddress EthSource,
    MacAddress EthDestination,
    EtherType EtherType,
    ArpOperation ArpOperation,
    Ipv4Address ArpSender,
    Ipv4Address ArpTarget,
    Ipv4Address IpSource,
    Ipv4Address IpDestination,
    IpProtocol IpProtocol);

/// <summary>Installs a table-miss flow to the controller when the switch is ready and reads each PacketIn's headers.</summary>
public sealed class ProbeApp : OpenFlowApp
{
    public static readonly Cookie TableMissCookie = new(0x0f10_0d0e);

    public TaskCompletionSource<ISwitchConnection> Ready { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<SeenPacket> Packets { get; } = new();

    public override void OnSwitchReady(ISwitchConnection connection)
    {
        ValueTask sent = connection.Send(connection.NextXid(), static (ref OpenFlowWriter w, in Xid xid) =>
            w.WriteFlowMod(xid, new FlowModSpec { Priority = 0, Cookie = TableMissCookie }, [], [ActionSpec.Output(PortNo.Controller)]));
        if (!sent.IsCompletedSuccessfully)
        {
            _ = sent.AsTask();
        }

        Ready.TrySetResult(connection);
    }

    public override void OnPacketIn(in PacketInContext context)
    {
        PacketInView packet = context.Packet;
        if (!EthernetView.TryRead(packet.Data, out EthernetView ethernet, out _))
        {
            return;
        }

        ArpOperation operation = default;
        Ipv4Address arpSender = default, arpTarget = default, source = default, destination = default;
        IpProtocol protocol = default;
        if (ethernet.EtherType == EtherType.Arp && ArpView.TryRead(ethernet.Payload, out ArpView arp, out _))
        {
            operation = arp.Operation;
            arpSender = arp.SenderProtocolAddress;
            arpTarget = arp.TargetProtocolAddress;
        }
        else if (ethernet.EtherType == EtherType.Ipv4 && Ipv4View.TryRead(ethernet.Payload, out Ipv4View ip, out _))
        {
            source = ip.Source;
            destination = ip.Destination;
            protocol = ip.Protocol;
        }

        Packets.Enqueue(new SeenPacket(packet.InPort, packet.Reason, ethernet.Source, ethernet.Destination, ethernet.EtherType, operation, arpSender, arpTarget, source, destination, protocol));
    }
}
