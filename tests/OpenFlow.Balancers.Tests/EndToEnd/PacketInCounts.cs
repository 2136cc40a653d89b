namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>The PacketIn counts of a status line: the controller runtime's total, then the app's by kind.</summary>
internal readonly record struct PacketInCounts(long Total, long Arp, long Tcp, long Other);
