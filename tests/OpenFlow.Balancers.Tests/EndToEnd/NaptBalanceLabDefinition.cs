using Xunit;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>
/// The NaptBalance lab tests of every mode share one lab and run one after the other: each test starts its own
/// NaptBalance on a switch it clears first, and load and timing measurements do not compete for the two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class NaptBalanceLabDefinition : ICollectionFixture<LabFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "NaptBalance lab";
}
