using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>
/// Builds the design note's MacBalance topology (<c>lab/lab.sh -t mac</c>: both servers hold 10.10.10.1, their gateway
/// is 10.10.10.10) under a prefix of its own ("mb" and the PID, apart from the NAPT lab's "bt") and tears it down at the
/// end. Without Open vSwitch, root or ab the tests skip with the reason, except when CI=true: then they fail.
/// </summary>
public sealed class MacLabFixture : IAsyncLifetime
{
    public MacLabFixture()
    {
        Prefix = "mb" + (Environment.ProcessId % 10000).ToString(CultureInfo.InvariantCulture);
        RepoRoot = FindRepoRoot();
        LabScript = Path.Combine(RepoRoot, "lab", "lab.sh");
    }

    public string Prefix { get; }

    public string RepoRoot { get; }

    public string LabScript { get; }

    /// <summary>Why the lab cannot run here (null when it can).</summary>
    public string? Missing { get; private set; }

    public string? UpError { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var missing = new List<string>();
        foreach (string tool in new[] { "ovs-vswitchd", "ovsdb-server", "ovs-vsctl", "ovs-ofctl", "ip", "ethtool", "curl", "ab" })
        {
            if (!Sh.OnPath(tool))
            {
                missing.Add(tool);
            }
        }

        if (!IsRoot())
        {
            missing.Add("root (network namespaces)");
        }

        if (missing.Count > 0)
        {
            Missing = "the MAC lab needs " + string.Join(", ", missing) + " (scripts/install-deps.sh installs the packages)";
            return;
        }

        (int code, string output, string error) = await Lab("-t", "mac", "up");
        if (code != 0)
        {
            UpError = "lab.sh -t mac up failed: " + output + error;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Missing is null)
        {
            await Lab("down");
        }
    }

    /// <summary>Skips (or, in CI, fails) when the lab cannot run.</summary>
    public void Require()
    {
        if (Missing is not null)
        {
            if (LabFixture.InCi)
            {
                Assert.Fail("CI=true and " + Missing);
            }

            Assert.Skip(Missing);
        }

        if (UpError is not null)
        {
            Assert.Fail(UpError);
        }
    }

    /// <summary>Runs lab.sh on this lab (<c>-t</c> may come first, before the command).</summary>
    public Task<(int Code, string Out, string Err)> Lab(params string[] args)
    {
        var all = new List<string> { LabScript, "-p", Prefix };
        all.AddRange(args);
        return Sh.RunAsync("bash", all.ToArray(), TimeSpan.FromSeconds(120));
    }

    public Task<(int Code, string Out, string Err)> Exec(string role, params string[] command)
    {
        var all = new List<string> { "exec", role };
        all.AddRange(command);
        return Lab(all.ToArray());
    }

    /// <summary>
    /// Clears what an earlier test left: MacBalance's flows and groups, and the client's ARP cache (a proactive
    /// balancer learns the client from its ARP request for the VIP, which a warm cache would not send).
    /// </summary>
    public async Task ResetAsync()
    {
        await Lab("ofctl", "del-flows");
        await Lab("ofctl", "del-groups");
        await Exec("client", "ip", "neigh", "flush", "all");
    }

    /// <summary>Connections a server accepted so far (its namespace's TCP PassiveOpens; health probes count too).</summary>
    public async Task<long> PassiveOpensAsync(string server)
    {
        (_, string snmp, _) = await Exec(server, "cat", "/proc/net/snmp");
        string[]? names = null;
        foreach (string line in snmp.Split('\n'))
        {
            if (!line.StartsWith("Tcp:", StringComparison.Ordinal))
            {
                continue;
            }

            string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (names is null)
            {
                names = fields;
            }
            else
            {
                return long.Parse(fields[Array.IndexOf(names, "PassiveOpens")], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("No Tcp line in /proc/net/snmp of " + server);
    }

    private static bool IsRoot()
    {
        try
        {
            return File.ReadAllText("/proc/self/status").Contains("\nUid:\t0\t", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string FindRepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir, "lab", "lab.sh")))
            {
                return dir;
            }

            dir = Path.GetDirectoryName(dir.TrimEnd('/'));
        }

        throw new InvalidOperationException("lab/lab.sh not found above " + AppContext.BaseDirectory);
    }
}
