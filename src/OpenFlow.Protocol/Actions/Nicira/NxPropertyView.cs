using System;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// One property of an <c>NXAST_CONTROLLER2</c> action (<c>struct ofp_prop_header</c>): type, length (header and value,
/// without padding), value, zero padding to 8.
/// </summary>
public readonly ref struct NxPropertyView
{
    private readonly ReadOnlySpan<byte> _property;

    internal NxPropertyView(ReadOnlySpan<byte> property, int offset)
    {
        _property = property;
        Offset = offset;
    }

    /// <summary>Byte offset of the property from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The property type.</summary>
    public NxController2PropertyType Type => (NxController2PropertyType)NxAction.U16(_property, 0);

    /// <summary>The length field: header and value, without padding.</summary>
    public int Length => NxAction.U16(_property, 2);

    /// <summary>The value (after the 4-byte header, without padding).</summary>
    public ReadOnlySpan<byte> Value => _property.Slice(4, Length - 4);

    /// <summary>The value as a big-endian number (its last 8 bytes when longer).</summary>
    public ulong ValueAsNumber => Match.OxmView.ReadNumber(Value);
}
