using System.Runtime.InteropServices;
using Spectre.Console;

namespace Backtest.Cli;

/// <summary>The <c>backtest</c> command line.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit code (0 success, 2 bad input, 1 internal error, 130 stopped).</summary>
    public static int Main(string[] args)
    {
        // Ctrl+C (and SIGTERM, as a batch scheduler sends on preemption) asks a long command to stop cleanly; a second
        // Ctrl+C ends the process at once.
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = !stop.IsCancellationRequested;
            stop.Cancel();
        };
        using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        return BacktestApp.Run(args, AnsiConsole.Console, CliEnvironment.Default(), stop.Token);
    }
}
