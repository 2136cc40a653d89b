namespace OpenFlow.Tools.Ofp;

internal static class Program
{
    private static int Main(string[] args) => OfpCommand.Run(args, System.Console.In, System.Console.Out, System.Console.Error);
}
