using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>
/// Builds the design note's NAPT topology (or, in a subclass, another lab.sh topology) with lab/lab.sh under its own
/// prefix (so it never touches another lab) and tears it down at the end. Without Open vSwitch, root or ab the tests skip with the reason, except when CI=true: then they fail.
/// </summary>
public class LabFixture : IAsyncLifetime
{
    public LabFixture()
        : this("bt", null)
    {
    }

    /// <summary>A lab with its own prefix stem (the process id is appended) and, when given, a lab.sh topology (<c>-t</c>).</summary>
    protected LabFixture(string prefixStem, string? topology)
    {
        Prefix = prefixStem + (Environment.ProcessId % 10000).ToString(CultureInfo.InvariantCulture);
        Topology = topology;
        RepoRoot = FindRepoRoot();
        LabScript = Path.Combine(RepoRoot, "lab", "lab.sh");
    }

    public string Prefix { get; }

    /// <summary>The lab.sh topology (null: its default, the NAPT one).</summary>
    public string? Topology { get; }

    /// <summary>The lab's run directory (Open vSwitch's database, sockets and logs).</summary>
    public string RunDir => "/tmp/" + Prefix + "-lab";

    public string RepoRoot { get; }

    public string LabScript { get; }

    /// <summary>Why the lab cannot run here (null when it can).</summary>
    public string? Missing { get; private set; }

    public string? UpError { get; private set; }

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        var missing = new List<string>();
        foreach (string tool in new[] { "ovs-vswitchd", "ovsdb-server", "ovs-vsctl", "ovs-ofctl", "ip", "ethtool", "curl", "ab", "ping" })
        {
            if (!Sh.OnPath(tool))
            {
                missing.Add(tool);
            }
        }

        if (!string.Equals(Environment.UserName, "root", StringComparison.Ordinal) && Environment.GetEnvironmentVariable("USER") != "root" && !IsRoot())
        {
            missing.Add("root (network namespaces)");
        }

        if (missing.Count > 0)
        {
            Missing = "the lab needs " + string.Join(", ", missing) + " (scripts/install-deps.sh installs the packages)";
            return;
        }

        (int code, string output, string error) = Topology is null ? await Lab("up") : await Lab("-t", Topology, "up");
        if (code != 0)
        {
            UpError = $"lab.sh {(Topology is null ? string.Empty : "-t " + Topology + " ")}up failed: " + output + error;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Missing is null)
        {
            await Lab("down");
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Skips (or, in CI, fails) when the lab cannot run.</summary>
    public void Require()
    {
        if (Missing is not null)
        {
            if (InCi)
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

    /// <summary>Like <see cref="Require()"/>, and also fails (CI) or skips when one of <paramref name="tools"/> is missing.</summary>
    public void Require(params string[] tools)
    {
        Require();
        foreach (string tool in tools)
        {
            if (!Sh.OnPath(tool))
            {
                string why = "this test needs " + tool + " (scripts/install-deps.sh installs it)";
                if (InCi)
                {
                    Assert.Fail("CI=true and " + why);
                }

                Assert.Skip(why);
            }
        }
    }

    /// <summary>Runs a command in a server's namespace.</summary>
    public Task<(int Code, string Out, string Err)> Server(string server, params string[] command) => Exec(server, command);

    /// <summary>Runs a command in a lab role's namespace (<c>client</c>, <c>srv1</c>, <c>sw</c>, ...).</summary>
    public Task<(int Code, string Out, string Err)> Exec(string role, params string[] command)
    {
        var all = new List<string> { "exec", role };
        all.AddRange(command);
        return Lab(all.ToArray());
    }

    /// <summary>Runs ovs-appctl against the lab's ovs-vswitchd (e.g. <c>dpctl/flush-conntrack</c>).</summary>
    public Task<(int Code, string Out, string Err)> AppCtl(params string[] args)
    {
        var all = new List<string> { "exec", "sw", "env", "OVS_RUNDIR=" + RunDir, "ovs-appctl" };
        all.AddRange(args);
        return Lab(all.ToArray());
    }

    /// <summary>Runs lab.sh on this lab (<c>-t</c> may come first, before the command).</summary>
    public Task<(int Code, string Out, string Err)> Lab(params string[] args)
    {
        var all = new List<string> { LabScript, "-p", Prefix };
        all.AddRange(args);
        return Sh.RunAsync("bash", all.ToArray(), TimeSpan.FromSeconds(120));
    }

    /// <summary>Runs a command in the client's namespace.</summary>
    public Task<(int Code, string Out, string Err)> Client(params string[] command) => Exec("client", command);

    /// <summary>The NAPT flows (priority 1000) in the switch now.</summary>
    public async Task<List<string>> NaptFlowsAsync()
    {
        (_, string output, _) = await Lab("flows");
        var flows = new List<string>();
        foreach (string line in output.Split('\n'))
        {
            if (line.Contains("priority=1000,", StringComparison.Ordinal))
            {
                flows.Add(line.Trim());
            }
        }

        return flows;
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
