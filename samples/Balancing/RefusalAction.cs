namespace OpenFlow.Balancing;

/// <summary>What happens to a new connection that no server can take (<c>Balancer:Refuse</c>).</summary>
public enum RefusalAction
{
    /// <summary><c>reset</c>: the controller answers the SYN with a TCP RST (PacketOut), so the client fails at once.</summary>
    Reset,

    /// <summary><c>drop</c>: the SYN is dropped; the client retries and times out.</summary>
    Drop,
}
