using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text.RegularExpressions;
using OpenFlow.Protocol.Capture;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.TestKit;
using OpenFlow.Tools.Ofp;
using Xunit;

namespace OpenFlow.Protocol.Tests.Interop;

/// <summary>
/// Runs Wireshark's command-line dissector (<c>tshark</c>, Debian package tshark) over OpenFlow messages written into
/// a pcap file: each message in its own TCP conversation (its own switch port), so that a message tshark cannot
/// parse does not disturb the next one, and tshark runs once for all of them.
/// </summary>
internal static partial class Tshark
{
    /// <summary>The first switch port; message <c>i</c> goes over port <c>BasePort + i</c>.</summary>
    public const int BasePort = 40000;

    private static readonly Lazy<string?> Executable = new(Locate);

    /// <summary>The path of tshark; skips the calling test (fails it under CI=true) when it is missing.</summary>
    public static string Require()
    {
        if (Executable.Value is { } path)
        {
            return path;
        }

        const string reason = "tshark was not found on PATH (install the Debian package tshark; scripts/install-deps.sh does).";
        if (Corpus.IsCi)
        {
            throw new InvalidOperationException(reason + " Under CI=true it is required.");
        }

        Assert.Skip(reason);
        return null!;
    }

    /// <summary>Writes the messages into one pcap (one conversation each) and returns tshark's view of each.</summary>
    public static IReadOnlyList<Dissection> Dissect(IReadOnlyList<byte[]> messages)
    {
        string pcap = Path.Combine(Path.GetTempPath(), "ofp-tshark-" + Guid.NewGuid().ToString("n") + ".pcap");
        try
        {
            var time = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using (var writer = new PcapWriter(File.Create(pcap)))
            {
                for (int i = 0; i < messages.Count; i++)
                {
                    byte[] message = messages[i];
                    var conversation = new PcapTcpConversation(
                        writer,
                        new IPEndPoint(IPAddress.Loopback, BasePort + i),
                        new IPEndPoint(IPAddress.Loopback, PcapCommand.ControllerPort),
                        time);
                    bool fromSwitch = message.Length < OfpHeader.Size
                        || PcapCommand.IsFromSwitch(message[OfpHeader.VersionOffset], (OfpType)message[OfpHeader.TypeOffset], true);
                    if (fromSwitch)
                    {
                        conversation.WriteFromClient(time, message);
                    }
                    else
                    {
                        conversation.WriteFromServer(time, message);
                    }

                    conversation.WriteClose(time);
                }
            }

            return Split(Run(pcap, "-V"), messages.Count);
        }
        finally
        {
            File.Delete(pcap);
        }
    }

    /// <summary>Runs tshark over a pcap with OpenFlow decoded on port 6653 and returns its standard output.</summary>
    public static string Run(string pcap, params string[] options)
    {
        var start = new ProcessStartInfo(Require())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "-n", "-r", pcap, "-d", "tcp.port==" + PcapCommand.ControllerPort + ",openflow" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string option in options)
        {
            start.ArgumentList.Add(option);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("tshark did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException("tshark took longer than 60 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tshark exited with {process.ExitCode}: {stderr.Result}");
        }

        return stdout;
    }

    /// <summary>The lines of a dissection that report a problem.</summary>
    public static bool IsProblem(string line) =>
        line.Contains("Malformed", StringComparison.Ordinal)
        || line.Contains("Expert Info (Error", StringComparison.Ordinal)
        || line.Contains("Expert Info (Warning", StringComparison.Ordinal);

    /// <summary>Cuts <c>tshark -V</c> text into frames and groups the data frames by conversation (switch port).</summary>
    private static List<Dissection> Split(string text, int count)
    {
        var texts = new System.Text.StringBuilder[count];
        for (int i = 0; i < count; i++)
        {
            texts[i] = new System.Text.StringBuilder();
        }

        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int frameStart = -1;
        for (int i = 0; i <= lines.Length; i++)
        {
            if (i == lines.Length || FrameLine().IsMatch(lines[i]))
            {
                if (frameStart >= 0)
                {
                    AddFrame(lines, frameStart, i, texts);
                }

                frameStart = i;
            }
        }

        var result = new List<Dissection>(count);
        foreach (var builder in texts)
        {
            result.Add(Parse(builder.ToString()));
        }

        return result;
    }

    private static void AddFrame(string[] lines, int start, int end, System.Text.StringBuilder[] texts)
    {
        for (int i = start; i < end; i++)
        {
            System.Text.RegularExpressions.Match tcp = TcpLine().Match(lines[i]);
            if (!tcp.Success)
            {
                continue;
            }

            if (int.Parse(tcp.Groups["len"].Value, CultureInfo.InvariantCulture) == 0)
            {
                return;
            }

            int src = int.Parse(tcp.Groups["src"].Value, CultureInfo.InvariantCulture);
            int dst = int.Parse(tcp.Groups["dst"].Value, CultureInfo.InvariantCulture);
            int index = (src == PcapCommand.ControllerPort ? dst : src) - BasePort;
            if (index < 0 || index >= texts.Length)
            {
                throw new InvalidOperationException("tshark printed a frame of an unknown conversation: " + lines[i]);
            }

            for (int j = start; j < end; j++)
            {
                texts[index].Append(lines[j]).Append('\n');
            }

            return;
        }
    }

    private static Dissection Parse(string text)
    {
        var openFlow = new System.Text.StringBuilder();
        var types = new List<int>();
        var problems = new List<string>();
        var malformed = new List<string>();
        bool inOpenFlow = false;
        bool typeSeen = false;
        foreach (string line in text.Split('\n'))
        {
            if (IsProblem(line))
            {
                problems.Add(line.Trim());
                System.Text.RegularExpressions.Match protocol = MalformedLine().Match(line);
                if (protocol.Success)
                {
                    malformed.Add(protocol.Groups["protocol"].Value);
                }
            }

            if (line.Length > 0 && line[0] != ' ')
            {
                inOpenFlow = line.StartsWith("OpenFlow 1.3", StringComparison.Ordinal);
                typeSeen = false;
                if (!inOpenFlow)
                {
                    continue;
                }
            }

            if (!inOpenFlow)
            {
                continue;
            }

            openFlow.Append(line).Append('\n');
            System.Text.RegularExpressions.Match type = TypeLine().Match(line);
            if (!typeSeen && type.Success)
            {
                types.Add(int.Parse(type.Groups["type"].Value, CultureInfo.InvariantCulture));
                typeSeen = true;
            }
        }

        return new Dissection(text, openFlow.ToString(), types, problems, malformed);
    }

    private static string? Locate()
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(dir, "tshark");
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^Frame \d+: ")]
    private static partial Regex FrameLine();

    [GeneratedRegex(@"^Transmission Control Protocol, Src Port: (?<src>\d+), Dst Port: (?<dst>\d+),.* Len: (?<len>\d+)")]
    private static partial Regex TcpLine();

    [GeneratedRegex(@"^\s*\[Malformed Packet: (?<protocol>[^\]]+)\]")]
    private static partial Regex MalformedLine();

    [GeneratedRegex(@"^    Type: .*\((?<type>\d+)\)$")]
    private static partial Regex TypeLine();
}
