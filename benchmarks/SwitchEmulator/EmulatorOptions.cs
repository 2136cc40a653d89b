using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text.Json;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Benchmarks.SwitchEmulator;

/// <summary>How the emulator keeps PacketIns in flight.</summary>
internal enum RunMode
{
    /// <summary>K PacketIns in flight per switch (<c>--in-flight</c>).</summary>
    Throughput,

    /// <summary>One PacketIn in flight per switch: the round trip.</summary>
    Latency,
}

/// <summary>What the PacketIns carry.</summary>
internal enum WorkloadKind
{
    /// <summary>TCP SYNs from distinct client address/port pairs to the VIP (NaptBalance).</summary>
    Napt,

    /// <summary>Frames between random MACs (a learning switch).</summary>
    L2,
}

/// <summary>The command line.</summary>
internal sealed class EmulatorOptions
{
    public IPEndPoint Controller { get; private set; } = new(IPAddress.Loopback, 6653);

    public int Switches { get; private set; } = 1;

    public int Seconds { get; private set; } = 10;

    /// <summary>Seconds of load before the measured seconds: the controller's JIT tiers up, tables fill, pools cycle.</summary>
    public int WarmupSeconds { get; private set; } = 15;

    public RunMode Mode { get; private set; } = RunMode.Throughput;

    public WorkloadKind Workload { get; private set; } = WorkloadKind.Napt;

    public int InFlight { get; private set; } = 64;

    public bool Json { get; private set; }

    public bool SelfTest { get; private set; }

    /// <summary>How long an emulated NAPT connection lives: FLOW_REMOVED follows this long after a SEND_FLOW_REM FlowMod.</summary>
    public int LifetimeMs { get; private set; } = 50;

    /// <summary>A PacketIn unanswered this long is counted lost and its slot reused.</summary>
    public int TimeoutMs { get; private set; } = 1000;

    /// <summary>How long the controller must stay quiet after the handshake before PacketIns start.</summary>
    public int QuietMs { get; private set; } = 300;

    /// <summary>The learning-switch workload's MACs per switch.</summary>
    public int Macs { get; private set; } = 1000;

    /// <summary>The learning-switch workload's ports per switch.</summary>
    public int Ports { get; private set; } = 4;

    public ulong FirstDatapathId { get; private set; } = 0x0000_5e00_0000_0001;

    public Ipv4Address Vip { get; private set; } = Ipv4Address.Parse("10.10.10.1");

    public MacAddress VipMac { get; private set; } = MacAddress.Parse("02:00:0a:0a:0a:01");

    public ushort ServicePort { get; private set; } = 80;

    public uint ClientPort { get; private set; } = 1;

    public uint[] ServerPorts { get; private set; } = [2, 3];

    public string? NaptConfig { get; private set; }

    public static string Usage =>
        """
        dotnet run -c Release --project benchmarks/SwitchEmulator -- [options]
          --controller HOST:PORT   loopback controller to drive (127.0.0.1:6653)
          --switches N             emulated switches, 1-256 (1)
          --seconds S              measured seconds, 1-3600 (10)
          --warmup S               seconds of load before measuring, not counted, 0-600 (15)
          --mode throughput|latency  K PacketIns in flight per switch, or one (throughput)
          --in-flight K            throughput window per switch, 1-65536 (64)
          --workload napt|l2       TCP SYNs to the VIP, or frames between random MACs (napt)
          --napt-config FILE       NaptBalance settings to read VIP, port and switch ports from
                                   (samples/NaptBalance/appsettings.json when found)
          --lifetime-ms MS         an emulated connection's life; then FLOW_REMOVED for its SEND_FLOW_REM flows (50)
          --timeout-ms MS          a PacketIn unanswered this long is lost (1000)
          --quiet-ms MS            start once the controller is quiet this long after the handshake (300)
          --macs M --ports P       l2 workload: MACs and ports per switch (1000, 4)
          --json                   print one JSON object with the totals at the end (per-second lines go to stderr)
          --self-test              check the histogram and the frames, then exit
        """;

