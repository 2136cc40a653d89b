using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Tests.Ovs;

/// <summary>
/// A throw-away Open vSwitch lab (see shared/notes/ovs-lab.md): namespace <c>P-sw</c> runs ovs-vswitchd (userspace
/// datapath, OpenFlow 1.3 only, fail_mode=secure, fixed datapath id) with bridge br0, and the controller under test
/// listens on that namespace's loopback; hosts <c>P-h1</c> and <c>P-h2</c> are joined to br0 by veth pairs (ports 1
/// and 2). ovsdb-server and the run directory live under /tmp/P. Every name carries the test process id, so labs of
/// concurrent runs never meet, and a lab left behind by a process that died is removed by the next one.
/// Traffic stays inside the lab's namespaces.
/// </summary>
public sealed partial class OvsLab : IDisposable
{
    public const string Bridge = "br0";
    public const string Prefix = "ofct-";

    private static int s_counter;

    private readonly Dictionary<string, string> _environment;
    private bool _disposed;

    private OvsLab(string name, DatapathId datapathId)
    {
        Name = name;
        DatapathId = datapathId;
        RunDirectory = Path.Combine("/tmp", name);
        _environment = new Dictionary<string, string>
        {
            ["OVS_RUNDIR"] = RunDirectory,
            ["OVS_LOGDIR"] = RunDirectory,
            ["OVS_DBDIR"] = RunDirectory,
        };
    }

    public string Name { get; }

    public DatapathId DatapathId { get; }

    public string RunDirectory { get; }

    public string SwitchNamespace => Name + "-sw";

    public string Database => "unix:" + Path.Combine(RunDirectory, "db.sock");

    public string Management => "unix:" + Path.Combine(RunDirectory, Bridge + ".mgmt");

    /// <summary>The host namespaces: index 1 and 2.</summary>
    public string HostNamespace(int host) => Name + "-h" + host.ToString(CultureInfo.InvariantCulture);

    public static MacAddress HostMac(int host) => new(0x02_00_00_00_00_00UL | (uint)host);

    public static Ipv4Address HostIp(int host) => Ipv4Address.Parse("10.0.0." + host.ToString(CultureInfo.InvariantCulture));

