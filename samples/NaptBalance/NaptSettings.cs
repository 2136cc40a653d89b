using System;
using System.Collections.Generic;
using System.Globalization;
using OpenFlow.Balancing;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>The checked, parsed form of <see cref="NaptBalanceOptions"/>.</summary>
public sealed class NaptSettings
{
    private NaptSettings(NaptBalanceOptions options)
    {
        Options = options;
    }

    /// <summary>The options this was parsed from.</summary>
    public NaptBalanceOptions Options { get; }

    /// <summary>The policy.</summary>
    public BalancingPolicy Policy { get; private init; }

    /// <summary>The client-facing switch port.</summary>
    public PortNo ClientPort { get; private init; }

    /// <summary>The virtual IP.</summary>
    public Ipv4Address Vip { get; private init; }

    /// <summary>The virtual IP's MAC.</summary>
    public MacAddress VipMac { get; private init; }

    /// <summary>The servers' gateway address.</summary>
    public Ipv4Address Gateway { get; private init; }

    /// <summary>The gateway's MAC.</summary>
    public MacAddress GatewayMac { get; private init; }

    /// <summary>The balanced TCP ports.</summary>
    public IReadOnlyList<ushort> ServicePorts { get; private init; } = Array.Empty<ushort>();

    /// <summary>What a refused connection gets.</summary>
    public RefusalAction Refuse { get; private init; }

    /// <summary>Whether a down server's flows are deleted (otherwise left to finish).</summary>
    public bool RemoveFlowsOfDownServer { get; private init; }

    /// <summary>First NAPT port.</summary>
    public ushort PortRangeStart { get; private init; }

    /// <summary>Last NAPT port.</summary>
    public ushort PortRangeEnd { get; private init; }

    /// <summary>Idle timeout of NAPT flows.</summary>
    public ushort IdleTimeoutSeconds { get; private init; }

    /// <summary>Port quarantine.</summary>
    public TimeSpan Quarantine { get; private init; }

    /// <summary>
    /// The most new connections per second this configuration sustains: every server has the whole port range, and
    /// a port is busy for at least the idle timeout plus the quarantine after its connection's last packet.
    /// </summary>
    public double SustainedConnectionsPerSecond =>
        (double)(PortRangeEnd - PortRangeStart + 1) * Options.Servers.Count / (IdleTimeoutSeconds + Quarantine.TotalSeconds);

    /// <summary>Checks and parses the options.</summary>
    /// <param name="options">The bound options.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="FormatException">A value is malformed or out of range (the message names the key).</exception>
    public static NaptSettings Parse(NaptBalanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.Equals(options.Mode, "reactive", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"Balancer:Mode '{options.Mode}' is not supported yet: only 'reactive' (proactive and conntrack come later).");
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

        NaptOptions napt = options.Napt;
        if (napt.PortRangeStart is < 1 or > 65535 || napt.PortRangeEnd < napt.PortRangeStart || napt.PortRangeEnd > 65535)
        {
            throw new FormatException($"Balancer:Napt:PortRangeStart..PortRangeEnd {napt.PortRangeStart}..{napt.PortRangeEnd} is not a port range.");
        }

        if (napt.IdleTimeoutSeconds is < 1 or > 65535)
        {
            throw new FormatException($"Balancer:Napt:IdleTimeoutSeconds {napt.IdleTimeoutSeconds} is not from 1 to 65535.");
        }

        if (napt.QuarantineSeconds < 0)
        {
            throw new FormatException($"Balancer:Napt:QuarantineSeconds {napt.QuarantineSeconds} is negative.");
        }

        if (options.ClientPort == 0 || options.ClientPort > PortNo.Max.Value)
        {
            throw new FormatException($"Balancer:ClientPort {options.ClientPort} is not a switch port.");
        }

        try
        {
            options.Probe.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new FormatException(ex.Message, ex);
        }

        return new NaptSettings(options)
        {
            Policy = policy,
            Refuse = refuse,
            RemoveFlowsOfDownServer = remove,
            ClientPort = new PortNo(options.ClientPort),
            Vip = ParseIp(options.Vip, "Balancer:Vip"),
            VipMac = ParseMac(options.VipMac, "Balancer:VipMac"),
            Gateway = ParseIp(options.Gateway, "Balancer:Gateway"),
            GatewayMac = ParseMac(options.GatewayMac, "Balancer:GatewayMac"),
            ServicePorts = ports,
            PortRangeStart = (ushort)napt.PortRangeStart,
            PortRangeEnd = (ushort)napt.PortRangeEnd,
            IdleTimeoutSeconds = (ushort)napt.IdleTimeoutSeconds,
            Quarantine = TimeSpan.FromSeconds(napt.QuarantineSeconds),
        };
    }

    /// <summary>Creates the backends of the configured servers.</summary>
    /// <returns>One backend per server, in configuration order.</returns>
    /// <exception cref="FormatException">A server's address or port is malformed, or two servers share an address.</exception>
    public IReadOnlyList<Backend> CreateBackends()
    {
        var list = new List<Backend>();
        for (int i = 0; i < Options.Servers.Count; i++)
        {
            var backend = new Backend(i, Options.Servers[i], Options.Probe);
            foreach (Backend other in list)
            {
                if (other.Ip == backend.Ip)
                {
                    throw new FormatException($"Balancer:Servers {other.Name} and {backend.Name} share the address {backend.Ip}.");
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
