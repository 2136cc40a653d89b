namespace OpenFlow.Balancing;

/// <summary>Health probing settings (<c>Balancer:Probe:IntervalMs</c>, <c>TimeoutMs</c>, <c>Rise</c>, <c>Fall</c>).</summary>
public sealed class ProbeOptions
{
    /// <summary>Time between two probes of one server, in milliseconds.</summary>
    public int IntervalMs { get; set; } = 1000;

    /// <summary>A probe that takes longer than this fails, in milliseconds.</summary>
    public int TimeoutMs { get; set; } = 800;

    /// <summary>Successes in a row that bring a down server up.</summary>
    public int Rise { get; set; } = 2;

    /// <summary>Failures in a row that take an up server down.</summary>
    public int Fall { get; set; } = 3;

    /// <summary>Weight of the newest response time in the moving average (0 to 1).</summary>
    public double SmoothingFactor { get; set; } = 0.3;

    /// <summary>How long it takes at most to notice a dead server: <see cref="IntervalMs"/> × <see cref="Fall"/> plus the timeout.</summary>
    public System.TimeSpan DetectionTime => System.TimeSpan.FromMilliseconds(((double)IntervalMs * Fall) + TimeoutMs);

    /// <summary>Checks the values.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (IntervalMs <= 0)
        {
            throw new System.ArgumentOutOfRangeException(nameof(IntervalMs), IntervalMs, "Balancer:Probe:IntervalMs must be positive.");
        }

        if (TimeoutMs <= 0)
        {
            throw new System.ArgumentOutOfRangeException(nameof(TimeoutMs), TimeoutMs, "Balancer:Probe:TimeoutMs must be positive.");
        }

        if (Rise < 1 || Fall < 1)
        {
            throw new System.ArgumentOutOfRangeException(nameof(Rise), "Balancer:Probe:Rise and Fall must be at least 1.");
        }

        if (SmoothingFactor is <= 0 or > 1)
        {
            throw new System.ArgumentOutOfRangeException(nameof(SmoothingFactor), SmoothingFactor, "Balancer:Probe:SmoothingFactor is in (0, 1].");
        }
    }
}
