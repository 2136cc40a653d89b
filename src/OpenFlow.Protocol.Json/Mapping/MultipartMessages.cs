namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>Ryu classes of the multipart requests and replies (<c>OFP*StatsRequest</c>, <c>OFP*StatsReply</c>).</summary>
internal static class MultipartMessages
{
    public static void Register()
    {
    }
}
