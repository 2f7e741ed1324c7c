using BenchmarkDotNet.Running;

namespace Backtest.Benchmarks;

/// <summary>Runs the benchmarks; pass BenchmarkDotNet's options (e.g. --filter *) after --.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
