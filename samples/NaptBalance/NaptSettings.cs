using System;
using OpenFlow.Balancing;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>The checked, parsed form of <see cref="NaptBalanceOptions"/>: the shared settings plus the NAPT port pool.</summary>
public sealed class NaptSettings : BalancerSettings
{
    private NaptSettings(BalancerSettings common, NaptBalanceOptions options)
        : base(common)
    {
        Options = options;
    }

    /// <summary>The options this was parsed from.</summary>
    public new NaptBalanceOptions Options { get; }

    /// <summary>First NAPT port (reactive: the pool of each server; conntrack: the low end of the SNAT range).</summary>
    public ushort PortRangeStart { get; private init; }

    /// <summary>Last NAPT port (reactive: the pool of each server; conntrack: the high end of the SNAT range).</summary>
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
        BalancerSettings common = BalancerSettings.Parse(options, BalancerMode.Reactive, BalancerMode.Proactive, BalancerMode.Conntrack);
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

        return new NaptSettings(common, options)
        {
            PortRangeStart = (ushort)napt.PortRangeStart,
            PortRangeEnd = (ushort)napt.PortRangeEnd,
            IdleTimeoutSeconds = (ushort)napt.IdleTimeoutSeconds,
            Quarantine = TimeSpan.FromSeconds(napt.QuarantineSeconds),
        };
    }
}
