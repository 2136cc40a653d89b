using System.Collections.Generic;

namespace OpenFlow.Balancing;

/// <summary>
/// The configuration section <c>Balancer</c> that both balancers share. Defaults are the design note's NAPT network;
/// each sample's <c>appsettings.json</c> holds its own values, and <c>--config FILE</c> or keys such as
/// <c>--Balancer:Policy=resTime</c> override them.
/// </summary>
public class BalancerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Balancer";

    /// <summary><c>reactive</c> (every new connection is a PacketIn), <c>proactive</c> or <c>conntrack</c>.</summary>
    public string Mode { get; set; } = "reactive";

    /// <summary><c>roundRobin</c> or <c>resTime</c>.</summary>
    public string Policy { get; set; } = "roundRobin";

    /// <summary>The switch port facing the clients.</summary>
    public uint ClientPort { get; set; } = 1;

    /// <summary>The virtual address clients connect to (the switch's client side).</summary>
    public string Vip { get; set; } = "10.10.10.1";

    /// <summary>The MAC address ARP answers give for <see cref="Vip"/>: the switch's client-side MAC.</summary>
    public string VipMac { get; set; } = "02:00:0a:0a:0a:01";

    /// <summary>The servers' default gateway: the switch's server-side address.</summary>
    public string Gateway { get; set; } = "10.10.11.1";

    /// <summary>The MAC address ARP answers give to servers: the switch's server-side MAC.</summary>
    public string GatewayMac { get; set; } = "02:00:0a:0a:0b:01";

    /// <summary>The TCP ports balanced (<c>[80]</c> when empty).</summary>
    public List<int> ServicePorts { get; set; } = new();

    /// <summary>The servers.</summary>
    public List<BackendOptions> Servers { get; set; } = new();

    /// <summary>Health probing.</summary>
    public ProbeOptions Probe { get; set; } = new();

    /// <summary>What a new connection gets when no server is up: <c>reset</c> (TCP RST from the controller) or <c>drop</c>.</summary>
    public string Refuse { get; set; } = "reset";

    /// <summary>What happens to a server's live flows when it goes down: <c>keep</c> (let them finish) or <c>remove</c>.</summary>
    public string DownServerFlows { get; set; } = "keep";

    /// <summary>Seconds between two status lines (0: none).</summary>
    public int StatusIntervalSeconds { get; set; } = 10;

    /// <summary>resTime: servers within this many milliseconds of the fastest share new connections.</summary>
    public double ResTimeToleranceMs { get; set; } = 2;

    /// <summary>Proactive and conntrack modes: the id of the select group that spreads new connections.</summary>
    public uint GroupId { get; set; } = 0x4c42_0001;

    /// <summary>
    /// Proactive and conntrack modes with resTime: bucket weights change only when a server's weight would move by
    /// more than this fraction (0.5: 50 %), because every change of a select group can move existing connections.
    /// </summary>
    public double WeightChangeRatio { get; set; } = 0.5;
}
