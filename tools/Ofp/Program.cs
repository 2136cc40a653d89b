using System;

namespace OpenFlow.Tools.Ofp;

internal static class Program
{
    private static int Main(string[] args)
    {
        using var stdin = Console.OpenStandardInput();
        using var stdout = Console.OpenStandardOutput();
        return OfpCommand.Run(args, stdin, Console.Out, Console.Error, stdout);
    }
}
