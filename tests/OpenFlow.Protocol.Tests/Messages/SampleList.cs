using System.Collections.Generic;
using Xunit;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>Lookups over a list of named sample messages (<see cref="MessageSamples"/>, <see cref="Ofp13Samples"/>).</summary>
internal static class SampleList
{
    /// <summary>The sample names, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Names(IReadOnlyList<(string Name, byte[] Bytes)> samples)
    {
        var names = new TheoryData<string>();
        foreach ((string name, _) in samples)
        {
            names.Add(name);
        }

        return names;
    }

    /// <summary>One sample by name.</summary>
    public static byte[] Get(IReadOnlyList<(string Name, byte[] Bytes)> samples, string name)
    {
        foreach ((string n, byte[] bytes) in samples)
        {
            if (n == name)
            {
                return bytes;
            }
        }

        throw new KeyNotFoundException(name);
    }
}
