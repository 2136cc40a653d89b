using System.Threading.Tasks;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>
/// The design note's MacBalance topology (<c>lab/lab.sh -t mac</c>: both servers hold 10.10.10.1, their gateway is
/// 10.10.10.10) under a prefix of its own ("mb" and the PID, apart from the NAPT lab's "bt").
/// </summary>
public sealed class MacLabFixture : LabFixture
{
    public MacLabFixture()
        : base("mb", "mac")
    {
    }

    /// <summary>
    /// Clears what an earlier test left: MacBalance's flows and groups, and the client's ARP cache (a proactive
    /// balancer learns the client from its ARP request for the VIP, which a warm cache would not send).
    /// </summary>
    public async Task ResetAsync()
    {
        await Lab("ofctl", "del-flows");
        await Lab("ofctl", "del-groups");
        await Client("ip", "neigh", "flush", "all");
    }
}
