using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>
/// The cookies of NaptBalance's flows: <c>0x4e415054</c> ("NAPT") in the high 32 bits marks them as ours; then the
/// kind (4 bits), 4 zero bits, the server index (8 bits, 0xff for flows that belong to no server) and the NAPT port
/// (16 bits). A FLOW multipart request with <see cref="OursMask"/> finds every flow of ours after a restart.
/// </summary>
public static class NaptCookie
{
    /// <summary>"NAPT" in the high 32 bits.</summary>
    public const ulong Magic = 0x4e41_5054_0000_0000UL;

    /// <summary>Selects the magic.</summary>
    public const ulong OursMask = 0xffff_ffff_0000_0000UL;

    /// <summary>Selects the magic and the server index.</summary>
    public const ulong ServerMask = 0xffff_ffff_00ff_0000UL;

    /// <summary>Selects the magic, the kind and the server index.</summary>
    public const ulong KindMask = 0xffff_ffff_f0ff_0000UL;

    /// <summary>The server index of flows that belong to no server.</summary>
    public const int NoServer = 0xff;

    /// <summary>A client-to-server NAPT flow.</summary>
    public const int Forward = 1;

    /// <summary>A server-to-client NAPT flow.</summary>
    public const int Reverse = 2;

    /// <summary>
    /// The flows the balancer rebuilds from its configuration (table-miss, punts, drops, and the whole pipeline of the
    /// proactive and conntrack modes); the NAPT port bits hold the <see cref="OpenFlow.Balancing.BalancerMode"/> that
    /// wrote them. <see cref="InfrastructureCookie"/> under <see cref="KindMask"/> selects all of them, in every mode.
    /// </summary>
    public const int Infrastructure = 3;

    /// <summary>Builds a cookie.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="server">The server index or <see cref="NoServer"/>.</param>
    /// <param name="port">The NAPT port.</param>
    /// <returns>The cookie.</returns>
    public static Cookie Make(int kind, int server, ushort port) =>
        new(Magic | ((ulong)(kind & 0xf) << 28) | ((ulong)(server & 0xff) << 16) | port);

    /// <summary>The cookie that, with <see cref="KindMask"/>, selects every infrastructure flow (and is the reactive mode's).</summary>
    public static Cookie InfrastructureCookie => Make(Infrastructure, NoServer, 0);

    /// <summary>The cookie of the infrastructure and pipeline flows a mode writes (the mode in the low bits).</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The cookie.</returns>
    public static Cookie PipelineCookie(OpenFlow.Balancing.BalancerMode mode) => Make(Infrastructure, NoServer, (ushort)mode);

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

    /// <summary>The NAPT port in one of our cookies.</summary>
    /// <param name="cookie">The cookie.</param>
    /// <returns>The port.</returns>
    public static ushort PortOf(Cookie cookie) => (ushort)cookie.Value;
}
