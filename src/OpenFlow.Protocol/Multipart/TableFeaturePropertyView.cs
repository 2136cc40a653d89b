using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One table feature property (<c>struct ofp_table_feature_prop_header</c> and its type's body), created by
/// <see cref="TableFeaturePropertyEnumerator"/>, which checks its length. <c>length</c> excludes the padding to 8 bytes
/// that follows the property. Unknown types are surfaced with their <see cref="Type"/> and <see cref="Body"/>.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |              type             |             length            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  instruction ids | table ids | action ids | OXM ids |          |
/// |  EXPERIMENTER: experimenter, exp_type, data ...               |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  pad to a multiple of 8 (not counted in length)               |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct TableFeaturePropertyView
{
    /// <summary>Size of <c>ofp_table_feature_prop_header</c>.</summary>
    public const int HeaderSize = 4;

    /// <summary>Size of <c>ofp_table_feature_prop_experimenter</c> without data.</summary>
    public const int ExperimenterSize = 12;

    private const int ExperimenterOffset = 4;
    private const int ExpTypeOffset = 8;

    private readonly ReadOnlySpan<byte> _property;
    private readonly OfpType _messageType;

    internal TableFeaturePropertyView(ReadOnlySpan<byte> property, OfpType messageType, int offset)
    {
        _property = property;
        _messageType = messageType;
        Offset = offset;
    }

    /// <summary>Offset of the property from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The property's bytes (<see cref="Length"/> of them, padding excluded).</summary>
    public ReadOnlySpan<byte> Raw => _property;

    /// <summary>The property type; a value outside <see cref="OfpTableFeaturePropType"/> is surfaced as it is.</summary>
    public OfpTableFeaturePropType Type => (OfpTableFeaturePropType)BinaryPrimitives.ReadUInt16BigEndian(_property);

    /// <summary>The <c>length</c> field (header included, padding excluded).</summary>
    public int Length => _property.Length;

    /// <summary>The body after the 4-byte header.</summary>
    public ReadOnlySpan<byte> Body => _property.Slice(HeaderSize);

    /// <summary>The layout of the body, from <see cref="Type"/>.</summary>
    public TableFeaturePropKind Kind => KindOf(Type);

    /// <summary>The instruction or action ids (<see cref="TableFeaturePropKind.InstructionIds"/>, <see cref="TableFeaturePropKind.ActionIds"/>; empty otherwise).</summary>
    public TableFeatureIdEnumerator Ids =>
        Kind is TableFeaturePropKind.InstructionIds or TableFeaturePropKind.ActionIds
            ? new(Body, _messageType, Offset + HeaderSize)
            : new(default, _messageType, Offset + HeaderSize);

    /// <summary>The table ids, one byte each (<see cref="TableFeaturePropKind.TableIds"/>; empty otherwise).</summary>
    public ReadOnlySpan<byte> TableIds => Kind == TableFeaturePropKind.TableIds ? Body : default;

    /// <summary>The OXM ids (<see cref="TableFeaturePropKind.OxmIds"/>; empty otherwise).</summary>
    public OxmIdEnumerator OxmIds =>
        Kind == TableFeaturePropKind.OxmIds ? new(Body, _messageType, Offset + HeaderSize) : new(default, _messageType, Offset + HeaderSize);

    /// <summary>The experimenter id (<see cref="TableFeaturePropKind.Experimenter"/> only, else 0).</summary>
    public uint Experimenter => Kind == TableFeaturePropKind.Experimenter ? BinaryPrimitives.ReadUInt32BigEndian(_property.Slice(ExperimenterOffset)) : 0;

    /// <summary>The experimenter-defined type (<see cref="TableFeaturePropKind.Experimenter"/> only, else 0).</summary>
    public uint ExpType => Kind == TableFeaturePropKind.Experimenter ? BinaryPrimitives.ReadUInt32BigEndian(_property.Slice(ExpTypeOffset)) : 0;

    /// <summary>The experimenter data after the 12 fixed bytes (<see cref="TableFeaturePropKind.Experimenter"/> only).</summary>
    public ReadOnlySpan<byte> ExperimenterData => Kind == TableFeaturePropKind.Experimenter ? _property.Slice(ExperimenterSize) : default;

    /// <summary>The layout of a property type's body.</summary>
    /// <param name="type">A property type.</param>
    public static TableFeaturePropKind KindOf(OfpTableFeaturePropType type) => type switch
    {
        OfpTableFeaturePropType.Instructions or OfpTableFeaturePropType.InstructionsMiss => TableFeaturePropKind.InstructionIds,
        OfpTableFeaturePropType.NextTables or OfpTableFeaturePropType.NextTablesMiss => TableFeaturePropKind.TableIds,
        OfpTableFeaturePropType.WriteActions or OfpTableFeaturePropType.WriteActionsMiss
            or OfpTableFeaturePropType.ApplyActions or OfpTableFeaturePropType.ApplyActionsMiss => TableFeaturePropKind.ActionIds,
        OfpTableFeaturePropType.Match or OfpTableFeaturePropType.Wildcards
            or OfpTableFeaturePropType.WriteSetfield or OfpTableFeaturePropType.WriteSetfieldMiss
            or OfpTableFeaturePropType.ApplySetfield or OfpTableFeaturePropType.ApplySetfieldMiss => TableFeaturePropKind.OxmIds,
        OfpTableFeaturePropType.Experimenter or OfpTableFeaturePropType.ExperimenterMiss => TableFeaturePropKind.Experimenter,
        _ => TableFeaturePropKind.Unknown,
    };
}
