namespace OpenFlow.Samples.NaptBalance;

/// <summary>The NAPT port pool settings (<c>Balancer:Napt:*</c>).</summary>
public sealed class NaptOptions
{
    /// <summary>The first NAPT source port handed out (each server has the whole range).</summary>
    public int PortRangeStart { get; set; } = 20000;

    /// <summary>The last NAPT source port (inclusive).</summary>
    public int PortRangeEnd { get; set; } = 59999;

    /// <summary>Idle timeout of the NAPT flows, in seconds: the switch removes a connection's flows after this long without packets.</summary>
    public int IdleTimeoutSeconds { get; set; } = 30;

    /// <summary>How long a released port waits before reuse, in seconds; longer than TCP TIME_WAIT (60 s on Linux).</summary>
    public int QuarantineSeconds { get; set; } = 65;
}
