using System;
using System.Text.Json.Nodes;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>The balancers' configurations for the lab tests: short probe interval (300 ms, fall 2, timeout 250 ms) and idle timeout.</summary>
internal static class BalancerTestConfig
{
    /// <summary>How long a stopped server may take to be noticed: Fall probes of the interval, the timeout, and a second for the switch.</summary>
    public static readonly TimeSpan Detection = TimeSpan.FromMilliseconds((300 * 2) + 250) + TimeSpan.FromSeconds(1);

    /// <summary>NaptBalance in a mode (<c>reactive</c>, <c>proactive</c>, <c>conntrack</c>): the rest from its appsettings.json.</summary>
    public static JsonObject Napt(string policy, string mode = "reactive") => new()
    {
        ["Balancer"] = new JsonObject
        {
            ["Mode"] = mode,
            ["Policy"] = policy,
            ["StatusIntervalSeconds"] = 1,
            ["Probe"] = new JsonObject { ["IntervalMs"] = 300, ["TimeoutMs"] = 250, ["Rise"] = 1, ["Fall"] = 2 },
            ["Napt"] = new JsonObject { ["IdleTimeoutSeconds"] = 3, ["QuarantineSeconds"] = 2 },
        },
    };

    /// <summary>
    /// MacBalance in a mode (<c>reactive</c>, <c>proactive</c>): every key the balancer reads, so no appsettings.json
    /// beside the program matters.
    /// </summary>
    public static JsonObject Mac(string mode, string policy) => new()
    {
        ["Balancer"] = new JsonObject
        {
            ["Mode"] = mode,
            ["Policy"] = policy,
            ["ClientPort"] = 1,
            ["Vip"] = "10.10.10.1",
            ["VipMac"] = "02:00:0a:0a:0a:01",
            ["Gateway"] = "10.10.10.10",
            ["GatewayMac"] = "02:00:0a:0a:0b:01",
            ["ServicePorts"] = new JsonArray(80),
            ["Refuse"] = "reset",
            ["DownServerFlows"] = "keep",
            ["StatusIntervalSeconds"] = 1,
            ["Servers"] = new JsonArray(
                new JsonObject { ["Name"] = "srv1", ["Ip"] = "10.10.10.1", ["Mac"] = "02:00:0a:0a:0b:0b", ["SwitchPort"] = 2, ["ProbeUrl"] = "http://10.10.13.11/" },
                new JsonObject { ["Name"] = "srv2", ["Ip"] = "10.10.10.1", ["Mac"] = "02:00:0a:0a:0b:0c", ["SwitchPort"] = 3, ["ProbeUrl"] = "http://10.10.13.12/" }),
            ["Probe"] = new JsonObject { ["IntervalMs"] = 300, ["TimeoutMs"] = 250, ["Rise"] = 1, ["Fall"] = 2 },
            ["Flows"] = new JsonObject { ["IdleTimeoutSeconds"] = 3 },
        },
    };
}
