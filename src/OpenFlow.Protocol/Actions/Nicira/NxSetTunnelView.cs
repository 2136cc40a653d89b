using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_SET_TUNNEL</c> (16 bytes, 32-bit id) and <c>NXAST_SET_TUNNEL64</c> (24 bytes, 64-bit id): set the tunnel id.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=2     | pad (2)       | tun_id (4)                    |
/// +---------------+---------------+-------------------------------+
/// | subtype=9     | pad (6)                                       |
/// |                         tun_id (8)                            |
/// +---------------------------------------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxSetTunnelView
{
    /// <summary>Minimum size of the action.</summary>
    public const int MinSize = 16;

    private const int TunnelId32Offset = 12;
    private const int TunnelId64Offset = 16;
    private const int Size64 = 24;


    private readonly ReadOnlySpan<byte> _action;

    private NxSetTunnelView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>Whether this is <c>NXAST_SET_TUNNEL64</c>.</summary>
    public bool Is64 => NxAction.U16(_action, NxAction.SubtypeOffset) == (ushort)NxActionSubtype.SetTunnel64;

    /// <summary>The tunnel id.</summary>
    public ulong TunnelId => Is64 ? NxAction.U64(_action, TunnelId64Offset) : NxAction.U32(_action, TunnelId32Offset);


    /// <summary>Reads an action as <c>NXAST_SET_TUNNEL</c> or <c>NXAST_SET_TUNNEL64</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxSetTunnelView view, out OpenFlowFormatError error)
    {
        view = default;
        bool wide = action.NiciraSubtype == (ushort)NxActionSubtype.SetTunnel64;
        if (!NxAction.Check(action, wide ? NxActionSubtype.SetTunnel64 : NxActionSubtype.SetTunnel, wide ? Size64 : MinSize, "NXAST_SET_TUNNEL is 16 bytes, NXAST_SET_TUNNEL64 24", out error))
        {
            return false;
        }

        view = new NxSetTunnelView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_SET_TUNNEL</c> or <c>NXAST_SET_TUNNEL64</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxSetTunnelView Read(in ActionView action)
    {
        if (!TryRead(action, out NxSetTunnelView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
