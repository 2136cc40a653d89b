namespace OpenFlow.Protocol.Packets;

/// <summary>Common ICMPv4 message types (RFC 792); other values are carried as they are.</summary>
public enum IcmpType : byte
{
    /// <summary><c>ICMP_ECHOREPLY</c> (0): echo reply.</summary>
    EchoReply = 0,

    /// <summary><c>ICMP_DEST_UNREACH</c> (3): destination unreachable.</summary>
    DestinationUnreachable = 3,

    /// <summary><c>ICMP_REDIRECT</c> (5): redirect.</summary>
    Redirect = 5,

    /// <summary><c>ICMP_ECHO</c> (8): echo request.</summary>
    EchoRequest = 8,

    /// <summary><c>ICMP_TIME_EXCEEDED</c> (11): time exceeded.</summary>
    TimeExceeded = 11,

    /// <summary><c>ICMP_PARAMETERPROB</c> (12): parameter problem.</summary>
    ParameterProblem = 12,
}
