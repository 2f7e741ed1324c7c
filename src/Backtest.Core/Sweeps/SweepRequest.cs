using Backtest.Core.Parameters;
using Backtest.Core.Runs;

namespace Backtest.Core.Sweeps;

/// <summary>What the user asked to sweep, before anything is loaded or checked.</summary>
/// <param name="Target">A preset name, a strategy name, or the path of a <c>.preset</c> file.</param>
/// <param name="Assignments">Parameter values from the command line (<c>--set</c>, <c>--from</c>, ...), applied after the preset's.</param>
/// <param name="Grids">The <c>--grid NAME=SPEC</c> texts, in order: the first varies slowest.</param>
/// <param name="DataFolder">The data folder.</param>
/// <param name="CommandLine">The command line as typed, for the sweep record.</param>
public sealed record SweepRequest(string Target, IReadOnlyList<Assignment> Assignments, IReadOnlyList<string> Grids, string DataFolder, string CommandLine)
{
    /// <summary>Called before loading with the tickers missing from <see cref="DataFolder"/>, as <see cref="RunRequest.FetchMissing"/>.</summary>
    public Action<MissingPrices>? FetchMissing { get; init; }
}
