using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace OpenFlow.Balancing;

/// <summary>
/// Probes every server that has a probe URL with HTTP HEAD at an interval, on its own tasks (never on a switch's read
/// loop), and feeds the results to <see cref="Backend.RecordProbe"/>. An answer with a status below 500 within the
/// timeout is a success. Each probe opens a new connection (<c>Connection: close</c>), so the measured time includes the
/// TCP handshake, as a client's would.
/// </summary>
public sealed partial class HealthProber : IAsyncDisposable
{
    private readonly IReadOnlyList<Backend> _backends;
    private readonly ProbeOptions _options;
    private readonly ILogger _logger;
    private readonly HttpClient _client;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = new();

    /// <summary>Creates a prober (call <see cref="Start"/>).</summary>
    /// <param name="backends">The servers.</param>
    /// <param name="options">Interval, timeout, rise and fall.</param>
    /// <param name="logger">Where state changes are logged.</param>
    /// <param name="handler">The HTTP handler (tests pass a fake one); a pooled-off socket handler when null.</param>
    public HealthProber(IReadOnlyList<Backend> backends, ProbeOptions options, ILogger logger, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(backends);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _backends = backends;
        _options = options;
        _logger = logger;
        handler ??= new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.Zero,
            ConnectTimeout = TimeSpan.FromMilliseconds(options.TimeoutMs),
            UseProxy = false,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Probes sent since start.</summary>
    public long ProbesSent => Interlocked.Read(ref _probesSent);

    private long _probesSent;
    private int _disposed;

    /// <summary>Starts one probing loop per server that has a probe URL.</summary>
    public void Start()
    {
        foreach (Backend backend in _backends)
        {
            if (backend.ProbeUri is not null)
            {
                _loops.Add(Task.Run(() => ProbeLoopAsync(backend, _stop.Token)));
            }
        }
    }

    /// <summary>Probes one server once and records the result.</summary>
    /// <param name="backend">The server (with a probe URL).</param>
    /// <param name="cancellationToken">Cancels the probe.</param>
    /// <returns>Whether the probe succeeded.</returns>
    public async Task<bool> ProbeOnceAsync(Backend backend, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (backend.ProbeUri is null)
        {
            return true;
        }

        Interlocked.Increment(ref _probesSent);
        long start = Stopwatch.GetTimestamp();
        bool success;
        string? failure = null;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(_options.TimeoutMs);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Head, backend.ProbeUri);
                request.Headers.ConnectionClose = true;
                using HttpResponseMessage response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                success = (int)response.StatusCode < 500;
                if (!success)
                {
                    failure = "HTTP " + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                success = false;
                failure = "timeout after " + _options.TimeoutMs.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ms";
            }
            catch (HttpRequestException ex)
            {
                success = false;
                failure = ex.Message;
            }
        }

        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        bool? changed = backend.RecordProbe(success, elapsed);
        if (changed is true)
        {
            LogUp(backend.Name, elapsed.TotalMilliseconds);
        }
        else if (changed is false)
        {
            LogDown(backend.Name, _options.Fall, failure ?? "failed");
        }

        return success;
    }

    /// <summary>Stops probing.</summary>
    /// <returns>A task that completes when every loop ended.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_loops).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _client.Dispose();
        _stop.Dispose();
    }

    private async Task ProbeLoopAsync(Backend backend, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(_options.IntervalMs));
        try
        {
            do
            {
                await ProbeOnceAsync(backend, stop).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Server {Server} is UP (probe {ElapsedMs:F1} ms)")]
    private partial void LogUp(string server, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Server {Server} is DOWN after {Fall} failed probes ({Reason})")]
    private partial void LogDown(string server, int fall, string reason);
}
