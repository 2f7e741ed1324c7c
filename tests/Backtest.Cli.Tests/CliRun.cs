namespace Backtest.Cli.Tests;

/// <summary>What one in-process run of the command line did: its exit code and everything it printed.</summary>
/// <param name="ExitCode">0 success, 2 bad input, 1 internal error.</param>
/// <param name="Output">The console output, without colours.</param>
internal sealed record CliRun(int ExitCode, string Output);
