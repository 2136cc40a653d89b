using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace OpenFlow.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/OpenFlow.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>
    /// Entry point; arguments go to BenchmarkDotNet's switcher. Median and Min are shown besides the mean: on a
    /// shared 2-core machine other work inflates the mean, and the minimum is the least disturbed figure.
    /// </summary>
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddColumn(StatisticColumn.Median, StatisticColumn.Min));
}
