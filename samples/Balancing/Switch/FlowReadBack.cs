using System;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Balancing.Switch;

/// <summary>
/// Reads a balancer's own flows back from a switch (every table), as a restarted controller does to rebuild the
/// connections whose flows outlived it.
/// </summary>
public static class FlowReadBack
{
    /// <summary>
    /// Requests the flows whose cookie is <paramref name="cookie"/> under <paramref name="cookieMask"/> and hands each
    /// one to <paramref name="adopt"/> as the reply's parts arrive (on the switch's read loop).
    /// </summary>
    /// <param name="connection">The switch.</param>
    /// <param name="cookie">The cookie bits that mark the balancer's flows.</param>
    /// <param name="cookieMask">The bits of <paramref name="cookie"/> that must match.</param>
    /// <param name="adopt">Takes one flow into the balancer's state.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>How many flows were handed to <paramref name="adopt"/>.</returns>
    public static async Task<int> ReadAsync(ISwitchConnection connection, Cookie cookie, Cookie cookieMask, FlowAdopter adopt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(adopt);
        var reader = new Reader(cookie.Value, cookieMask.Value, adopt);
        await connection.MultipartRequestAsync(
            (Cookie: cookie, Mask: cookieMask),
            static (ref OpenFlowWriter writer, in (Cookie Cookie, Cookie Mask) s, Xid xid) => writer.WriteFlowStatsRequest(xid, TableId.All, PortNo.Any, GroupId.Any, s.Cookie, s.Mask, ReadOnlySpan<OxmSpec>.Empty),
            reader.OnPart,
            cancellationToken).ConfigureAwait(false);
        return reader.Flows;
    }

    /// <summary>Collects the flows of one reply, part by part.</summary>
    private sealed class Reader
    {
        private readonly ulong _cookie;
        private readonly ulong _mask;
        private readonly FlowAdopter _adopt;

        public Reader(ulong cookie, ulong mask, FlowAdopter adopt)
        {
            _cookie = cookie;
            _mask = mask;
            _adopt = adopt;
        }

        public int Flows { get; private set; }

        public void OnPart(ReadOnlySpan<byte> part, bool last)
        {
            MultipartReplyView reply = MultipartReplyView.Read(part);
            if (reply.Type != OfpMultipartType.Flow)
            {
                return;
            }

            foreach (FlowStatsView flow in reply.GetFlowStats())
            {
                if ((flow.Cookie.Value & _mask) == _cookie)
                {
                    Flows++;
                    _adopt(flow);
                }
            }
        }
    }
}
