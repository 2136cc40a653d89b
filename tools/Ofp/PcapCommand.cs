using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text;
using OpenFlow.Protocol.Capture;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Tools.Ofp;

/// <summary>
/// <c>ofp pcap FILE... -o OUT.pcap</c>: writes OpenFlow messages into a pcap file as one TCP conversation between the
/// switch (127.0.0.1:<see cref="SwitchPort"/>) and the controller (127.0.0.1:<see cref="ControllerPort"/>), one segment
/// per message after a three-way handshake and before a FIN exchange, so that Wireshark decodes them as OpenFlow.
/// Each message travels in the direction its type has (PACKET_IN from the switch, FLOW_MOD from the controller);
/// the symmetric ones (HELLO, ERROR, ECHO, EXPERIMENTER) from the switch unless <c>--from controller</c>.
/// </summary>
internal static class PcapCommand
{
    /// <summary>The controller's port (IANA's OpenFlow port).</summary>
    public const int ControllerPort = 6653;

    /// <summary>The switch's ephemeral port.</summary>
    public const int SwitchPort = 50000;

    /// <summary>The usage lines of this verb.</summary>
    public const string Usage =
        "       ofp pcap [--from switch|controller] (FILE... | - | --hex HEX) -o OUT.pcap|-";

    /// <summary>The usage notes of this verb.</summary>
    public const string Notes =
        "pcap:   writes the messages as one TCP stream between a switch and a controller on port 6653, a segment\n" +
        "        per message (two above 65,000 bytes) in the direction of its type; HELLO, ERROR, ECHO and EXPERIMENTER come from the switch\n" +
        "        unless --from controller; -o - writes the pcap to stdout.";

    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(1);

