namespace OpenFlow.Protocol.Match;

/// <summary>What <see cref="Wire.OpenFlowWriter"/> remembers about the match it is writing, to check duplicates and prerequisites.</summary>
internal struct MatchWriteState
{
    /// <summary>Whether a match is open (between BeginMatch and EndMatch).</summary>
    public bool Open;

    /// <summary>Whether duplicates and prerequisites are checked.</summary>
    public bool Check;

    /// <summary>Writer position of the open match.</summary>
    public int Start;

    /// <summary>Bit n set: basic field n has been written.</summary>
    public ulong Present;

    /// <summary>Masked values of the fields others depend on.</summary>
    public ushort EthType;

    /// <summary>Masked value of <c>vlan_vid</c>.</summary>
    public ushort VlanVid;

    /// <summary>Value of <c>ip_proto</c>.</summary>
    public byte IpProto;

    /// <summary>Value of <c>icmpv6_type</c>.</summary>
    public byte Icmpv6Type;

    public readonly bool Has(OxmField field) => (Present & (1UL << (int)field)) != 0;

    public readonly ulong ValueOf(OxmField field) => field switch
    {
        OxmField.EthType => EthType,
        OxmField.VlanVid => VlanVid,
        OxmField.IpProto => IpProto,
        OxmField.Icmpv6Type => Icmpv6Type,
        _ => 0,
    };

    public void Record(OxmField field, ulong maskedValue)
    {
        Present |= 1UL << (int)field;
        switch (field)
        {
            case OxmField.EthType:
                EthType = (ushort)maskedValue;
                break;
            case OxmField.VlanVid:
                VlanVid = (ushort)maskedValue;
                break;
            case OxmField.IpProto:
                IpProto = (byte)maskedValue;
                break;
            case OxmField.Icmpv6Type:
                Icmpv6Type = (byte)maskedValue;
                break;
        }
    }
}
