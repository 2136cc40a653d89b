using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Samples.MacBalance;

/// <summary>
/// The cookies of MacBalance's flows: <c>0x4d414342</c> ("MACB") in the high 32 bits, then the kind (4 bits, its top
/// bit set for per-connection flows), 4 zero bits, the server index (8 bits, 0xff for none) and 16 zero bits.
/// The base flows (table-miss, punts, drops, the select-group and return flows, the client-MAC flows) fall under
/// <see cref="BaseScope"/>/<see cref="ScopeMask"/>, which the reconciler owns; the reactive per-connection flows fall
/// under <see cref="ConnectionScope"/>/<see cref="ScopeMask"/>, which the engine reads back itself and the reconciler
/// never touches.
/// </summary>
public static class MacCookie
{
    /// <summary>"MACB" in the high 32 bits.</summary>
    public const ulong Magic = 0x4d41_4342_0000_0000UL;

    /// <summary>Selects the magic.</summary>
    public const ulong OursMask = 0xffff_ffff_0000_0000UL;

    /// <summary>Selects the magic and the per-connection bit.</summary>
    public const ulong ScopeMask = 0xffff_ffff_8000_0000UL;

    /// <summary>Selects the magic, the per-connection bit and the server index.</summary>
    public const ulong ServerMask = 0xffff_ffff_80ff_0000UL;

    /// <summary>The bit of per-connection flows.</summary>
    public const ulong ConnectionBit = 0x8000_0000UL;

    /// <summary>The server index of flows that belong to no server.</summary>
    public const int NoServer = 0xff;

    /// <summary>A table-miss, punt, drop, select-group or return flow.</summary>
    public const int Base = 1;

    /// <summary>A proactive return flow towards one client (its MAC learned from ARP).</summary>
    public const int Client = 2;

    /// <summary>A reactive client-to-server flow of one connection.</summary>
    public const int Forward = 9;

    /// <summary>A reactive server-to-client flow of one connection.</summary>
    public const int Reverse = 10;

    /// <summary>With <see cref="ScopeMask"/>: every base flow.</summary>
    public static Cookie BaseScope => new(Magic);

    /// <summary>With <see cref="ScopeMask"/>: every per-connection flow.</summary>
    public static Cookie ConnectionScope => new(Magic | ConnectionBit);

    /// <summary>Builds a cookie.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="server">The server index or <see cref="NoServer"/>.</param>
    /// <returns>The cookie.</returns>
    public static Cookie Make(int kind, int server) => new(Magic | ((ulong)(kind & 0xf) << 28) | ((ulong)(server & 0xff) << 16));

    /// <summary>Whether a cookie is one of ours.</summary>
    /// <param name="cookie">The cookie.</param>
    /// <returns>True when ours.</returns>
    public static bool IsOurs(Cookie cookie) => (cookie.Value & OursMask) == Magic;

    /// <summary>The kind of one of our cookies.</summary>
    /// <param name="cookie">The cookie.</param>
    /// <returns>The kind.</returns>
    public static int KindOf(Cookie cookie) => (int)((cookie.Value >> 28) & 0xf);

    /// <summary>The server index in one of our cookies.</summary>
    /// <param name="cookie">The cookie.</param>
    /// <returns>The index.</returns>
    public static int ServerOf(Cookie cookie) => (int)((cookie.Value >> 16) & 0xff);
}
