namespace OpenFlow.Protocol.Packets;

/// <summary>The ARP operation code (<c>oper</c>, RFC 826).</summary>
public enum ArpOperation : ushort
{
    /// <summary><c>ARPOP_REQUEST</c> (1): who has the target protocol address?</summary>
    Request = 1,

    /// <summary><c>ARPOP_REPLY</c> (2): the sender protocol address is at the sender hardware address.</summary>
    Reply = 2,
}
