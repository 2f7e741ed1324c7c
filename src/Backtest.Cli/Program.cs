using Spectre.Console;

namespace Backtest.Cli;

/// <summary>The <c>backtest</c> command line.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit code (0 success, 2 bad input, 1 internal error).</summary>
    public static int Main(string[] args) => BacktestApp.Run(args, AnsiConsole.Console, CliEnvironment.Default());
}
