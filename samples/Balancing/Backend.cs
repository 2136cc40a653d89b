using System;
using System.Threading;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Balancing;

/// <summary>
/// One server at run time: its addresses, its health as the prober sees it, its smoothed response time and its
/// connection counts. Every member is safe to use from any thread.
/// </summary>
public sealed class Backend
{
    private readonly object _gate = new();
    private readonly int _rise;
    private readonly int _fall;
    private readonly double _alpha;
    private int _successes;
    private int _failures;
    private volatile bool _isUp;
    private double _smoothedMs = double.NaN;
    private long _active;
    private long _total;

    /// <summary>Creates a backend from its configuration.</summary>
    /// <param name="index">The position in the configuration (0-based).</param>
    /// <param name="options">The configured server.</param>
    /// <param name="probe">The probing settings.</param>
    /// <exception cref="FormatException">An address is malformed.</exception>
    public Backend(int index, BackendOptions options, ProbeOptions probe)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(probe);
        Index = index;
        Name = string.IsNullOrWhiteSpace(options.Name) ? "server" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : options.Name;
        Ip = Ipv4Address.TryParse(options.Ip, out Ipv4Address ip) ? ip : throw new FormatException($"Balancer:Servers:{index}:Ip '{options.Ip}' is not an IPv4 address.");
        Mac = MacAddress.TryParse(options.Mac, out MacAddress mac) ? mac : throw new FormatException($"Balancer:Servers:{index}:Mac '{options.Mac}' is not a MAC address.");
        if (options.SwitchPort == 0 || options.SwitchPort > PortNo.Max.Value)
        {
            throw new FormatException($"Balancer:Servers:{index}:SwitchPort {options.SwitchPort} is not a switch port number.");
        }

        SwitchPort = new PortNo(options.SwitchPort);
        if (!string.IsNullOrWhiteSpace(options.ProbeUrl))
        {
            ProbeUri = Uri.TryCreate(options.ProbeUrl, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? uri
                : throw new FormatException($"Balancer:Servers:{index}:ProbeUrl '{options.ProbeUrl}' is not an http(s) URL.");
        }

        _rise = probe.Rise;
        _fall = probe.Fall;
        _alpha = probe.SmoothingFactor;

        // Without a probe URL the server is taken as up. With one it starts down and comes up after Rise successes.
        _isUp = ProbeUri is null;
    }

    /// <summary>Raised (on the prober's thread) when the server goes up or down; the argument is the new state.</summary>
    public event Action<Backend, bool>? StateChanged;

    /// <summary>The position in the configuration (0-based).</summary>
    public int Index { get; }

    /// <summary>The name for logs and metrics.</summary>
    public string Name { get; }

    /// <summary>The data-plane IPv4 address.</summary>
    public Ipv4Address Ip { get; }

    /// <summary>The data-plane MAC address.</summary>
    public MacAddress Mac { get; }

    /// <summary>The switch port the server is on.</summary>
    public PortNo SwitchPort { get; }

    /// <summary>The probe URL (null: not probed, always up).</summary>
    public Uri? ProbeUri { get; }

    /// <summary>Whether the server takes new connections.</summary>
    public bool IsUp => _isUp;

    /// <summary>The smoothed probe response time in milliseconds (NaN until the first successful probe).</summary>
    public double SmoothedResponseMs
    {
        get
        {
            lock (_gate)
            {
                return _smoothedMs;
            }
        }
    }

    /// <summary>Connections that hold a mapping to this server now.</summary>
    public long ActiveConnections => Interlocked.Read(ref _active);

    /// <summary>Connections given to this server since start.</summary>
    public long TotalConnections => Interlocked.Read(ref _total);

    /// <summary>Counts a connection given to this server.</summary>
    public void ConnectionOpened()
    {
        Interlocked.Increment(ref _active);
        Interlocked.Increment(ref _total);
    }

    /// <summary>Counts a connection that existed before this process started (rebuilt from the switch).</summary>
    public void ConnectionAdopted() => Interlocked.Increment(ref _active);

    /// <summary>Counts a connection that ended.</summary>
    public void ConnectionClosed()
    {
        if (Interlocked.Decrement(ref _active) < 0)
        {
            Interlocked.Exchange(ref _active, 0);
        }
    }

    /// <summary>Records a probe result and applies the rise/fall rules.</summary>
    /// <param name="success">Whether the probe got an HTTP answer below 500 within the timeout.</param>
    /// <param name="elapsed">How long it took.</param>
    /// <returns>The new state when it changed, otherwise null.</returns>
    public bool? RecordProbe(bool success, TimeSpan elapsed)
    {
        bool? changed = null;
        lock (_gate)
        {
            if (success)
            {
                double ms = elapsed.TotalMilliseconds;
                _smoothedMs = double.IsNaN(_smoothedMs) ? ms : (_alpha * ms) + ((1 - _alpha) * _smoothedMs);
                _failures = 0;
                _successes++;
                if (!_isUp && _successes >= _rise)
                {
                    _isUp = true;
                    changed = true;
                }
            }
            else
            {
                _successes = 0;
                _failures++;
                if (_isUp && _failures >= _fall)
                {
                    _isUp = false;
                    changed = false;
                }
            }
        }

        if (changed is { } state)
        {
            StateChanged?.Invoke(this, state);
        }

        return changed;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Ip}, {Mac}, port {SwitchPort.Value})";
}
