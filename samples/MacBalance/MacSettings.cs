using System;
using System.Globalization;
using OpenFlow.Balancing;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Samples.MacBalance;

/// <summary>The checked, parsed form of <see cref="MacBalanceOptions"/>.</summary>
public sealed class MacSettings : BalancerSettings
{
    private MacSettings(BalancerSettings common, MacBalanceOptions options)
        : base(common)
    {
        Options = options;
    }

    /// <summary>The options this was parsed from.</summary>
    public new MacBalanceOptions Options { get; }

    /// <summary>Idle timeout of the reactive connection flows, in seconds.</summary>
    public ushort IdleTimeoutSeconds { get; private init; }

    /// <summary>Checks and parses the options.</summary>
    /// <param name="options">The bound options.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="FormatException">A value is malformed or out of range (the message names the key).</exception>
    public static MacSettings Parse(MacBalanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        BalancerSettings common = BalancerSettings.Parse(options, BalancerMode.Reactive, BalancerMode.Proactive);
        if (common.Gateway == common.Vip)
        {
            throw new FormatException($"Balancer:Gateway {common.Gateway} is the VIP; it must be the switch's own server-side address.");
        }

        if (common.GatewayMac == common.VipMac)
        {
            throw new FormatException("Balancer:GatewayMac and Balancer:VipMac must differ: the servers and the client see different sides of the switch.");
        }

        for (int i = 0; i < options.Servers.Count; i++)
        {
            // The switch rewrites MAC addresses only: a server gets packets addressed to the VIP and must hold it.
            if (Ipv4Address.TryParse(options.Servers[i].Ip, out Ipv4Address ip) && ip != common.Vip)
            {
                throw new FormatException($"Balancer:Servers:{i.ToString(CultureInfo.InvariantCulture)}:Ip '{options.Servers[i].Ip}' is not the VIP {options.Vip}: MacBalance's servers hold the service address themselves.");
            }
        }

        if (options.Flows.IdleTimeoutSeconds is < 1 or > 65535)
        {
            throw new FormatException($"Balancer:Flows:IdleTimeoutSeconds {options.Flows.IdleTimeoutSeconds} is not from 1 to 65535.");
        }

        return new MacSettings(common, options) { IdleTimeoutSeconds = (ushort)options.Flows.IdleTimeoutSeconds };
    }
}
