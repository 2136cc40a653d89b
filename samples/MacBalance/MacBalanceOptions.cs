using OpenFlow.Balancing;

namespace OpenFlow.Samples.MacBalance;

/// <summary>
/// The configuration section <c>Balancer</c> of MacBalance: the keys both balancers share (here <c>Gateway</c> is the
/// switch's server-side address, the servers' default gateway, and every server's <c>Ip</c> is the VIP), plus the
/// reactive flows' timeout.
/// </summary>
public sealed class MacBalanceOptions : BalancerOptions
{
    /// <summary>Creates the options with the design note's MacBalance gateway.</summary>
    public MacBalanceOptions()
    {
        Gateway = "10.10.10.10";
    }

    /// <summary>The reactive flows' settings.</summary>
    public MacFlowOptions Flows { get; set; } = new();
}
