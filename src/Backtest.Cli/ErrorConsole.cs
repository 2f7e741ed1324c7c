using Backtest.Cli.Output;
using Backtest.Core.Runs;
using Spectre.Console;

namespace Backtest.Cli;

/// <summary>
/// Where the command line tells the user about a run rather than giving its results: errors, warnings and notes, on
/// standard error, each one <see cref="MessageLine"/>. Results, tables and progress go to standard output, so that
/// <c>backtest run ... &gt; out.txt</c> keeps the results and still shows what went wrong, and <c>2&gt;err</c> keeps it.
/// </summary>
/// <param name="console">Standard error (a test's own console in tests).</param>
public sealed class ErrorConsole(IAnsiConsole console)
{
    /// <summary>Why the command stopped with bad input (exit code 2): one line that names the file or setting.</summary>
    public void Error(string message) => console.Write(new MessageLine("Error:", new Style(Color.Red), message));

    /// <summary>Something the user should look at, though the command goes on.</summary>
    public void Warning(string message) => console.Write(new MessageLine("Warning:", new Style(Color.Yellow), message));

    /// <summary>Something the command decided that the user should know of (a benchmark left out, a rate assumed).</summary>
    public void Note(string message) => console.Write(new MessageLine("Note:", new Style(Color.Yellow), message));

    /// <summary>What a prepared run has to say before it runs: its warnings, then its notes.</summary>
    public void BeforeRun(RunPlan plan)
    {
        foreach (string warning in plan.Warnings)
        {
            Warning(warning);
        }

        foreach (string note in plan.Notes)
        {
            Note(note);
        }
    }

    /// <summary>Why a long command stopped before the end (Ctrl+C) and how to go on.</summary>
    public void Stopped(string message) => console.Write(new MessageLine("Stopped:", new Style(Color.Yellow), message));

    /// <summary>A bug (exit code 1): a line saying so, then the whole trace to report.</summary>
    public void InternalError(Exception exception)
    {
        console.Write(new MessageLine("Internal error", new Style(Color.Red), "(a bug; please report it with the command line):"));
        console.WriteException(exception, ExceptionFormats.ShortenPaths);
    }
}
