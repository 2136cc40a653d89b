using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>MacBalance running as its own process in the MAC lab's switch namespace, with its output kept.</summary>
internal sealed partial class MacBalanceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly string _configFile;

    private MacBalanceProcess(Process process, string configFile)
    {
        _process = process;
        _configFile = configFile;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public IEnumerable<string> Lines => _lines;

    public int LineCount => _lines.Count;

    /// <summary>
    /// The whole configuration (every key the balancer reads, so no appsettings.json beside the program matters),
    /// with a short probe interval and idle timeout.
    /// </summary>
    public static JsonObject TestConfig(string mode, string policy) => new()
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

    public static MacBalanceProcess Start(MacLabFixture lab, JsonObject config, params string[] extraArgs)
    {
        string configFile = Path.Combine(Path.GetTempPath(), $"mac-test-{Guid.NewGuid():N}.json");
        File.WriteAllText(configFile, config.ToJsonString());
        var info = new ProcessStartInfo("ip")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in new[] { "netns", "exec", lab.Prefix + "-sw", Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", Dll(lab), "--config", configFile })
        {
            info.ArgumentList.Add(a);
        }

        foreach (string a in extraArgs)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_gcServer"] = "0";
        Process process = Process.Start(info) ?? throw new InvalidOperationException("MacBalance did not start");
        return new MacBalanceProcess(process, configFile);
    }

    /// <summary>Waits for an output line containing every one of <paramref name="parts"/>.</summary>
    public async Task<string> WaitForLineAsync(TimeSpan timeout, params string[] parts) => await WaitForLineAfterAsync(0, timeout, parts);

    /// <summary>Waits for an output line after the first <paramref name="skip"/> lines containing every one of <paramref name="parts"/>.</summary>
    public async Task<string> WaitForLineAfterAsync(int skip, TimeSpan timeout, params string[] parts)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            int i = 0;
            foreach (string line in _lines)
            {
                if (i++ >= skip && Array.TrueForAll(parts, p => line.Contains(p, StringComparison.Ordinal)))
                {
                    return line;
                }
            }

            if (_process.HasExited)
            {
                break;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No line with '{string.Join("', '", parts)}' within {timeout}. Output:\n{string.Join('\n', _lines)}");
    }

    /// <summary>Waits until the switch is served and every server is up.</summary>
    public async Task WaitReadyAsync()
    {
        await WaitForLineAsync(TimeSpan.FromSeconds(30), "Serving switch");
        await WaitForLineAsync(TimeSpan.FromSeconds(15), "Server srv1 is UP");
        await WaitForLineAsync(TimeSpan.FromSeconds(15), "Server srv2 is UP");
    }

    /// <summary>Waits until a status line of <paramref name="server"/> that appeared after now satisfies <paramref name="predicate"/>.</summary>
    public async Task<string> WaitForStatusAsync(TimeSpan timeout, Func<string, bool> predicate, string server)
    {
        int skip = _lines.Count;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            int i = 0;
            string? last = null;
            foreach (string line in _lines)
            {
                if (i++ >= skip && line.Contains("status " + server, StringComparison.Ordinal))
                {
                    last = line;
                }
            }

            if (last is not null && predicate(last))
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No status line of {server} matched within {timeout}. Output:\n{string.Join('\n', _lines)}");
    }

    /// <summary>The PacketIn counts of the next whole-balancer status line printed after now.</summary>
    public async Task<PacketInCounts> NextPacketInCountsAsync()
    {
        string line = await WaitForStatusAsync(TimeSpan.FromSeconds(5), static _ => true, "all");
        Match m = CountsRegex().Match(line);
        if (!m.Success)
        {
            throw new FormatException("No PacketIn counts in: " + line);
        }

        long Get(int group) => long.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
        return new PacketInCounts(Get(1), Get(2), Get(3), Get(4));
    }

    /// <summary>Stops the process with SIGTERM (the host stops cleanly, the capture file is complete).</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            using var term = Process.Start("kill", new[] { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) });
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        File.Delete(_configFile);
    }

    /// <summary>
    /// MacBalance.dll from its own build output (beside its own appsettings.json), else the copy beside the tests
    /// (where appsettings.json is NaptBalance's; the test configuration names every key, so that is harmless).
    /// </summary>
    private static string Dll(MacLabFixture lab)
    {
        // .../tests/OpenFlow.Balancers.Tests/bin/<Configuration>/<tfm>/
        string tfmDir = AppContext.BaseDirectory.TrimEnd('/');
        string configuration = Path.GetFileName(Path.GetDirectoryName(tfmDir)) ?? "Release";
        string own = Path.Combine(lab.RepoRoot, "samples", "MacBalance", "bin", configuration, Path.GetFileName(tfmDir), "MacBalance.dll");
        return File.Exists(own) ? own : Path.Combine(AppContext.BaseDirectory, "MacBalance.dll");
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }

    [GeneratedRegex(@"packetins=(\d+) arp=(\d+) tcp=(\d+) other=(\d+)")]
    private static partial Regex CountsRegex();
}

/// <summary>The PacketIn counts of a status line: the controller runtime's total, then the app's by kind.</summary>
internal readonly record struct PacketInCounts(long Total, long Arp, long Tcp, long Other);
