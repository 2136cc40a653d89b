using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller;

/// <summary>Facts about the controller runtime. The runtime itself (listener, handshake, request/reply, apps) grows here.</summary>
public static class OpenFlowControllerInfo
{
    /// <summary>The OpenFlow wire version the controller negotiates.</summary>
    public const byte WireVersion = OfpVersion.Of13;

    /// <summary>The IANA-assigned OpenFlow TCP port, the default listen port.</summary>
    public const int DefaultPort = 6653;
}
