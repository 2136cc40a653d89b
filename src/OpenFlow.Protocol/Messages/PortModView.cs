using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_PORT_MOD</c> (<c>struct ofp_port_mod</c>, 40 bytes).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 16   |          length = 40          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            port_no                            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              pad                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                       hw_addr (6 bytes)                       |
/// +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                               |             pad2              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                             config                            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              mask                             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           advertise                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              pad3                             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct PortModView
{
    /// <summary>Size of <c>ofp_port_mod</c>.</summary>
    public const int Size = 40;

    private const int PortNoOffset = 8;
    private const int HwAddrOffset = 16;
    private const int ConfigOffset = 24;
    private const int MaskOffset = 28;
    private const int AdvertiseOffset = 32;

    private readonly ReadOnlySpan<byte> _message;

    private PortModView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The port to modify.</summary>
    public PortNo PortNo => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(PortNoOffset)));

    /// <summary>The port's hardware address, which must match that of the port (a sanity check).</summary>
    public MacAddress HwAddr => MacAddress.Read(_message.Slice(HwAddrOffset));

    /// <summary>The new values of the configuration bits selected by <see cref="Mask"/>.</summary>
    public OfpPortConfig Config => (OfpPortConfig)BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(ConfigOffset));

    /// <summary>Which configuration bits to change.</summary>
    public OfpPortConfig Mask => (OfpPortConfig)BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(MaskOffset));

    /// <summary>The features to advertise; zero leaves them unchanged.</summary>
    public OfpPortFeatures Advertise => (OfpPortFeatures)BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(AdvertiseOffset));

    /// <summary>Reads a port mod message.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed port mod.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out PortModView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheck(message, OfpType.PortMod, Size, exact: true, out error))
        {
            view = default;
            return false;
        }

        view = new PortModView(message);
        return true;
    }

    /// <summary>Reads a port mod message, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static PortModView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out PortModView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
