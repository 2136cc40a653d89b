namespace OpenFlow.Samples.NaptBalance;

/// <summary>
/// The bits of Open vSwitch's <c>ct_state</c> match field (<c>NXM_NX_CT_STATE</c>, 32 bits), as <c>ovs-fields(7)</c>
/// lists them: <c>ct_state=+new+trk</c> is the value <c>New | Tracked</c> under the same mask.
/// </summary>
public static class CtStateBits
{
    /// <summary><c>+new</c>: the start of a new connection.</summary>
    public const uint New = 0x01;

    /// <summary><c>+est</c>: part of an existing connection.</summary>
    public const uint Established = 0x02;

    /// <summary><c>+rel</c>: related to an existing connection (ICMP errors).</summary>
    public const uint Related = 0x04;

    /// <summary><c>+rpl</c>: in the reply direction.</summary>
    public const uint Reply = 0x08;

    /// <summary><c>+inv</c>: invalid (conntrack could not make sense of it).</summary>
    public const uint Invalid = 0x10;

    /// <summary><c>+trk</c>: the packet went through the connection tracker.</summary>
    public const uint Tracked = 0x20;
}
