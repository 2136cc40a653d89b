using System;
using System.Collections.Generic;
using System.Globalization;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Balancing;

/// <summary>The checked, parsed form of <see cref="BalancerOptions"/>: what both balancers share.</summary>
public class BalancerSettings
{
    /// <summary>Copies parsed settings (for a balancer that adds its own on top).</summary>
    /// <param name="common">The shared settings.</param>
    protected BalancerSettings(BalancerSettings common)
    {
        ArgumentNullException.ThrowIfNull(common);
        Options = common.Options;
        Mode = common.Mode;
        Policy = common.Policy;
        ClientPort = common.ClientPort;
        Vip = common.Vip;
        VipMac = common.VipMac;
        Gateway = common.Gateway;
        GatewayMac = common.GatewayMac;
        ServicePorts = common.ServicePorts;
        Refuse = common.Refuse;
        RemoveFlowsOfDownServer = common.RemoveFlowsOfDownServer;
        GroupId = common.GroupId;
        WeightChangeRatio = common.WeightChangeRatio;
    }

    private BalancerSettings(BalancerOptions options)
    {
        Options = options;
    }

    /// <summary>The options this was parsed from.</summary>
    public BalancerOptions Options { get; }

    /// <summary>The mode.</summary>
    public BalancerMode Mode { get; private init; }

    /// <summary>The policy.</summary>
    public BalancingPolicy Policy { get; private init; }

    /// <summary>The client-facing switch port.</summary>
    public PortNo ClientPort { get; private init; }

    /// <summary>The virtual IP.</summary>
    public Ipv4Address Vip { get; private init; }

    /// <summary>The virtual IP's MAC: the switch's client-side MAC.</summary>
    public MacAddress VipMac { get; private init; }

    /// <summary>The servers' gateway address: the switch's server-side address.</summary>
    public Ipv4Address Gateway { get; private init; }

    /// <summary>The gateway's MAC: the switch's server-side MAC.</summary>
    public MacAddress GatewayMac { get; private init; }

    /// <summary>The balanced TCP ports.</summary>
    public IReadOnlyList<ushort> ServicePorts { get; private init; } = Array.Empty<ushort>();

    /// <summary>What a refused connection gets.</summary>
    public RefusalAction Refuse { get; private init; }

    /// <summary>Whether a down server's flows are deleted (otherwise left to finish).</summary>
    public bool RemoveFlowsOfDownServer { get; private init; }

    /// <summary>The select group of the proactive and conntrack modes.</summary>
    public GroupId GroupId { get; private init; }

    /// <summary>The relative weight change below which a select group is left alone.</summary>
    public double WeightChangeRatio { get; private init; }

    /// <summary>Checks and parses the shared options.</summary>
    /// <param name="options">The bound options.</param>
    /// <param name="supportedModes">The modes the balancer implements.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="FormatException">A value is malformed or out of range (the message names the key).</exception>
    /// <exception cref="ArgumentException">No supported mode is given.</exception>
    public static BalancerSettings Parse(BalancerOptions options, params BalancerMode[] supportedModes)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(supportedModes);
        if (supportedModes.Length == 0)
        {
            throw new ArgumentException("Name at least one mode the balancer implements.", nameof(supportedModes));
        }

        BalancerMode mode = options.Mode.ToUpperInvariant() switch
        {
            "REACTIVE" => BalancerMode.Reactive,
            "PROACTIVE" => BalancerMode.Proactive,
            "CONNTRACK" => BalancerMode.Conntrack,
            _ => throw new FormatException($"Balancer:Mode '{options.Mode}' is none of reactive, proactive, conntrack."),
        };
        if (Array.IndexOf(supportedModes, mode) < 0)
        {
            throw new FormatException($"Balancer:Mode '{options.Mode}' is not supported by this balancer (it supports {string.Join(", ", supportedModes).ToLowerInvariant()}).");
        }