    public static EmulatorOptions Parse(string[] args)
    {
        var o = new EmulatorOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{a} needs a value");
            int NextInt(int min, int max)
            {
                string text = Next();
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v >= min && v <= max
                    ? v
                    : throw new ArgumentException($"{a} takes a number from {min} to {max}, not '{text}'");
            }

            switch (a)
            {
                case "--controller": o.Controller = ParseEndPoint(Next()); break;
                case "--switches": o.Switches = NextInt(1, 256); break;
                case "--seconds": o.Seconds = NextInt(1, 3600); break;
                case "--warmup": o.WarmupSeconds = NextInt(0, 600); break;
                case "--in-flight": o.InFlight = NextInt(1, 65536); break;
                case "--lifetime-ms": o.LifetimeMs = NextInt(0, 3_600_000); break;
                case "--timeout-ms": o.TimeoutMs = NextInt(10, 60_000); break;
                case "--quiet-ms": o.QuietMs = NextInt(0, 60_000); break;
                case "--macs": o.Macs = NextInt(2, 1 << 20); break;
                case "--ports": o.Ports = NextInt(2, 1024); break;
                case "--napt-config": o.NaptConfig = Next(); break;
                case "--json": o.Json = true; break;
                case "--self-test": o.SelfTest = true; break;
                case "--mode":
                    o.Mode = Next() switch
                    {
                        "throughput" => RunMode.Throughput,
                        "latency" => RunMode.Latency,
                        var m => throw new ArgumentException($"--mode is throughput or latency, not '{m}'"),
                    };
                    break;
                case "--workload":
                    o.Workload = Next() switch
                    {
                        "napt" => WorkloadKind.Napt,
                        "l2" => WorkloadKind.L2,
                        var w => throw new ArgumentException($"--workload is napt or l2, not '{w}'"),
                    };
                    break;
                case "-h" or "--help": throw new ArgumentException(string.Empty);
                default: throw new ArgumentException($"unknown option '{a}'");
            }
        }

        if (o.Mode == RunMode.Latency)
        {
            o.InFlight = 1;
        }

        string? config = o.NaptConfig ?? FindDefaultNaptConfig();
        if (config is not null)
        {
            o.ReadNaptConfig(config);
        }

        return o;
    }

    private static IPEndPoint ParseEndPoint(string text)
    {
        if (!IPEndPoint.TryParse(text, out IPEndPoint? endPoint))
        {
            IPAddress[] addresses = text.StartsWith("localhost:", StringComparison.Ordinal) ? [IPAddress.Loopback] : [];
            if (addresses.Length == 0 || !ushort.TryParse(text.AsSpan(10), out ushort port))
            {
                throw new ArgumentException($"--controller takes HOST:PORT, not '{text}'");
            }

            endPoint = new IPEndPoint(addresses[0], port);
        }

        if (endPoint.Port == 0)
        {
            endPoint.Port = 6653;
        }

        // A benchmark tool that opens hundreds of connections at full speed stays on this machine.
        return IPAddress.IsLoopback(endPoint.Address) ? endPoint : throw new ArgumentException("--controller must be a loopback address");
    }

    private static string? FindDefaultNaptConfig()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "samples", "NaptBalance", "appsettings.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        string cwd = Path.Combine(Directory.GetCurrentDirectory(), "samples", "NaptBalance", "appsettings.json");
        return File.Exists(cwd) ? cwd : null;
    }

    /// <summary>Reads Balancer:Vip, VipMac, ServicePorts[0], ClientPort and Servers[].SwitchPort.</summary>
    private void ReadNaptConfig(string path)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!doc.RootElement.TryGetProperty("Balancer", out JsonElement b))
        {
            return;
        }

        if (b.TryGetProperty(nameof(Vip), out JsonElement vip))
        {
            Vip = Ipv4Address.Parse(vip.GetString()!);
        }

        if (b.TryGetProperty(nameof(VipMac), out JsonElement vipMac))
        {
            VipMac = MacAddress.Parse(vipMac.GetString()!);
        }

        if (b.TryGetProperty(nameof(ClientPort), out JsonElement clientPort))
        {
            ClientPort = clientPort.GetUInt32();
        }

        if (b.TryGetProperty("ServicePorts", out JsonElement servicePorts) && servicePorts.GetArrayLength() > 0)
        {
            ServicePort = servicePorts[0].GetUInt16();
        }

        if (b.TryGetProperty("Servers", out JsonElement servers))
        {
            var ports = new uint[servers.GetArrayLength()];
            int n = 0;
            foreach (JsonElement server in servers.EnumerateArray())
            {
                ports[n++] = server.TryGetProperty("SwitchPort", out JsonElement p) ? p.GetUInt32() : 0;
            }

            ServerPorts = ports;
        }
    }
}
