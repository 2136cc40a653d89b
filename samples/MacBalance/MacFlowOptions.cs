namespace OpenFlow.Samples.MacBalance;

/// <summary>MacBalance's flow settings (<c>Balancer:Flows:*</c>).</summary>
public sealed class MacFlowOptions
{
    /// <summary>
    /// Reactive mode: idle timeout of a connection's two flows, in seconds. The switch removes them after this long
    /// without packets and reports it, which ends the connection's count.
    /// </summary>
    public int IdleTimeoutSeconds { get; set; } = 30;
}