        BalancingPolicy policy = options.Policy.ToUpperInvariant() switch
        {
            "ROUNDROBIN" => BalancingPolicy.RoundRobin,
            "RESTIME" => BalancingPolicy.ResTime,
            _ => throw new FormatException($"Balancer:Policy '{options.Policy}' is neither roundRobin nor resTime."),
        };
        RefusalAction refuse = options.Refuse.ToUpperInvariant() switch
        {
            "RESET" or "RST" => RefusalAction.Reset,
            "DROP" => RefusalAction.Drop,
            _ => throw new FormatException($"Balancer:Refuse '{options.Refuse}' is neither reset nor drop."),
        };
        bool remove = options.DownServerFlows.ToUpperInvariant() switch
        {
            "KEEP" => false,
            "REMOVE" => true,
            _ => throw new FormatException($"Balancer:DownServerFlows '{options.DownServerFlows}' is neither keep nor remove."),
        };
        if (options.ServicePorts.Count == 0)
        {
            options.ServicePorts.Add(80);
        }

        var ports = new List<ushort>();
        foreach (int p in options.ServicePorts)
        {
            if (p is < 1 or > 65535)
            {
                throw new FormatException($"Balancer:ServicePorts holds {p}, not a TCP port.");
            }

            if (!ports.Contains((ushort)p))
            {
                ports.Add((ushort)p);
            }
        }

        if (options.Servers.Count == 0 || options.Servers.Count > 254)
        {
            throw new FormatException("Balancer:Servers must name from 1 to 254 servers.");
        }

        if (options.ClientPort == 0 || options.ClientPort > PortNo.Max.Value)
        {
            throw new FormatException($"Balancer:ClientPort {options.ClientPort} is not a switch port.");
        }

        // Group ids above OFPG_MAX are reserved (ALL, ANY).
        if (options.GroupId > GroupId.Max.Value)
        {
            throw new FormatException($"Balancer:GroupId {options.GroupId} is a reserved group id.");
        }

        if (!(options.WeightChangeRatio >= 0))
        {
            throw new FormatException($"Balancer:WeightChangeRatio {options.WeightChangeRatio.ToString(CultureInfo.InvariantCulture)} is not a fraction >= 0.");
        }

        try
        {
            options.Probe.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new FormatException(ex.Message, ex);
        }

        return new BalancerSettings(options)
        {
            Mode = mode,
            Policy = policy,
            Refuse = refuse,
            RemoveFlowsOfDownServer = remove,
            ClientPort = new PortNo(options.ClientPort),
            Vip = ParseIp(options.Vip, "Balancer:Vip"),
            VipMac = ParseMac(options.VipMac, "Balancer:VipMac"),
            Gateway = ParseIp(options.Gateway, "Balancer:Gateway"),
            GatewayMac = ParseMac(options.GatewayMac, "Balancer:GatewayMac"),
            ServicePorts = ports,
            GroupId = new GroupId(options.GroupId),
            WeightChangeRatio = options.WeightChangeRatio,
        };
    }

    /// <summary>Creates the backends of the configured servers.</summary>
    /// <param name="distinctAddresses">
    /// Whether every server must have its own address (NAPT); MacBalance's servers all hold the VIP.
    /// </param>
    /// <returns>One backend per server, in configuration order.</returns>
    /// <exception cref="FormatException">A server's address or port is malformed, or two servers clash.</exception>
    public IReadOnlyList<Backend> CreateBackends(bool distinctAddresses = true)
    {
        var list = new List<Backend>();
        for (int i = 0; i < Options.Servers.Count; i++)
        {
            var backend = new Backend(i, Options.Servers[i], Options.Probe);
            foreach (Backend other in list)
            {
                if (distinctAddresses && other.Ip == backend.Ip)
                {
                    throw new FormatException($"Balancer:Servers {other.Name} and {backend.Name} share the address {backend.Ip}.");
                }

                if (other.Mac == backend.Mac)
                {
                    throw new FormatException($"Balancer:Servers {other.Name} and {backend.Name} share the MAC address {backend.Mac}.");
                }
            }

            if (backend.SwitchPort == ClientPort)
            {
                throw new FormatException($"Balancer:Servers:{i.ToString(CultureInfo.InvariantCulture)}:SwitchPort is the client port.");
            }

            list.Add(backend);
        }

        return list;
    }

    private static Ipv4Address ParseIp(string text, string key) =>
        Ipv4Address.TryParse(text, out Ipv4Address ip) ? ip : throw new FormatException($"{key} '{text}' is not an IPv4 address.");

    private static MacAddress ParseMac(string text, string key) =>
        MacAddress.TryParse(text, out MacAddress mac) ? mac : throw new FormatException($"{key} '{text}' is not a MAC address.");
}
