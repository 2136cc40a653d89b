using System.Collections.Generic;
using OpenFlow.Balancing;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>
/// The configuration section <c>Balancer</c>. Defaults are the design note's network; <c>appsettings.json</c> beside
/// the sample holds the same values, and <c>--config FILE</c> or keys such as <c>--Balancer:Policy=resTime</c> override them.
/// </summary>
public sealed class NaptBalanceOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Balancer";

    /// <summary><c>reactive</c> (the only mode so far: every new connection is a PacketIn).</summary>
    public string Mode { get; set; } = "reactive";

    /// <summary><c>roundRobin</c> or <c>resTime</c>.</summary>
    public string Policy { get; set; } = "roundRobin";

    /// <summary>The switch port facing the clients.</summary>
    public uint ClientPort { get; set; } = 1;

    /// <summary>The virtual address clients connect to (the switch's client side).</summary>
    public string Vip { get; set; } = "10.10.10.1";

    /// <summary>The MAC address ARP answers give for <see cref="Vip"/>.</summary>
    public string VipMac { get; set; } = "02:00:0a:0a:0a:01";

    /// <summary>The servers' default gateway (the switch's server side); NAPT source address towards the servers.</summary>
    public string Gateway { get; set; } = "10.10.11.1";

    /// <summary>The MAC address ARP answers give for <see cref="Gateway"/>.</summary>
    public string GatewayMac { get; set; } = "02:00:0a:0a:0b:01";

    /// <summary>The TCP ports balanced (<c>[80]</c> when empty).</summary>
    public List<int> ServicePorts { get; set; } = new();

    /// <summary>The servers.</summary>
    public List<BackendOptions> Servers { get; set; } = new();

    /// <summary>Health probing.</summary>
    public ProbeOptions Probe { get; set; } = new();

    /// <summary>The NAPT port pool and flow timeouts.</summary>
    public NaptOptions Napt { get; set; } = new();

    /// <summary>What a new connection gets when no server is up: <c>reset</c> (TCP RST from the controller) or <c>drop</c>.</summary>
    public string Refuse { get; set; } = "reset";

    /// <summary>What happens to a server's live flows when it goes down: <c>keep</c> (let them finish) or <c>remove</c>.</summary>
    public string DownServerFlows { get; set; } = "keep";

    /// <summary>Seconds between two status lines (0: none).</summary>
    public int StatusIntervalSeconds { get; set; } = 10;

    /// <summary>resTime: servers within this many milliseconds of the fastest share new connections.</summary>
    public double ResTimeToleranceMs { get; set; } = 2;
}
