using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>
/// Builds the design note's topology with lab/lab.sh under its own prefix (so it never touches another lab) and tears
/// it down at the end. Without Open vSwitch, root or ab the tests skip with the reason, except when CI=true: then they fail.
/// </summary>
public sealed class LabFixture : IAsyncLifetime
{
    public LabFixture()
    {
        Prefix = "bt" + (Environment.ProcessId % 10000).ToString(CultureInfo.InvariantCulture);
        RepoRoot = FindRepoRoot();
        LabScript = Path.Combine(RepoRoot, "lab", "lab.sh");
    }

    public string Prefix { get; }

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
            Missing = "the NAPT lab needs " + string.Join(", ", missing) + " (scripts/install-deps.sh installs the packages)";
            return;
        }

        (int code, string output, string error) = await Lab("up");
        if (code != 0)
        {
            UpError = "lab.sh up failed: " + output + error;
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

    public Task<(int Code, string Out, string Err)> Lab(params string[] args)
    {
        var all = new List<string> { LabScript, "-p", Prefix };
        all.AddRange(args);
        return Sh.RunAsync("bash", all.ToArray(), TimeSpan.FromSeconds(120));
    }

    public Task<(int Code, string Out, string Err)> Client(params string[] command)
    {
        var all = new List<string> { "exec", "client" };
        all.AddRange(command);
        return Lab(all.ToArray());
    }

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
