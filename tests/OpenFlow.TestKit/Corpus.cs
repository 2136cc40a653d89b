using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OpenFlow.TestKit;

/// <summary>
/// The shared OpenFlow 1.3 conformance corpus (<c>../shared/conformance/of13</c>), read in place, never copied into the
/// repository. <c>OPENFLOW_CONFORMANCE_DIR</c> overrides where it is. Where it is missing, tests skip with the reason,
/// except under <c>CI=true</c>, where they fail.
/// </summary>
public static class Corpus
{
    /// <summary>The environment variable that names the corpus folder (the one holding <c>INDEX.tsv</c>).</summary>
    public const string DirectoryVariable = "OPENFLOW_CONFORMANCE_DIR";

    private static readonly Lazy<string?> Folder = new(Locate);

    /// <summary>The corpus folder, or null when it cannot be found.</summary>
    public static string? Directory => Folder.Value;

    /// <summary>Whether tests run under CI, where a missing corpus is a failure rather than a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The corpus folder; skips the calling test (or fails it under CI) when the corpus is absent.</summary>
    public static string RequireDirectory()
    {
        string? dir = Directory;
        if (dir is not null)
        {
            return dir;
        }

        string reason = $"The conformance corpus was not found: set {DirectoryVariable} or put shared/conformance/of13 beside the repository.";
        if (IsCi)
        {
            throw new InvalidOperationException(reason + " Under CI=true a missing corpus is a failure.");
        }

        Xunit.Assert.Skip(reason);
        return null!;
    }

    /// <summary>The names of every <c>.packet</c> file in the corpus (empty when the corpus is absent).</summary>
    public static IReadOnlyList<string> PacketNames() =>
        Directory is { } dir
            ? System.IO.Directory.GetFiles(dir, "*.packet").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToList()!
            : Array.Empty<string>();

    /// <summary>The bytes of one corpus message.</summary>
    public static byte[] ReadPacket(string name) => File.ReadAllBytes(Path.Combine(RequireDirectory(), name));

    /// <summary>The expected Ryu JSON of one corpus message.</summary>
    public static string ReadJson(string name) => File.ReadAllText(Path.Combine(RequireDirectory(), name + ".json"));

    private static string? Locate()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return System.IO.Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        // Walk up from the test binaries: the repository's parent holds shared/.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "conformance", "of13");
            if (File.Exists(Path.Combine(candidate, "INDEX.tsv")))
            {
                return candidate;
            }
        }

        return null;
    }
}
