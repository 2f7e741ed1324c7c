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

        // Errors go apart from results, so that "run ... > out.txt" keeps only results and still shows what went wrong.
        // Spectre checks standard error as it does standard output: a coloured label on a terminal, none in a file.
        IAnsiConsole errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        // Into a file or a pipe there is no terminal width to fit: tables are laid out wide rather than at Spectre's 80
        // columns, so that names, paths and numbers are never split across lines for the script that reads them.
        IAnsiConsole results = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            results.Profile.Width = RedirectedWidth;
        }

        return BacktestApp.Run(args, results, errors, CliEnvironment.Default(), stop.Token);
    }

    /// <summary>The width tables are laid out at when standard output is not a terminal.</summary>
    public const int RedirectedWidth = 240;
}
