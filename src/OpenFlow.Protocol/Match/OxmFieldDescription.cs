namespace OpenFlow.Protocol.Match;

/// <summary>
/// What is known about one OXM/NXM field: its name (as Ryu and Open vSwitch's NXM docs spell it), wire identity,
/// value size, whether a mask is allowed and how the value is presented. From <see cref="NxmFieldInfo"/>.
/// </summary>
public readonly struct OxmFieldDescription
{
    internal OxmFieldDescription(string name, OxmFieldKey key, ushort experimenterType, byte valueLength, bool maskable, OxmValueKind kind)
    {
        Name = name;
        Key = key;
        ExperimenterType = experimenterType;
        ValueLength = valueLength;
        Maskable = maskable;
        Kind = kind;
    }

    /// <summary>The field's name (<c>reg0</c>, <c>ct_state</c>, <c>tunnel_id_nxm</c>, <c>eth_dst</c>).</summary>
    public string Name { get; }

    /// <summary>The wire identity.</summary>
    public OxmFieldKey Key { get; }

    /// <summary>ONF EXT-256's 16-bit experimenter type after the experimenter id (2560 for <c>pbb_uca</c>); zero for every other field.</summary>
    public ushort ExperimenterType { get; }

    /// <summary>The size of the value in bytes (a mask has the same size).</summary>
    public int ValueLength { get; }

    /// <summary>Whether the field may carry a mask.</summary>
    public bool Maskable { get; }

    /// <summary>How the value is presented.</summary>
    public OxmValueKind Kind { get; }

    /// <summary>Bytes between the 4-byte header and the value: the experimenter id (4) and EXT-256's type (2 more).</summary>
    public int ExtraHeaderSize => Key.Class == OxmClass.Experimenter ? (ExperimenterType != 0 ? 6 : 4) : 0;

    /// <summary>The header of a TLV of this field, value (and mask) of the described size.</summary>
    /// <param name="hasMask">Whether a mask follows.</param>
    public OxmHeader Header(bool hasMask) => Key.Header(hasMask, (byte)(ExtraHeaderSize + (ValueLength * (hasMask ? 2 : 1))));
}
