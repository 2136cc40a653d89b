using System;
using System.IO;

namespace OpenFlow.Tools.Ofp;

/// <summary>The <c>ofp</c> command line: parses arguments and runs one verb.</summary>
internal static class OfpCommand
{
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        _ = input;
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            output.WriteLine("usage: ofp decode [--format text|json] (FILE... | - | --hex HEX)");
            return args.Length == 0 ? 2 : 0;
        }

        error.WriteLine($"ofp: unknown command '{args[0]}'");
        return 2;
    }
}
