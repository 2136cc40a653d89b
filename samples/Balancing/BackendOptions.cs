namespace OpenFlow.Balancing;

/// <summary>
/// One server as configured (<c>Balancer:Servers:N:Name</c>, <c>Ip</c>, <c>Mac</c>, <c>SwitchPort</c>, <c>ProbeUrl</c>).
/// </summary>
public sealed class BackendOptions
{
    /// <summary>A name for logs and metrics (<c>srv1</c>).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The server's data-plane IPv4 address (<c>10.10.11.11</c>).</summary>
    public string Ip { get; set; } = string.Empty;

    /// <summary>The server's MAC address on the data plane (<c>02:00:0a:0a:0b:0b</c>).</summary>
    public string Mac { get; set; } = string.Empty;

    /// <summary>The switch port the server is attached to.</summary>
    public uint SwitchPort { get; set; }

    /// <summary>
    /// The URL probed with HTTP HEAD over the management network (<c>http://10.10.13.11/</c>). Empty: the server is
    /// taken as up and has no response time (the design note's roundRobin setup has no management network).
    /// </summary>
    public string? ProbeUrl { get; set; }
}
