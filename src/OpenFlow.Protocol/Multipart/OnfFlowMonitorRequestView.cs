using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One <c>onf_flow_monitor_request</c> (ONF EXT-187, 16 bytes and OXM fields), in the body of an
/// <c>OFPMP_EXPERIMENTER</c> request whose experimenter is ONF (<see cref="OnfExperimenterId"/>) and whose exp_type is
/// <see cref="FlowMonitorExpType"/>. Created by <see cref="OnfFlowMonitorRequestEnumerator"/>, which checks its
/// length; the OXM fields (not an <c>ofp_match</c>: no type and length header) are padded to 8 bytes.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                               id                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |             flags             |           match_len           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            out_port                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |   table_id    |                 zeros (3 bytes)               |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  oxm_fields (match_len bytes), zeros to a multiple of 8 ...   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct OnfFlowMonitorRequestView
{
    /// <summary><c>ONF_EXPERIMENTER_ID</c>: the Open Networking Foundation's experimenter id.</summary>
    public const uint OnfExperimenterId = 0x4f4e4600;

    /// <summary><c>ONFMP_FLOW_MONITOR</c> (1870): the exp_type of the flow monitor multipart.</summary>
    public const uint FlowMonitorExpType = 1870;

    /// <summary>Size of <c>onf_flow_monitor_request</c> without OXM fields.</summary>
    public const int HeaderSize = 16;

    /// <summary>Offset of the 16-bit <c>match_len</c> field.</summary>
    public const int MatchLenOffset = 6;

    private const int FlagsOffset = 4;
    private const int OutPortOffset = 8;
    private const int TableIdOffset = 12;

    private readonly ReadOnlySpan<byte> _entry;
    private readonly OfpType _messageType;

    internal OnfFlowMonitorRequestView(ReadOnlySpan<byte> entry, OfpType messageType, int offset)
    {
        _entry = entry;
        _messageType = messageType;
        Offset = offset;
    }

    /// <summary>Offset of the entry from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The entry's bytes, padding included.</summary>
    public ReadOnlySpan<byte> Raw => _entry;

    /// <summary>The monitor id chosen by the controller.</summary>
    public uint Id => BinaryPrimitives.ReadUInt32BigEndian(_entry);

    /// <summary>What to monitor; unknown bits are kept.</summary>
    public OnfFlowMonitorFlags Flags => (OnfFlowMonitorFlags)BinaryPrimitives.ReadUInt16BigEndian(_entry.Slice(FlagsOffset));

    /// <summary>The <c>match_len</c> field: the length of the OXM fields, padding excluded.</summary>
    public int MatchLen => BinaryPrimitives.ReadUInt16BigEndian(_entry.Slice(MatchLenOffset));

    /// <summary>Only flows with an action to this port (<see cref="PortNo.Any"/> for all).</summary>
    public PortNo OutPort => new(BinaryPrimitives.ReadUInt32BigEndian(_entry.Slice(OutPortOffset)));

    /// <summary>Only flows in this table (<see cref="TableId.All"/> for all).</summary>
    public TableId TableId => new(_entry[TableIdOffset]);

    /// <summary>The OXM fields' bytes (<see cref="MatchLen"/> of them).</summary>
    public ReadOnlySpan<byte> OxmFieldBytes => _entry.Slice(HeaderSize, MatchLen);

    /// <summary>The OXM fields (each checked while enumerating).</summary>
    public OxmEnumerator OxmFields => new(OxmFieldBytes, _messageType, Offset + HeaderSize);
}
