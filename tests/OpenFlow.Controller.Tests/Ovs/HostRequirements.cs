using System;
using System.Collections.Generic;
using System.IO;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Controller.Tests.Ovs;

/// <summary>
/// Checks for the host tools a test needs. When one is missing the test is skipped with the reason, except under
/// CI=true, where it fails (scripts/install-deps.sh installs everything in CI).
/// </summary>
public static class HostRequirements
{
    public const string OvsSchema = "/usr/share/openvswitch/vswitch.ovsschema";

    private static readonly Lazy<string?> OvsMissing = new(FindOvsMissing);

    /// <summary>Open vSwitch (daemons and tools), iproute2, ethtool, ping and root (network namespaces).</summary>
    public static void RequireOvsLab()
    {
        if (OvsMissing.Value is { } reason)
        {
            SkipOrFail(reason);
        }
    }

    /// <summary>Wireshark's tshark.</summary>
    public static string RequireTshark()
    {
        string? path = Command.Find("tshark");
        if (path is null)
        {
            SkipOrFail("tshark was not found (Debian package tshark; scripts/install-deps.sh installs it).");
        }

        return path!;
    }

    private static void SkipOrFail(string reason)
    {
        if (Corpus.IsCi)
        {
            Assert.Fail(reason + " Under CI=true it is required.");
        }

        Assert.Skip(reason);
    }

    private static string? FindOvsMissing()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "The Open vSwitch lab needs Linux (network namespaces).";
        }

        var missing = new List<string>();
        foreach (string tool in new[] { "ovs-vswitchd", "ovsdb-server", "ovsdb-tool", "ovs-vsctl", "ovs-ofctl", "ip", "ethtool", "ping" })
        {
            if (Command.Find(tool) is null)
            {
                missing.Add(tool);
            }
        }

        if (!File.Exists(OvsSchema))
        {
            missing.Add(OvsSchema);
        }

        if (missing.Count > 0)
        {
            return "Open vSwitch lab tools are missing: " + string.Join(", ", missing) +
                " (Debian packages openvswitch-switch, iproute2, ethtool, iputils-ping; scripts/install-deps.sh installs them).";
        }

        if (Environment.UserName != "root" && !string.Equals(Environment.GetEnvironmentVariable("USER"), "root", StringComparison.Ordinal))
        {
            CommandResult id = Command.Run("id", new[] { "-u" });
            if (id.Output.Trim() != "0")
            {
                return "The Open vSwitch lab creates network namespaces and needs root.";
            }
        }

        return null;
    }
}
