using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A port description (<c>struct ofp_port</c>, 64 bytes), inside a port status message or a port description reply.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            port_no                            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              pad                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                       hw_addr (6 bytes)                       |
/// +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                               |             pad2              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |        name (16 bytes, ASCII, zero-terminated) ...            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                             config                            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                             state                             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |          curr  |  advertised  |  supported  |  peer (4 x 32)  |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                       curr_speed (kbps)                       |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                        max_speed (kbps)                       |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct PortView
{
    /// <summary>Size of <c>ofp_port</c>.</summary>
    public const int Size = 64;

    /// <summary>Size of the <c>name</c> field (<c>OFP_MAX_PORT_NAME_LEN</c>).</summary>
    public const int NameSize = 16;

    private const int PortNoOffset = 0;
    private const int HwAddrOffset = 8;
    private const int NameOffset = 16;
    private const int ConfigOffset = 32;
    private const int StateOffset = 36;
    private const int CurrOffset = 40;
    private const int AdvertisedOffset = 44;
    private const int SupportedOffset = 48;
    private const int PeerOffset = 52;
    private const int CurrSpeedOffset = 56;
    private const int MaxSpeedOffset = 60;

    private readonly ReadOnlySpan<byte> _port;

    internal PortView(ReadOnlySpan<byte> port, int offset)
    {
        _port = port;
        Offset = offset;
    }

    /// <summary>Offset of the port from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The 64 bytes of the port.</summary>
    public ReadOnlySpan<byte> Raw => _port;

    /// <summary>The port number.</summary>
    public PortNo PortNo => new(BinaryPrimitives.ReadUInt32BigEndian(_port.Slice(PortNoOffset)));

    /// <summary>The port's MAC address.</summary>
    public MacAddress HwAddr => MacAddress.Read(_port.Slice(HwAddrOffset));

    /// <summary>The name's bytes up to the terminating zero (all 16 when there is none). Allocates nothing.</summary>
    public ReadOnlySpan<byte> NameBytes => FixedText.TrimAtNul(_port.Slice(NameOffset, NameSize));

    /// <summary>The administrative settings; unknown bits are kept.</summary>
    public OfpPortConfig Config => (OfpPortConfig)BinaryPrimitives.ReadUInt32BigEndian(_port.Slice(ConfigOffset));

    /// <summary>The current state; unknown bits are kept.</summary>
    public OfpPortState State => (OfpPortState)BinaryPrimitives.ReadUInt32BigEndian(_port.Slice(StateOffset));

    /// <summary>The current features.</summary>
    public OfpPortFeatures Curr => (OfpPortFeatures)BinaryPrimitives.ReadUInt32BigEndian(_port.Slice(CurrOffset));

    /// <summary>The features advertised by the port.</summary>
    public OfpPortFeatures Advertised => (OfpPortFeatures)BinaryPrimitives.ReadUInt32BigEndian(_port.Slice(AdvertisedOffset));

    /// <summary>The features the port supports.</summary>
    public OfpPortFeatures Supported => (OfpPortFeatures)BinaryPrimitives.ReadUInt32BigEndian(_port.Slice(SupportedOffset));

    /// <summary>The features advertised by the peer.</summary>
    public OfpPortFeatures Peer => (OfpPortFeatures)BinaryPrimitives.ReadUInt32BigEndian(_port.Slice(PeerOffset));

    /// <summary>The current bit rate in kbps.</summary>
    public uint CurrSpeed => BinaryPrimitives.ReadUInt32BigEndian(_port.Slice(CurrSpeedOffset));

    /// <summary>The maximum bit rate in kbps.</summary>
    public uint MaxSpeed => BinaryPrimitives.ReadUInt32BigEndian(_port.Slice(MaxSpeedOffset));

    /// <summary>Reads a port description from the first 64 bytes of <paramref name="source"/>.</summary>
    /// <param name="source">The bytes of the port (and possibly more after it).</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="source"/> from the start of the message, for errors.</param>
    /// <param name="view">The view, when 64 bytes are there.</param>
    /// <param name="error">What is wrong, when they are not.</param>
    /// <returns>Whether a whole port is there.</returns>
    public static bool TryRead(ReadOnlySpan<byte> source, OfpType messageType, int offset, out PortView view, out OpenFlowFormatError error)
    {
        if (source.Length < Size)
        {
            view = default;
            error = MessageChecks.BadLength(messageType, "port", offset, "message ends inside an ofp_port");
            return false;
        }

        view = new PortView(source.Slice(0, Size), offset);
        error = default;
        return true;
    }

    /// <summary>
    /// The name as a string, up to the terminating zero; bytes above 0x7f become '?'.
    /// This allocates the string: on hot paths compare <see cref="NameBytes"/> instead.
    /// </summary>
    public string GetName() => FixedText.ToText(_port.Slice(NameOffset, NameSize));

    /// <summary>The port as a <see cref="PortSpec"/> (allocates the name string).</summary>
    public PortSpec ToSpec() => new()
    {
        PortNo = PortNo,
        HwAddr = HwAddr,
        Name = GetName(),
        Config = Config,
        State = State,
        Curr = Curr,
        Advertised = Advertised,
        Supported = Supported,
        Peer = Peer,
        CurrSpeed = CurrSpeed,
        MaxSpeed = MaxSpeed,
    };
}
