using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_SAMPLE</c> (24 bytes) and <c>NXAST_SAMPLE2</c> (32 bytes, with a sampling port): sample packets to IPFIX collectors.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=29/38 | probability   | collector_set_id              |
/// +---------------+---------------+-------------------------------+
/// | obs_domain_id                 | obs_point_id                  |
/// +---------------+-------+-------+-------------------------------+
/// | sampling_port | dir(1)| pad (5, SAMPLE2 only)                 |
/// +---------------+-------+---------------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxSampleView
{
    /// <summary>Minimum size of the action.</summary>
    public const int MinSize = 24;

    private const int ProbabilityOffset = 10;
    private const int CollectorSetIdOffset = 12;
    private const int ObsDomainIdOffset = 16;
    private const int ObsPointIdOffset = 20;
    private const int SamplingPortOffset = 24;
    private const int DirectionOffset = 26;
    private const int Sample2Size = 32;


    private readonly ReadOnlySpan<byte> _action;

    private NxSampleView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>Whether this is <c>NXAST_SAMPLE2</c> (with a sampling port).</summary>
    public bool IsSample2 => NxAction.U16(_action, NxAction.SubtypeOffset) == (ushort)NxActionSubtype.Sample2;

    /// <summary>Packets sampled per 65535.</summary>
    public ushort Probability => NxAction.U16(_action, ProbabilityOffset);

    /// <summary>The IPFIX collector set.</summary>
    public uint CollectorSetId => NxAction.U32(_action, CollectorSetIdOffset);

    /// <summary>The observation domain id.</summary>
    public uint ObsDomainId => NxAction.U32(_action, ObsDomainIdOffset);

    /// <summary>The observation point id.</summary>
    public uint ObsPointId => NxAction.U32(_action, ObsPointIdOffset);

    /// <summary>The sampling port (<c>NXAST_SAMPLE2</c>); zero otherwise.</summary>
    public ushort SamplingPort => IsSample2 ? NxAction.U16(_action, SamplingPortOffset) : (ushort)0;

    /// <summary>The direction byte (<c>NXAST_SAMPLE2</c>; 0 is default); zero otherwise.</summary>
    public byte Direction => IsSample2 ? _action[DirectionOffset] : (byte)0;


    /// <summary>Reads an action as <c>NXAST_SAMPLE</c> or <c>NXAST_SAMPLE2</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxSampleView view, out OpenFlowFormatError error)
    {
        view = default;
        bool sample2 = action.NiciraSubtype == (ushort)NxActionSubtype.Sample2;
        if (!NxAction.Check(action, sample2 ? NxActionSubtype.Sample2 : NxActionSubtype.Sample, sample2 ? Sample2Size : MinSize, "NXAST_SAMPLE is 24 bytes, NXAST_SAMPLE2 32", out error))
        {
            return false;
        }

        view = new NxSampleView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_SAMPLE</c> or <c>NXAST_SAMPLE2</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxSampleView Read(in ActionView action)
    {
        if (!TryRead(action, out NxSampleView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
