namespace Backtest.Cli.Tests;

/// <summary>What one run of the command line did: its exit code and what it printed, on each stream and in all.</summary>
/// <param name="ExitCode">0 success, 2 bad input, 1 internal error, 130 stopped.</param>
/// <param name="Output">
/// Everything printed, without colours: in-process, both streams in the order written, as a terminal shows them; from a
/// real process, standard output and then standard error.
/// </param>
/// <param name="Stdout">Standard output alone: results, tables, progress.</param>
/// <param name="Stderr">Standard error alone: errors, warnings, notes.</param>
internal sealed record CliRun(int ExitCode, string Output, string Stdout, string Stderr);
