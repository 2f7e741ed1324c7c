using System.Text;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Backtest.Cli.Tests;

/// <summary>The two consoles an in-process run writes to, standard output and standard error, recorded apart and together.</summary>
internal sealed class CliConsoles : IDisposable
{
    private readonly StringBuilder _transcript = new();
    private readonly TestConsole _stdout;
    private readonly TestConsole _stderr;
    private readonly TranscriptWriter _stdoutText;
    private readonly TranscriptWriter _stderrText;

    /// <summary>Records <paramref name="stdout"/> (its width and colours as the test set them) and a 1000-column standard error.</summary>
    public CliConsoles(TestConsole stdout)
    {
        _stdout = stdout;
        _stderr = new TestConsole().Width(1000);
        _stdoutText = Record(_stdout);
        _stderrText = Record(_stderr);
    }

    /// <summary>Runs <paramref name="args"/> on these consoles.</summary>
    public CliRun Run(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        int exitCode = BacktestApp.Run(args, _stdout, _stderr, environment, cancellationToken);
        lock (_transcript)
        {
            return new CliRun(exitCode, _transcript.ToString(), _stdoutText.ToString(), _stderrText.ToString());
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _stdout.Dispose();
        _stderr.Dispose();
    }

    // A test console writes every line to its profile's writer, with or without escape sequences; the width is kept.
    private TranscriptWriter Record(TestConsole console)
    {
        var writer = new TranscriptWriter(_transcript);
        console.Profile.Out = new AnsiConsoleOutput(writer);
        return writer;
    }
}
