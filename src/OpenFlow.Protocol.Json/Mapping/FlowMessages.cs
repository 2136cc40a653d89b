namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>Ryu classes of the flow pipeline messages: packet-in, packet-out, flow-mod, flow-removed, port-status.</summary>
internal static class FlowMessages
{
    public static void Register()
    {
    }
}
