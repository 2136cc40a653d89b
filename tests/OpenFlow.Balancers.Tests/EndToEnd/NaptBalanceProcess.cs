using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>NaptBalance running as its own process in the lab's switch namespace, with its output kept.</summary>
internal sealed class NaptBalanceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly string _configFile;

    private NaptBalanceProcess(Process process, string configFile)
    {
        _process = process;
        _configFile = configFile;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public IEnumerable<string> Lines => _lines;

    /// <summary>The test configuration: short probe interval, idle timeout and quarantine.</summary>
    public static JsonObject TestConfig(string policy) => TestConfig(policy, "reactive");

    /// <summary>The test configuration of a mode (<c>reactive</c>, <c>proactive</c>, <c>conntrack</c>).</summary>
    public static JsonObject TestConfig(string policy, string mode) => new()
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

    public static NaptBalanceProcess Start(LabFixture lab, JsonObject config, params string[] extraArgs)
    {
        string configFile = Path.Combine(Path.GetTempPath(), $"napt-test-{Guid.NewGuid():N}.json");
        File.WriteAllText(configFile, config.ToJsonString());
        string dll = Path.Combine(AppContext.BaseDirectory, "NaptBalance.dll");
        var info = new ProcessStartInfo("ip")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in new[] { "netns", "exec", lab.Prefix + "-sw", Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", dll, "--config", configFile })
        {
            info.ArgumentList.Add(a);
        }

        foreach (string a in extraArgs)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_gcServer"] = "0";
        Process process = Process.Start(info) ?? throw new InvalidOperationException("NaptBalance did not start");
        return new NaptBalanceProcess(process, configFile);
    }

    /// <summary>Waits for an output line containing every one of <paramref name="parts"/>.</summary>
    public async Task<string> WaitForLineAsync(TimeSpan timeout, params string[] parts)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            foreach (string line in _lines)
            {
                if (Array.TrueForAll(parts, p => line.Contains(p, StringComparison.Ordinal)))
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

    /// <summary>Waits until a status line that appeared after now satisfies <paramref name="predicate"/>.</summary>
    public async Task<string> WaitForStatusAsync(TimeSpan timeout, Func<string, bool> predicate, string server)
    {
        int skip = _lines.Count;
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
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

        throw new TimeoutException($"No status line of {server} matched within {timeout}. Output tail:\n{string.Join('\n', _lines)}");
    }

    /// <summary>
    /// The controller's PacketIns since start (<c>packetins=N</c> of the status line <c>all</c>) from the first such line
    /// logged after this call.
    /// </summary>
    public async Task<long> NextPacketInsAsync(TimeSpan timeout)
    {
        string line = await WaitForStatusAsync(timeout, l => l.Contains(" packetins=", StringComparison.Ordinal), "all");
        int at = line.IndexOf(" packetins=", StringComparison.Ordinal) + " packetins=".Length;
        int end = at;
        while (end < line.Length && char.IsAsciiDigit(line[end]))
        {
            end++;
        }

        return long.Parse(line.AsSpan(at, end - at), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Kills the process at once (a crash, as far as the switch can tell).</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the host stops cleanly.
            using var term = Process.Start("kill", new[] { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }

        _process.Dispose();
        File.Delete(_configFile);
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
