namespace OpenFlow.Protocol.Match;

/// <summary>
/// What must already be matched before an OXM field may appear (OpenFlow 1.3.5, 7.2.3.8, table 12): the field
/// <see cref="Field"/> earlier in the same match, with <c>(value &amp; <see cref="Mask"/>)</c> equal to
/// <see cref="Value"/> or <see cref="AlternateValue"/>. A <see cref="Mask"/> of zero asks only that the field be present.
/// Prerequisites chain: <c>tcp_src</c> needs <c>ip_proto=6</c>, which needs <c>eth_type=0x0800</c> or <c>0x86dd</c>.
/// </summary>
public readonly struct OxmPrerequisite
{
    private readonly string? _description;

    internal OxmPrerequisite(OxmField field, ushort mask, ushort value, ushort alternateValue, string description)
    {
        Exists = true;
        Field = field;
        Mask = mask;
        Value = value;
        AlternateValue = alternateValue;
        _description = description;
    }

    /// <summary>Whether the field has a prerequisite at all.</summary>
    public bool Exists { get; }

    /// <summary>The field that must come first.</summary>
    public OxmField Field { get; }

    /// <summary>The bits of the earlier field's value that are compared; zero when its presence is enough.</summary>
    public ushort Mask { get; }

    /// <summary>The required value of the compared bits.</summary>
    public ushort Value { get; }

    /// <summary>A second accepted value (equal to <see cref="Value"/> when only one is accepted).</summary>
    public ushort AlternateValue { get; }

    /// <summary>The prerequisite in the spec's words (<c>eth_type=0x0800 or eth_type=0x86dd</c>); empty when none.</summary>
    public string Description => _description ?? string.Empty;

    /// <summary>Whether the value matched for <see cref="Field"/> (already masked by its own mask) meets this prerequisite.</summary>
    /// <param name="value">The earlier field's value.</param>
    public bool IsSatisfiedBy(ulong value)
    {
        ulong bits = value & Mask;
        return bits == Value || bits == AlternateValue;
    }
}
