using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Handshake;

/// <summary>OpenFlow version negotiation (OpenFlow 1.3.5 section 6.3.1): the controller speaks 1.3 only.</summary>
public static class HelloNegotiation
{
    /// <summary>The versions the controller offers in its HELLO bitmap.</summary>
    public static ReadOnlySpan<byte> OfferedVersions => new[] { OfpVersion.Of13 };

    /// <summary>
    /// Negotiates with a peer's HELLO: with a version bitmap, 1.3 must be in it; without one, the peer's header version
    /// must be at least 1.3 (the lower of both headers is then 1.3).
    /// </summary>
    /// <param name="hello">The peer's HELLO.</param>
    /// <param name="version">The negotiated version, when there is one.</param>
    /// <returns>Whether OpenFlow 1.3 was agreed.</returns>
    public static bool TryNegotiate(HelloView hello, out byte version)
    {
        bool ok = hello.TryGetVersionBitmap(out HelloElementView bitmap)
            ? bitmap.SupportsVersion(OfpVersion.Of13)
            : hello.Version >= OfpVersion.Of13;
        version = ok ? OfpVersion.Of13 : (byte)0;
        return ok;
    }
}
