namespace OpenFlow.Protocol.Json;

/// <summary>Names used by Ryu's JSON form of OpenFlow 1.3 messages.</summary>
public static class RyuJson
{
    /// <summary>The key Ryu uses for a message truncated before its end.</summary>
    public const string TruncatedMessage = "OFPTruncatedMessage";
}