    /// <summary>Builds the lab (skips or fails the test when Open vSwitch is missing; see <see cref="HostRequirements"/>).</summary>
    public static OvsLab Start()
    {
        HostRequirements.RequireOvsLab();
        RemoveOrphans();
        int number = Interlocked.Increment(ref s_counter);
        string name = Prefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + number.ToString(CultureInfo.InvariantCulture);
        var lab = new OvsLab(name, new DatapathId(0x0000_0f0f_0000_0000UL | (uint)number));
        try
        {
            lab.Build();
            return lab;
        }
        catch
        {
            lab.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="action"/> (typically: start the controller's listener) inside the switch namespace.</summary>
    public T InSwitchNamespace<T>(Func<T> action) => NetworkNamespace.Run(SwitchNamespace, action);

    /// <summary>Points br0 at a controller target (<c>tcp:127.0.0.1:PORT</c>, <c>ssl:127.0.0.1:PORT</c>).</summary>
    public void SetController(string target) => Vsctl("set-controller", Bridge, target);

    /// <summary>Sets the switch's own key, certificate and the CA that the controller's certificate must chain to.</summary>
    public void SetSsl(string privateKey, string certificate, string caCertificate) => Vsctl("set-ssl", privateKey, certificate, caCertificate);

    /// <summary><c>ovs-ofctl -O OpenFlow13 dump-flows</c>, one flow per line, without statistics and with port numbers.</summary>
    public string[] DumpFlows() => Ofctl("dump-flows", "--no-stats", "--no-names", Management)
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs a program inside a host namespace.</summary>
    public CommandResult InHost(int host, string program, params string[] arguments) =>
        Command.Run("ip", new[] { "netns", "exec", HostNamespace(host), program }.Concat(arguments), timeoutMs: 5000);

    /// <summary>Pings from one host to the other once, waiting at most <paramref name="waitSeconds"/> for the answer.</summary>
    public CommandResult Ping(int from, int to, double waitSeconds = 0.5) =>
        InHost(from, "ping", "-n", "-c1", "-W", waitSeconds.ToString(CultureInfo.InvariantCulture), HostIp(to).ToString());

    /// <summary>The vswitchd log (for assertion messages).</summary>
    public string SwitchLog()
    {
        string path = Path.Combine(RunDirectory, "ovs-vswitchd.log");
        return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    }

    /// <summary>Tears everything down; safe to call twice and after a half-built lab.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        TearDown(Name);
    }

    private void Build()
    {
        Directory.CreateDirectory(RunDirectory);
        foreach (string ns in new[] { SwitchNamespace, HostNamespace(1), HostNamespace(2) })
        {
            Ip("netns", "add", ns);
            Ip("-n", ns, "link", "set", "lo", "up");
        }

        for (int host = 1; host <= 2; host++)
        {
            string h = HostNamespace(host);
            string port = "s" + host.ToString(CultureInfo.InvariantCulture);
            Ip("-n", h, "link", "add", "eth0", "type", "veth", "peer", "name", port, "netns", SwitchNamespace);
            Ip("-n", h, "link", "set", "eth0", "address", HostMac(host).ToString());
            Ip("-n", h, "addr", "add", HostIp(host) + "/24", "dev", "eth0");
            Ip("-n", h, "link", "set", "eth0", "up");
            Ip("-n", SwitchNamespace, "link", "set", port, "up");
            Command.Check("ip", new[] { "netns", "exec", h, "ethtool", "-K", "eth0", "tx", "off" });
        }

        string db = Path.Combine(RunDirectory, "conf.db");
        Command.Check("ovsdb-tool", new[] { "create", db, HostRequirements.OvsSchema }, _environment);
        Command.Check("ovsdb-server", new[]
        {
            db, "--remote=punix:" + Path.Combine(RunDirectory, "db.sock"), "--pidfile=" + Pidfile("ovsdb-server"),
            "--detach", "--log-file=" + Path.Combine(RunDirectory, "ovsdb-server.log"), "-vconsole:off",
        }, _environment);
        Command.Check("ovs-vsctl", new[] { "--db=" + Database, "--no-wait", "init" }, _environment);
        Command.Check("ip", new[]
        {
            "netns", "exec", SwitchNamespace, "ovs-vswitchd", Database, "--pidfile=" + Pidfile("ovs-vswitchd"),
            "--detach", "--log-file=" + Path.Combine(RunDirectory, "ovs-vswitchd.log"), "-vconsole:off",
        }, _environment);
        Vsctl(
            "add-br", Bridge,
            "--", "set", "bridge", Bridge, "datapath_type=netdev", "protocols=OpenFlow13", "fail_mode=secure",
            "other-config:datapath-id=" + DatapathId.Value.ToString("x16", CultureInfo.InvariantCulture),
            "--", "add-port", Bridge, "s1", "--", "set", "interface", "s1", "ofport_request=1",
            "--", "add-port", Bridge, "s2", "--", "set", "interface", "s2", "ofport_request=2");
    }

    private string Pidfile(string daemon) => Path.Combine(RunDirectory, daemon + ".pid");

    private void Vsctl(params string[] arguments) =>
        Command.Check("ovs-vsctl", new[] { "--db=" + Database, "--timeout=5" }.Concat(arguments), _environment);

    private string Ofctl(params string[] arguments) =>
        Command.Check("ovs-ofctl", new[] { "-O", "OpenFlow13" }.Concat(arguments), _environment, 5000);

    private static void Ip(params string[] arguments) => Command.Check("ip", arguments);

    /// <summary>Stops the daemons of lab <paramref name="name"/> by their pidfiles, deletes its namespaces and run directory.</summary>
    private static void TearDown(string name)
    {
        string dir = Path.Combine("/tmp", name);
        foreach (string daemon in new[] { "ovs-vswitchd", "ovsdb-server" })
        {
            StopDaemon(Path.Combine(dir, daemon + ".pid"), dir);
        }

        foreach (string suffix in new[] { "-sw", "-h1", "-h2" })
        {
            if (File.Exists("/run/netns/" + name + suffix))
            {
                Command.Run("ip", new[] { "netns", "del", name + suffix });
            }
        }

        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void StopDaemon(string pidfile, string dir)
    {
        try
        {
            if (!File.Exists(pidfile) || !int.TryParse(File.ReadAllText(pidfile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            {
                return;
            }

            // Only a process of this lab (its command line names the run directory), never a reused pid.
            string cmdline = Path.Combine("/proc", pid.ToString(CultureInfo.InvariantCulture), "cmdline");
            if (!File.Exists(cmdline) || !File.ReadAllText(cmdline).Contains(dir, StringComparison.Ordinal))
            {
                return;
            }

            using (var process = System.Diagnostics.Process.GetProcessById(pid))
            {
                process.Kill();
            }

            // Not our child, so Process.WaitForExit would only return at its timeout, and its parent (init) may reap
            // it late: wait until /proc shows it gone or a zombie.
            long deadline = Environment.TickCount64 + 2000;
            while (IsRunning(pid) && Environment.TickCount64 < deadline)
            {
                Thread.Sleep(5);
            }
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or InvalidOperationException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            // /proc/PID/stat: "PID (comm) S ..."; the state follows the last ')'.
            string stat = File.ReadAllText(Path.Combine("/proc", pid.ToString(CultureInfo.InvariantCulture), "stat"));
            int end = stat.LastIndexOf(')');
            return end > 0 && end + 2 < stat.Length && stat[end + 2] != 'Z' && stat[end + 2] != 'X';
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Removes the labs of test processes that are gone (a crashed or killed run).</summary>
    private static void RemoveOrphans()
    {
        if (!Directory.Exists("/run/netns"))
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFileSystemEntries("/run/netns", Prefix + "*").Concat(Directory.EnumerateDirectories("/tmp", Prefix + "*")))
        {
            Match match = LabName().Match(Path.GetFileName(path));
            if (match.Success && !Directory.Exists("/proc/" + match.Groups["pid"].Value))
            {
                names.Add(match.Groups["name"].Value);
            }
        }

        foreach (string name in names)
        {
            TearDown(name);
        }
    }

    [GeneratedRegex(@"^(?<name>ofct-(?<pid>\d+)-\d+)(-sw|-h1|-h2)?$")]
    private static partial Regex LabName();
}
