using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Xunit;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>Waiting for the lab to reach a state.</summary>
internal static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> every 200 ms until it holds; fails the test after <paramref name="timeout"/>.</summary>
    public static async Task UntilAsync(TimeSpan timeout, Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail("Condition not met within " + timeout);
            }

            await Task.Delay(200);
        }
    }
}
