using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// The body of an <c>OFPMP_GROUP_FEATURES</c> reply (<c>struct ofp_group_features</c>, 40 bytes). Index <c>i</c> of <see cref="GetMaxGroups"/> and <see cref="GetActions"/> is for group type <c>i</c> (<see cref="OfpGroupType"/>).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                             types                             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          capabilities                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                  max_groups[4] (32 bits each)                 |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                   actions[4] (32 bits each)                   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct GroupFeaturesView
{
    /// <summary>Size of the structure.</summary>
    public const int Size = 40;

    private const int TypesOffset = 0;
    private const int CapabilitiesOffset = 4;

    private readonly ReadOnlySpan<byte> _body;

    private GroupFeaturesView(ReadOnlySpan<byte> body, int offset)
    {
        _body = body;
        Offset = offset;
    }

    /// <summary>Offset of the body from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The body's bytes.</summary>
    public ReadOnlySpan<byte> Raw => _body;

    /// <summary>Bitmap of the supported group types (bit <c>i</c> for <see cref="OfpGroupType"/> value <c>i</c>).</summary>
    public uint Types => BinaryPrimitives.ReadUInt32BigEndian(_body.Slice(TypesOffset));

    /// <summary>The group capabilities; unknown bits are kept.</summary>
    public OfpGroupCapabilities Capabilities => (OfpGroupCapabilities)BinaryPrimitives.ReadUInt32BigEndian(_body.Slice(CapabilitiesOffset));

    /// <summary>The maximum number of groups of type <paramref name="groupType"/> (0 to 3).</summary>
    /// <param name="groupType">The index, a <see cref="OfpGroupType"/> value.</param>
    public uint GetMaxGroups(int groupType) => BinaryPrimitives.ReadUInt32BigEndian(_body.Slice(MaxGroupsOffset + (4 * Index(groupType))));

    /// <summary>Bitmap of the actions supported by groups of type <paramref name="groupType"/> (bit <c>i</c> for <see cref="Actions.OfpActionType"/> value <c>i</c>).</summary>
    /// <param name="groupType">The index, a <see cref="OfpGroupType"/> value.</param>
    public uint GetActions(int groupType) => BinaryPrimitives.ReadUInt32BigEndian(_body.Slice(ActionsOffset + (4 * Index(groupType))));

    private const int MaxGroupsOffset = 8;
    private const int ActionsOffset = 24;

    private static int Index(int groupType)
    {
        if ((uint)groupType > 3)
        {
            Wire.ThrowHelper.ThrowArgumentOutOfRange(nameof(groupType), "OpenFlow 1.3 has four group types, 0 to 3.");
        }

        return groupType;
    }

    /// <summary>Reads the body, which must be exactly 40 bytes.</summary>
    /// <param name="body">The multipart body.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="body"/> from the start of the message, for errors.</param>
    /// <param name="view">The view, when the body is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the body is well formed.</returns>
    public static bool TryRead(ReadOnlySpan<byte> body, OfpType messageType, int offset, out GroupFeaturesView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheckFixedBody(body, Size, messageType, offset, "an ofp_group_features is 40 bytes", out error))
        {
            view = default;
            return false;
        }

        view = new GroupFeaturesView(body, offset);
        return true;
    }
}
