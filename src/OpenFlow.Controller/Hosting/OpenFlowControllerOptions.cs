using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace OpenFlow.Controller.Hosting;

/// <summary>
/// Settings of the controller runtime, bound from the configuration section <c>Controller</c>
/// (<c>Controller:Listen</c>, <c>Controller:EchoInterval</c>, <c>Controller:Tls:CertificatePath</c>, ...).
/// </summary>
public sealed class OpenFlowControllerOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Controller";

    private static readonly char[] Separators = { ',', ';', ' ' };

    /// <summary>
    /// The endpoints to listen on, separated by commas or semicolons: <c>127.0.0.1:6653</c>, <c>[::]:6653</c>,
    /// <c>0.0.0.0:6653,[::1]:6653</c>. Port 0 picks a free port (see <see cref="OpenFlowController.ListenEndPoints"/>).
    /// </summary>
    public string Listen { get; set; } = "127.0.0.1:" + OpenFlowControllerInfo.DefaultPort.ToString(CultureInfo.InvariantCulture);

    /// <summary>TLS settings; when <see cref="OpenFlowTlsOptions.IsEnabled"/> is false the listener speaks plain TCP.</summary>
    public OpenFlowTlsOptions Tls { get; set; } = new();

    /// <summary><c>miss_send_len</c> sent in SET_CONFIG: how many bytes of a table-miss packet the switch sends in a PacketIn.</summary>
    public ushort MissSendLength { get; set; } = 128;

    /// <summary>After this long without any message from a switch, the controller sends an ECHO_REQUEST.</summary>
    public TimeSpan EchoInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After this long without any message from a switch, the switch is dropped.</summary>
    public TimeSpan EchoTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The whole handshake (HELLO to the barrier after SET_CONFIG) must finish within this time.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages longer than this are a framing fault and close the connection (8 to 65,535).</summary>
    public int MaxMessageLength { get; set; } = ushort.MaxValue;

    /// <summary>
    /// Bytes queued for one switch before senders must wait (the output pipe's pause threshold). A switch that stops
    /// reading makes senders wait up to <see cref="SendStallTimeout"/>; then it is dropped. Queued bytes never exceed
    /// twice this limit: beyond that the switch is dropped at once.
    /// </summary>
    public int SendBufferLimitBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How long a sender waits for a switch that does not read before the switch is dropped.</summary>
    public TimeSpan SendStallTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Default timeout of a request awaiting its reply.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most bytes a multipart reply may add up to across its parts; more fails the request.</summary>
    public long MaxMultipartReplyBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How long all parts of a multipart reply may take to arrive.</summary>
    public TimeSpan MultipartTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>When set, every message in and out is recorded into this pcap file (Ethernet/IPv4/TCP frames, port 6653).</summary>
    public string? CapturePath { get; set; }

    /// <summary>Parses <see cref="Listen"/> into endpoints.</summary>
    /// <returns>The endpoints, at least one.</returns>
    /// <exception cref="FormatException">An entry is not <c>address:port</c>.</exception>
    public IReadOnlyList<IPEndPoint> GetListenEndPoints()
    {
        var result = new List<IPEndPoint>();
        foreach (string part in (Listen ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!IPEndPoint.TryParse(part.Trim(), out IPEndPoint? endPoint))
            {
                throw new FormatException($"Controller:Listen entry '{part}' is not an address:port such as 127.0.0.1:6653 or [::]:6653.");
            }

            if (endPoint.Port == 0 && !part.TrimEnd().EndsWith(":0", StringComparison.Ordinal))
            {
                endPoint.Port = OpenFlowControllerInfo.DefaultPort;
            }

            result.Add(endPoint);
        }

        if (result.Count == 0)
        {
            throw new FormatException("Controller:Listen names no endpoint.");
        }

        return result;
    }

    /// <summary>Checks that the values are usable.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (MaxMessageLength < 8 || MaxMessageLength > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxMessageLength), MaxMessageLength, "From 8 to 65535.");
        }

        if (SendBufferLimitBytes < MaxMessageLength)
        {
            throw new ArgumentOutOfRangeException(nameof(SendBufferLimitBytes), SendBufferLimitBytes, "At least MaxMessageLength.");
        }

        CheckPositive(EchoInterval, nameof(EchoInterval));
        CheckPositive(EchoTimeout, nameof(EchoTimeout));
        CheckPositive(HandshakeTimeout, nameof(HandshakeTimeout));
        CheckPositive(SendStallTimeout, nameof(SendStallTimeout));
        CheckPositive(RequestTimeout, nameof(RequestTimeout));
        CheckPositive(MultipartTimeout, nameof(MultipartTimeout));
        if (MaxMultipartReplyBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxMultipartReplyBytes), MaxMultipartReplyBytes, "Must be positive.");
        }

        _ = GetListenEndPoints();
    }

    /// <summary>
    /// Reads the options from a configuration section (the keys are the property names; times as <c>00:00:05</c>
    /// or as seconds such as <c>5</c> or <c>0.5</c>). Keys that are absent leave the current values.
    /// </summary>
    /// <param name="section">The <c>Controller</c> section.</param>
    public void Bind(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        Listen = section[nameof(Listen)] ?? Listen;
        MissSendLength = ReadUInt16(section, nameof(MissSendLength), MissSendLength);
        EchoInterval = ReadTime(section, nameof(EchoInterval), EchoInterval);
        EchoTimeout = ReadTime(section, nameof(EchoTimeout), EchoTimeout);
        HandshakeTimeout = ReadTime(section, nameof(HandshakeTimeout), HandshakeTimeout);
        MaxMessageLength = ReadInt32(section, nameof(MaxMessageLength), MaxMessageLength);
        SendBufferLimitBytes = ReadInt32(section, nameof(SendBufferLimitBytes), SendBufferLimitBytes);
        SendStallTimeout = ReadTime(section, nameof(SendStallTimeout), SendStallTimeout);
        RequestTimeout = ReadTime(section, nameof(RequestTimeout), RequestTimeout);
        MaxMultipartReplyBytes = section[nameof(MaxMultipartReplyBytes)] is { } mp ? long.Parse(mp, CultureInfo.InvariantCulture) : MaxMultipartReplyBytes;
        MultipartTimeout = ReadTime(section, nameof(MultipartTimeout), MultipartTimeout);
        CapturePath = section[nameof(CapturePath)] ?? CapturePath;
        IConfigurationSection tls = section.GetSection(nameof(Tls));
        Tls.CertificatePath = tls[nameof(OpenFlowTlsOptions.CertificatePath)] ?? Tls.CertificatePath;
        Tls.CertificatePassword = tls[nameof(OpenFlowTlsOptions.CertificatePassword)] ?? Tls.CertificatePassword;
        Tls.PrivateKeyPath = tls[nameof(OpenFlowTlsOptions.PrivateKeyPath)] ?? Tls.PrivateKeyPath;
        Tls.TrustedCaPath = tls[nameof(OpenFlowTlsOptions.TrustedCaPath)] ?? Tls.TrustedCaPath;
        if (tls[nameof(OpenFlowTlsOptions.RequireClientCertificate)] is { } require)
        {
            Tls.RequireClientCertificate = bool.Parse(require);
        }
    }

    private static void CheckPositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be positive.");
        }
    }

    private static ushort ReadUInt16(IConfiguration section, string key, ushort current) =>
        section[key] is { } text ? ushort.Parse(text, CultureInfo.InvariantCulture) : current;

    private static int ReadInt32(IConfiguration section, string key, int current) =>
        section[key] is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : current;

    private static TimeSpan ReadTime(IConfiguration section, string key, TimeSpan current)
    {
        string? text = section[key];
        if (text is null)
        {
            return current;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return TimeSpan.Parse(text, CultureInfo.InvariantCulture);
    }
}