    /// <summary>Runs the verb.</summary>
    /// <param name="args">The arguments after <c>pcap</c>.</param>
    /// <param name="input">Standard input (binary).</param>
    /// <param name="error">Standard error.</param>
    /// <param name="binaryOutput">Standard output for <c>-o -</c>.</param>
    /// <param name="usageError">Reports a usage mistake and returns the exit code.</param>
    /// <returns>The exit code.</returns>
    public static int Run(ReadOnlySpan<string> args, Stream input, TextWriter error, Stream? binaryOutput, Func<TextWriter, string, int> usageError)
    {
        string? outputPath = null;
        bool symmetricFromSwitch = true;
        var sources = new List<(string Name, string? Value, bool IsHex)>();
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "-o" or "--output" or "--from" or "--hex")
            {
                if (i + 1 >= args.Length)
                {
                    return usageError(error, $"{arg} needs a value");
                }

                string value = args[++i];
                if (arg == "--hex")
                {
                    sources.Add(("(hex)", value, true));
                }
                else if (arg == "--from")
                {
                    switch (value)
                    {
                        case "switch":
                            symmetricFromSwitch = true;
                            break;
                        case "controller":
                            symmetricFromSwitch = false;
                            break;
                        default:
                            return usageError(error, $"unknown side '{value}' (switch or controller)");
                    }
                }
                else if (outputPath is not null)
                {
                    return usageError(error, "pcap takes one -o");
                }
                else
                {
                    outputPath = value;
                }
            }
            else if (arg == "-")
            {
                sources.Add(("-", null, false));
            }
            else if (arg.StartsWith('-'))
            {
                return usageError(error, $"unknown option '{arg}'");
            }
            else
            {
                sources.Add((arg, arg, false));
            }
        }

        if (sources.Count == 0)
        {
            return usageError(error, "pcap needs a FILE, - or --hex HEX");
        }

        if (outputPath is null)
        {
            return usageError(error, "pcap needs -o OUT.pcap (or -o - for stdout)");
        }

        if (outputPath == "-" && binaryOutput is null)
        {
            return usageError(error, "-o - needs a binary standard output");
        }

        Stream output;
        try
        {
            output = outputPath == "-" ? binaryOutput! : File.Create(outputPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"ofp: {outputPath}: {e.Message}");
            return OfpCommand.BadInput;
        }

        bool ok = true;
        using (var pcap = new PcapWriter(output, leaveOpen: outputPath == "-"))
        {
            DateTimeOffset time = Start();
            var conversation = new PcapTcpConversation(
                pcap,
                new IPEndPoint(IPAddress.Loopback, SwitchPort),
                new IPEndPoint(IPAddress.Loopback, ControllerPort),
                time);
            foreach (var (name, value, isHex) in sources)
            {
                byte[] bytes;
                try
                {
                    bytes = isHex ? InputBytes.ParseHex(value!) : value is null ? InputBytes.ReadAll(input) : File.ReadAllBytes(value);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
                {
                    error.WriteLine($"ofp: {name}: {e.Message}");
                    ok = false;
                    continue;
                }

                ok &= WriteStream(conversation, name, bytes, symmetricFromSwitch, error, ref time);
            }

            conversation.WriteClose(time + Spacing);
        }

        return ok ? OfpCommand.Ok : OfpCommand.BadInput;
    }

    /// <summary>
    /// Whether a message of this version and type travels from the switch to the controller. Only OpenFlow 1.3
    /// types are known; every other type and version goes the way of the symmetric messages.
    /// </summary>
    /// <param name="version">The header's version.</param>
    /// <param name="type">The header's type.</param>
    /// <param name="symmetricFromSwitch">The direction of HELLO, ERROR, ECHO, EXPERIMENTER and unknown messages.</param>
    /// <returns>True from the switch, false from the controller.</returns>
    public static bool IsFromSwitch(byte version, OfpType type, bool symmetricFromSwitch)
    {
        if (version != OfpVersion.Of13)
        {
            return symmetricFromSwitch;
        }

        switch (type)
        {
            case OfpType.FeaturesReply:
            case OfpType.GetConfigReply:
            case OfpType.PacketIn:
            case OfpType.FlowRemoved:
            case OfpType.PortStatus:
            case OfpType.MultipartReply:
            case OfpType.BarrierReply:
            case OfpType.QueueGetConfigReply:
            case OfpType.RoleReply:
            case OfpType.GetAsyncReply:
                return true;
            case OfpType.FeaturesRequest:
            case OfpType.GetConfigRequest:
            case OfpType.SetConfig:
            case OfpType.PacketOut:
            case OfpType.FlowMod:
            case OfpType.GroupMod:
            case OfpType.PortMod:
            case OfpType.TableMod:
            case OfpType.MultipartRequest:
            case OfpType.BarrierRequest:
            case OfpType.QueueGetConfigRequest:
            case OfpType.RoleRequest:
            case OfpType.GetAsyncRequest:
            case OfpType.SetAsync:
            case OfpType.MeterMod:
                return false;
            default:
                return symmetricFromSwitch;
        }
    }

    /// <summary>Frames one input and writes each complete message as a segment; false when framing failed.</summary>
    private static bool WriteStream(
        PcapTcpConversation conversation, string name, byte[] bytes, bool symmetricFromSwitch, TextWriter error, ref DateTimeOffset time)
    {
        var frames = new OpenFlowFrameReader(OpenFlowFrameReader.AbsoluteMaxMessageLength);
        var buffer = new ReadOnlySequence<byte>(bytes);
        while (!buffer.IsEmpty)
        {
            int offset = (int)(bytes.Length - buffer.Length);
            OperationStatus status = frames.TryReadFrame(ref buffer, out OfpHeader header, out _);
            if (status == OperationStatus.InvalidData)
            {
                InputBytes.ReportFramingLost(error, name, offset, header);
                return false;
            }

            if (status == OperationStatus.NeedMoreData)
            {
                InputBytes.ReportTruncated(error, name, offset, header, buffer.Length);
                return false;
            }

            // The input is one array, so the message is a plain slice of it.
            ReadOnlySpan<byte> message = bytes.AsSpan(offset, header.Length);
            time += Spacing;
            if (IsFromSwitch(header.Version, header.Type, symmetricFromSwitch))
            {
                conversation.WriteFromClient(time, message);
            }
            else
            {
                conversation.WriteFromServer(time, message);
            }
        }

        return true;
    }

    /// <summary>Now, to the millisecond, so that frames a millisecond apart read well.</summary>
    private static DateTimeOffset Start()
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }
}
