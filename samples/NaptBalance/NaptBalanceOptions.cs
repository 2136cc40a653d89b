using OpenFlow.Balancing;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>
/// The configuration section <c>Balancer</c> of NaptBalance: the keys both balancers share, plus the NAPT port pool.
/// </summary>
public sealed class NaptBalanceOptions : BalancerOptions
{
    /// <summary>The NAPT port pool and flow timeouts.</summary>
    public NaptOptions Napt { get; set; } = new();
}
