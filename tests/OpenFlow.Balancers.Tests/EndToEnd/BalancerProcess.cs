using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>A balancer (NaptBalance or MacBalance) running as its own process in a lab's switch namespace, with its output kept.</summary>
internal sealed partial class BalancerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly string _configFile;

    private BalancerProcess(Process process, string configFile)
    {
        _process = process;
        _configFile = configFile;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public IEnumerable<string> Lines => _lines;

    /// <summary>How many output lines there are so far (for <see cref="WaitForLineAfterAsync"/>).</summary>
    public int LineCount => _lines.Count;

    /// <summary>
    /// Starts <paramref name="program"/> (<c>NaptBalance</c> or <c>MacBalance</c>) in the lab's switch namespace with
    /// <paramref name="config"/> as its <c>--config</c> file and <paramref name="extraArgs"/> after it.
    /// </summary>
    public static BalancerProcess Start(LabFixture lab, string program, JsonObject config, params string[] extraArgs)
    {
        string configFile = Path.Combine(Path.GetTempPath(), $"{program.ToLowerInvariant()}-test-{Guid.NewGuid():N}.json");
        File.WriteAllText(configFile, config.ToJsonString());
        string dll = Dll(lab, program);
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
        Process process = Process.Start(info) ?? throw new InvalidOperationException(program + " did not start");
        return new BalancerProcess(process, configFile);
    }

    /// <summary>Waits for an output line containing every one of <paramref name="parts"/>.</summary>
    public async Task<string> WaitForLineAsync(TimeSpan timeout, params string[] parts) => await WaitForLineAfterAsync(0, timeout, parts);

    /// <summary>Waits for an output line after the first <paramref name="skip"/> lines containing every one of <paramref name="parts"/>.</summary>
    public async Task<string> WaitForLineAfterAsync(int skip, TimeSpan timeout, params string[] parts)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
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

    /// <summary>Waits (failing the test after <paramref name="timeout"/>) for an output line ending with <paramref name="ending"/>.</summary>
    public async Task WaitForLineEndingAsync(TimeSpan timeout, string ending)
    {
        var clock = Stopwatch.StartNew();
        while (!_lines.Any(l => l.EndsWith(ending, StringComparison.Ordinal)))
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"No line ending with '{ending}' within {timeout}:\n{string.Join('\n', _lines.TakeLast(20))}");
            }

            await Task.Delay(50);
        }
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

        return long.Parse(line.AsSpan(at, end - at), CultureInfo.InvariantCulture);
    }

    /// <summary>The PacketIn counts of the next whole-balancer status line printed after now (MacBalance's: by kind too).</summary>
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

    /// <summary>Kills the process at once (a crash, as far as the switch can tell).</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>The smoothed response time (<c>rt=N.Nms</c>) of a server's status line; 0 when it has none yet.</summary>
    public static double ResponseTimeMs(string statusLine)
    {
        Match m = RtRegex().Match(statusLine);
        return m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Stops the process with SIGTERM (the host stops cleanly, a capture file is complete), killing it after 10 s.</summary>
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
    /// The program's dll from its own build output (beside its own appsettings.json), else the copy beside the tests
    /// (where appsettings.json is one of the two balancers'; the test configurations name every key that differs).
    /// </summary>
    private static string Dll(LabFixture lab, string program)
    {
        // .../tests/OpenFlow.Balancers.Tests/bin/<Configuration>/<tfm>/
        string tfmDir = AppContext.BaseDirectory.TrimEnd('/');
        string configuration = Path.GetFileName(Path.GetDirectoryName(tfmDir)) ?? "Release";
        string own = Path.Combine(lab.RepoRoot, "samples", program, "bin", configuration, Path.GetFileName(tfmDir), program + ".dll");
        return File.Exists(own) ? own : Path.Combine(AppContext.BaseDirectory, program + ".dll");
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }

    [GeneratedRegex(@"rt=([0-9.]+)ms")]
    private static partial Regex RtRegex();

    [GeneratedRegex(@"packetins=(\d+) arp=(\d+) tcp=(\d+) other=(\d+)")]
    private static partial Regex CountsRegex();
}
