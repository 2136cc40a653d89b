using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Json;

namespace OpenFlow.Tools.Ofp;

/// <summary>
/// The <c>ofp</c> command line: <c>decode</c> prints messages as text or Ryu JSON, <c>encode</c> turns Ryu JSON into
/// wire bytes. Bad input gives exit code 1 and one line <c>ofp: FILE: offset N: reason</c> per problem; usage
/// mistakes give exit code 2.
/// </summary>
internal static class OfpCommand
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;

    private const string UsageText =
        "usage: ofp decode [--format text|json] (FILE... | - | --hex HEX)\n" +
        "       ofp encode FILE.json|- [-o OUT]\n" +
        PcapCommand.Usage + "\n" +
        "decode: FILE holds one or more OpenFlow 1.3 messages back to back; - reads stdin.\n" +
        "encode: FILE holds one Ryu JSON document (lengths may be omitted), or several, one per line;\n" +
        "        without -o the bytes go to stdout.\n" +
        PcapCommand.Notes;

    /// <summary>Runs one command.</summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <param name="input">Standard input (binary for <c>decode -</c>, UTF-8 for <c>encode -</c>).</param>
    /// <param name="output">Standard output for text.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="binaryOutput">Standard output for bytes (<c>encode</c> without <c>-o</c>).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, Stream input, TextWriter output, TextWriter error, Stream? binaryOutput = null)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? error : output).WriteLine(UsageText);
            return args.Length == 0 ? Usage : Ok;
        }

        try
        {
            return args[0] switch
            {
                "decode" => Decode(args.AsSpan(1), input, output, error),
                "encode" => Encode(args.AsSpan(1), input, output, error, binaryOutput),
                "pcap" => PcapCommand.Run(args.AsSpan(1), input, error, binaryOutput, UsageError),
                _ => UsageError(error, $"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            return UsageError(error, e.Message);
        }
    }

    private static int UsageError(TextWriter error, string message)
    {
        error.WriteLine("ofp: " + message);
        error.WriteLine(UsageText);
        return Usage;
    }

    private static int Decode(ReadOnlySpan<string> args, Stream input, TextWriter output, TextWriter error)
    {
        bool json = false;
        var sources = new List<(string Name, Func<byte[]> Read)>();
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "--format" or "-f")
            {
                string format = Next(args, ref i, arg);
                json = format switch
                {
                    "json" => true,
                    "text" => false,
                    _ => throw new UsageException($"unknown format '{format}' (text or json)"),
                };
            }
            else if (arg.StartsWith("--format=", StringComparison.Ordinal))
            {
                json = arg["--format=".Length..] switch
                {
                    "json" => true,
                    "text" => false,
                    _ => throw new UsageException($"unknown format '{arg}' (text or json)"),
                };
            }
            else if (arg == "--hex")
            {
                string hex = Next(args, ref i, arg);
                sources.Add(("(hex)", () => InputBytes.ParseHex(hex)));
            }
            else if (arg == "-")
            {
                sources.Add(("-", () => InputBytes.ReadAll(input)));
            }
            else if (arg.StartsWith('-'))
            {
                throw new UsageException($"unknown option '{arg}'");
            }
            else
            {
                string path = arg;
                sources.Add((path, () => File.ReadAllBytes(path)));
            }
        }

        if (sources.Count == 0)
        {
            throw new UsageException("decode needs a FILE, - or --hex HEX");
        }

        int exit = Ok;
        foreach (var (name, read) in sources)
        {
            byte[] bytes;
            try
            {
                bytes = read();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                error.WriteLine($"ofp: {name}: {e.Message}");
                exit = BadInput;
                continue;
            }

            if (!DecodeStream(name, bytes, json, output, error))
            {
                exit = BadInput;
            }
        }

        return exit;
    }

    /// <summary>Frames and decodes every message of one input; false when any of it was bad.</summary>
    private static bool DecodeStream(string name, byte[] bytes, bool json, TextWriter output, TextWriter error)
    {
        var frames = new OpenFlowFrameReader(OpenFlowFrameReader.AbsoluteMaxMessageLength);
        var buffer = new ReadOnlySequence<byte>(bytes);
        bool ok = true;
        bool several = bytes.Length > 0 && !IsSingleMessage(bytes);
        while (!buffer.IsEmpty)
        {
            int offset = (int)(bytes.Length - buffer.Length);
            OperationStatus status = frames.TryReadFrame(ref buffer, out OfpHeader header, out ReadOnlySequence<byte> frame);
            if (status == OperationStatus.InvalidData)
            {
                InputBytes.ReportFramingLost(error, name, offset, header);
                return false;
            }

            if (status == OperationStatus.NeedMoreData)
            {
                byte[] partial = buffer.ToArray();
                if (partial.Length >= OfpHeader.Size)
                {
                    // Ryu decodes what it can of a message cut short; so do we, then report it.
                    TryPrint(name, offset, partial, json, several, output, error);
                }

                InputBytes.ReportTruncated(error, name, offset, header, partial.Length);
                return false;
            }

            ok &= TryPrint(name, offset, frame.ToArray(), json, several, output, error);
        }

        return ok;
    }

    private static bool IsSingleMessage(byte[] bytes) =>
        bytes.Length >= OfpHeader.Size && ((bytes[OfpHeader.LengthOffset] << 8) | bytes[OfpHeader.LengthOffset + 1]) >= bytes.Length;

    private static bool TryPrint(string name, int offset, byte[] message, bool json, bool compact, TextWriter output, TextWriter error)
    {
        try
        {
            string document = RyuJsonWriter.ToJson(message, indented: json && !compact);
            if (json)
            {
                output.WriteLine(document);
            }
            else
            {
                using JsonDocument parsed = JsonDocument.Parse(document);
                output.WriteLine(TextFormatter.Format(message, parsed.RootElement));
            }

            return true;
        }
        catch (OpenFlowFormatException e)
        {
            InputBytes.Report(error, name, offset + e.Offset, $"{e.MessageType}: {e.Field}: {e.Error.Reason}");
        }
        catch (RyuJsonNotSupportedException e)
        {
            if (!json)
            {
                output.WriteLine(TextFormatter.Header(message) + " (not decoded: " + e.Message + ")");
            }

            InputBytes.Report(error, name, offset, $"{TextFormatter.TypeName(message)}: not supported yet: {e.Message}");
        }

        return false;
    }

    private static int Encode(ReadOnlySpan<string> args, Stream input, TextWriter output, TextWriter error, Stream? binaryOutput)
    {
        string? inputName = null;
        string? outputPath = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "-o" or "--output")
            {
                outputPath = Next(args, ref i, arg);
            }
            else if (arg.StartsWith('-') && arg != "-")
            {
                throw new UsageException($"unknown option '{arg}'");
            }
            else if (inputName is null)
            {
                inputName = arg;
            }
            else
            {
                throw new UsageException("encode takes one input");
            }
        }

        if (inputName is null)
        {
            throw new UsageException("encode needs a FILE.json or -");
        }

        string text;
        try
        {
            text = inputName == "-" ? new StreamReader(input, Encoding.UTF8).ReadToEnd() : File.ReadAllText(inputName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"ofp: {inputName}: {e.Message}");
            return BadInput;
        }

        using var encoded = new MemoryStream();
        foreach (var (document, line) in Documents(text))
        {
            try
            {
                encoded.Write(RyuJsonReader.Encode(document));
            }
            catch (RyuJsonException e)
            {
                error.WriteLine($"ofp: {inputName}: {Where(line)}{e.Path}: {e.Reason}");
                return BadInput;
            }
            catch (RyuJsonNotSupportedException e)
            {
                error.WriteLine($"ofp: {inputName}: {Where(line)}not supported yet: {e.Message}");
                return BadInput;
            }
        }

        if (outputPath is not null)
        {
            File.WriteAllBytes(outputPath, encoded.ToArray());
        }
        else if (binaryOutput is not null)
        {
            output.Flush();
            encoded.Position = 0;
            encoded.CopyTo(binaryOutput);
            binaryOutput.Flush();
        }
        else
        {
            output.Write(Convert.ToHexString(encoded.ToArray()).ToLowerInvariant());
            output.WriteLine();
        }

        return Ok;
    }

    private static string Where(int line) => line > 0 ? $"line {line}: " : "";

    /// <summary>One document, or several one per line (JSON Lines, as <c>decode --format json</c> prints them).</summary>
    private static IEnumerable<(string Document, int Line)> Documents(string text)
    {
        string[] lines = text.Split('\n');
        int nonEmpty = 0;
        foreach (string line in lines)
        {
            if (line.Trim().Length > 0)
            {
                nonEmpty++;
            }
        }

        if (nonEmpty <= 1 || !LooksLikeJsonLines(lines))
        {
            yield return (text, 0);
            yield break;
        }

        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                yield return (lines[i], i + 1);
            }
        }
    }

    private static bool LooksLikeJsonLines(string[] lines)
    {
        foreach (string line in lines)
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(trimmed);
            }
            catch (JsonException)
            {
                return false;
            }
        }

        return true;
    }

    private static string Next(ReadOnlySpan<string> args, ref int i, string option)
    {
        if (i + 1 >= args.Length)
        {
            throw new UsageException($"{option} needs a value");
        }

        return args[++i];
    }

    private sealed class UsageException(string message) : Exception(message);
}
