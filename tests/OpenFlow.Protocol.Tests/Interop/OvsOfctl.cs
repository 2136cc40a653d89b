using System;
using System.Diagnostics;
using System.IO;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Interop;

/// <summary>Runs <c>ovs-ofctl ofp-print HEX</c> (package openvswitch-common) as a second opinion on wire bytes.</summary>
internal static class OvsOfctl
{
    private static readonly Lazy<string?> Executable = new(Locate);

    /// <summary>The path of ovs-ofctl; skips the calling test (fails it under CI=true) when it is missing.</summary>
    public static string Require()
    {
        if (Executable.Value is { } path)
        {
            return path;
        }

        const string reason = "ovs-ofctl was not found on PATH (install openvswitch-common).";
        if (Corpus.IsCi)
        {
            throw new InvalidOperationException(reason + " Under CI=true it is required.");
        }

        Assert.Skip(reason);
        return null!;
    }

    /// <summary>The text ovs-ofctl prints for one message (stdout, then stderr).</summary>
    public static string Print(byte[] message)
    {
        var start = new ProcessStartInfo(Require())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("ofp-print");
        start.ArgumentList.Add(Hex.Format(message));
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("ovs-ofctl did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(30_000))
        {
            process.Kill();
            throw new TimeoutException("ovs-ofctl ofp-print took longer than 30 s.");
        }

        return stdout + stderr.Result;
    }

    /// <summary>The first <c>***decode error: ...***</c> in ovs-ofctl's text, or null.</summary>
    public static string? DecodeError(string text)
    {
        int start = text.IndexOf("***decode error", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        int end = text.IndexOf("***", start + 3, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..(end + 3)];
    }

    private static string? Locate()
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(dir, "ovs-ofctl");
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
