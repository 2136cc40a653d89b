using System;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// One property of a packet queue (<c>struct ofp_queue_prop_header</c> and its type's fields), created by
/// <see cref="QueuePropertyEnumerator"/>, which checks its length. Unknown types are surfaced with their raw bytes.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |            property           |              len              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          pad (4 bytes)                        |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// | MIN/MAX_RATE: rate (16 bits), pad (6) | EXPERIMENTER: experimenter, pad (4), data ... |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct QueuePropertyView
{
    /// <summary>Size of <c>ofp_queue_prop_header</c>.</summary>
    public const int HeaderSize = 8;

    /// <summary>Size of a rate property and of an experimenter property without data.</summary>
    public const int Size = 16;

    private const int ValueOffset = 8;

    private readonly ReadOnlySpan<byte> _property;

    internal QueuePropertyView(ReadOnlySpan<byte> property, int offset)
    {
        _property = property;
        Offset = offset;
    }

    /// <summary>Offset of the property from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The property's bytes (<see cref="Length"/> of them).</summary>
    public ReadOnlySpan<byte> Raw => _property;

    /// <summary>The property type; a value outside <see cref="OfpQueueProperties"/> is surfaced as it is.</summary>
    public OfpQueueProperties Property => (OfpQueueProperties)BinaryPrimitives.ReadUInt16BigEndian(_property);

    /// <summary>The <c>len</c> field.</summary>
    public int Length => _property.Length;

    /// <summary>The rate in 1/10 of a percent (<see cref="OfpQueueProperties.MinRate"/>, <see cref="OfpQueueProperties.MaxRate"/>; else 0); above 1000 is disabled.</summary>
    public ushort Rate => Property is OfpQueueProperties.MinRate or OfpQueueProperties.MaxRate ? BinaryPrimitives.ReadUInt16BigEndian(_property.Slice(ValueOffset)) : (ushort)0;

    /// <summary>The experimenter id (<see cref="OfpQueueProperties.Experimenter"/> only, else 0).</summary>
    public uint Experimenter => Property == OfpQueueProperties.Experimenter ? BinaryPrimitives.ReadUInt32BigEndian(_property.Slice(ValueOffset)) : 0;

    /// <summary>The experimenter data after the 16 fixed bytes (<see cref="OfpQueueProperties.Experimenter"/> only).</summary>
    public ReadOnlySpan<byte> ExperimenterData => Property == OfpQueueProperties.Experimenter ? _property.Slice(Size) : default;
}
